package io.ringwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty("ringwatch.spark.shuffle-partitions");
    com.typesafe.config.ConfigFactory.invalidateCaches();
  }

  @Test
  void defaultsLoadFromThePackedConf() {
    Settings s = SettingsLoader.load(null);
    assertEquals("ringwatch", s.spark().appName());
    assertTrue(s.spark().shufflePartitions() >= 1);
  }

  @Test
  void confFileLayersOverDefaultsAndSystemPropertiesWin() throws Exception {
    Path file = dir.resolve("site.conf");
    Files.writeString(file, "ringwatch.spark { shuffle-partitions = 3, app-name = site }");
    Settings layered = SettingsLoader.load(file);
    assertEquals(3, layered.spark().shufflePartitions());
    assertEquals("site", layered.spark().appName());

    System.setProperty("ringwatch.spark.shuffle-partitions", "5");
    com.typesafe.config.ConfigFactory.invalidateCaches();
    assertEquals(5, SettingsLoader.load(file).spark().shufflePartitions());
  }

  @Test
  void badValueNamesTheSettingInOneLine() throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "ringwatch.spark.shuffle-partitions = 0");
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertEquals("setting ringwatch.spark.shuffle-partitions is 0 but must be at least 1", e.getMessage());

    Files.writeString(file, "ringwatch.spark.shuffle-partitions = many");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("ringwatch.spark.shuffle-partitions must be a whole number"));
  }

  @Test
  void aPatternThatIsNoRegularExpressionNamesTheSetting() throws Exception {
    Path file = dir.resolve("regex.conf");
    Files.writeString(file, "ringwatch.link.device-use.support-role-pattern = \"(help desk\"");
    SettingsException e = assertThrows(SettingsException.class,
        () -> io.ringwatch.link.LinkSettings.from(SettingsLoader.load(file)));
    assertTrue(e.getMessage().startsWith(
        "setting ringwatch.link.device-use.support-role-pattern is no regular expression: "), e.getMessage());
  }

  @Test
  void missingOrBrokenFileIsAClearError() throws Exception {
    SettingsException missing = assertThrows(SettingsException.class,
        () -> SettingsLoader.load(dir.resolve("nope.conf")));
    assertTrue(missing.getMessage().contains("does not exist"));
    Path broken = dir.resolve("broken.conf");
    Files.writeString(broken, "ringwatch { spark { ");
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(broken));
    assertTrue(e.getMessage().startsWith("unreadable configuration"));
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void digestIgnoresTheKeyFileButNotOtherSettings() throws Exception {
    Path a = dir.resolve("a.conf");
    Files.writeString(a, "ringwatch.privacy.key-file = /secrets/one");
    Path b = dir.resolve("b.conf");
    Files.writeString(b, "ringwatch.privacy.key-file = /secrets/two");
    Path c = dir.resolve("c.conf");
    Files.writeString(c, "ringwatch.spark.shuffle-partitions = 17");
    assertEquals(SettingsLoader.load(a).digest(), SettingsLoader.load(b).digest());
    assertNotEquals(SettingsLoader.load(a).digest(), SettingsLoader.load(c).digest());
  }

  @Test
  void everyClusterExampleLoadsAndLeavesTheMasterToSparkSubmit() throws Exception {
    Path dir = io.ringwatch.testing.SharedSpark.repoRoot().resolve("conf/cluster");
    java.util.List<Path> examples;
    try (var s = Files.list(dir)) {
      examples = s.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    assertEquals(3, examples.size(), "yarn, kubernetes, databricks: " + examples);
    for (Path example : examples) {
      Settings settings = SettingsLoader.load(example);
      assertEquals("", settings.spark().master(), example.toString());
      assertTrue(settings.spark().shufflePartitions() > 8, example.toString());
      // Every stage's settings still validate with the example layered on.
      io.ringwatch.ingest.IngestSettings.from(settings);
      io.ringwatch.link.LinkSettings.from(settings);
      io.ringwatch.score.ScoreSettings.from(settings);
      io.ringwatch.publish.CheckSettings.from(settings);
    }
  }
}
