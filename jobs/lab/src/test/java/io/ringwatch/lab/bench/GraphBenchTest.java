package io.ringwatch.lab.bench;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ringwatch bench-graph}'s measurement on a small generated company: every phase is timed,
 * the graph's sizes are consistent, and GraphX and GraphFrames count the same components as the star algorithm
 * on the very same edges (the comparison the benchmark prints would be meaningless otherwise).
 */
@SparkTest
class GraphBenchTest {
  @TempDir Path work;

  @Test
  void linksComponentsAndLeidenAreTimedBesideGraphXAndGraphFramesOnTheSameGraph() {
    Path company = work.resolve("company");
    CompanyGenerator.generate(GeneratorOptions.of(400, 11), company);
    GraphBench.Figures f = GraphBench.run(SharedSpark.get(), SettingsLoader.load(null), company,
        LocalDate.parse("2026-11-20"), 400);

    assertTrue(f.prepareNanos() > 0 && f.linkNanos() > 0 && f.componentsNanos() > 0 && f.leidenNanos() > 0
        && f.graphxNanos() > 0 && f.graphFramesNanos() > 0, f.toString());
    assertTrue(f.linkRows() >= f.edges() && f.edges() > 0, f.toString());
    assertTrue(f.workers() > 0 && f.values() > 0 && f.edges() >= Math.max(f.workers(), f.values()), f.toString());
    assertEquals(f.graphxComponents(), f.components(), "GraphX and large-star/small-star agree: " + f);
    assertEquals(f.graphFramesComponents(), f.components(), "GraphFrames and large-star/small-star agree: " + f);
    assertTrue(f.components() <= f.workers(), f.toString());
    assertTrue(f.clusters() > 0 && f.clusteredWorkers() >= 2 * f.clusters() && f.clusteredWorkers() <= f.workers(),
        f.toString());

    String table = GraphBench.table(List.of(f));
    assertTrue(table.contains("GraphX components") && table.contains("GraphFrames components"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("| " + Markdown.size(400))), table);
  }
}
