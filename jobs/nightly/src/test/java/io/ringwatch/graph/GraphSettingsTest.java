package io.ringwatch.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphSettingsTest {
  private static final Settings DEFAULTS = SettingsLoader.load(null);

  private static GraphSettings with(String hocon) {
    return GraphSettings.from(Settings.from(ConfigFactory.parseString(hocon).withFallback(DEFAULTS.raw()).resolve()));
  }

  @Test
  void defaultsLoad() {
    GraphSettings s = GraphSettings.from(DEFAULTS);
    assertEquals(Leiden.Quality.CPM, s.leiden().quality());
    assertEquals(3, s.minComponentSize());
    assertEquals(2_000_000L, s.maxEdgesPerTask());
    assertEquals(s, GraphSettings.defaults());
    assertEquals("star", s.componentsAlgorithm());
  }

  @Test
  void graphFramesCanFindTheComponentsAndAnUnknownAlgorithmIsRefused() {
    assertEquals("graphframes", with("ringwatch.graph.components.algorithm = graphframes").componentsAlgorithm());
    SettingsException e = assertThrows(SettingsException.class, () -> with("ringwatch.graph.components.algorithm = graphx"));
    assertEquals("setting ringwatch.graph.components.algorithm is 'graphx' but must be one of star, graphframes", e.getMessage());
  }

  @Test
  void overridesApply() {
    GraphSettings s = with("ringwatch.graph.communities { quality = Modularity, resolution = 1.5, seed = -3 }");
    assertEquals(Leiden.Quality.MODULARITY, s.leiden().quality());
    assertEquals(1.5, s.leiden().resolution());
    assertEquals(-3L, s.leiden().seed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "quality = louvain; ringwatch.graph.communities.quality is 'louvain' but must be one of cpm, modularity",
      "resolution = -1; ringwatch.graph.communities.resolution is -1.0 but must be between",
      "iterations = 0; ringwatch.graph.communities.iterations is 0 but must be at least 1",
      "randomness = 0; ringwatch.graph.communities.randomness must be greater than 0",
      "min-component-size = 1; ringwatch.graph.communities.min-component-size is 1 but must be at least 2",
      "max-edges-per-task = 0; ringwatch.graph.communities.max-edges-per-task is 0 but must be at least 1",
      "cut-share = 1; ringwatch.graph.communities.cut-share is 1.0 but must be between 0 and 1, exclusive",
      "seed = abc; ringwatch.graph.communities.seed must be a whole number"})
  void badValuesFailWithOneLineNamingTheSetting(String setting, String message) {
    SettingsException e = assertThrows(SettingsException.class, () -> with("ringwatch.graph.communities." + setting));
    assertEquals(true, e.getMessage().startsWith("setting " + message), e.getMessage());
  }
}
