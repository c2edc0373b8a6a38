package io.ringwatch.lab.cli;

import io.ringwatch.graph.Leiden;
import io.ringwatch.lab.graphs.BenchmarkGraphs;
import io.ringwatch.lab.graphs.GraphEvaluation;
import io.ringwatch.run.RunFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ringwatch evaluate-graphs}: our Leiden on the benchmark graphs with ground truth
 * (../shared/data/graphs), as a markdown table; compare with jobs/eval/leiden_reference.py.
 * Needs no Spark; outside CI (jobs/docs/graph-evaluation.md).
 */
@Command(name = "evaluate-graphs", mixinStandardHelpOptions = true,
    description = "Scores our Leiden on the benchmark graphs with ground truth (NMI, ARI, pairwise precision/recall, modularity).")
public final class EvaluateGraphsCommand implements Callable<Integer> {
  @Option(names = "--graphs", paramLabel = "DIR",
      description = "folder of benchmark graphs (default: ../shared/data/graphs beside the checkout)")
  Path graphs;

  @Option(names = "--seeds", defaultValue = "10", description = "seeds to average over (default: ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--quality", defaultValue = "modularity", description = "cpm or modularity (default: ${DEFAULT-VALUE})")
  String quality;

  @Option(names = "--resolution", defaultValue = "1.0", description = "resolution (default: ${DEFAULT-VALUE})")
  double resolution;

  @Option(names = "--iterations", defaultValue = "10",
      description = "Leiden iterations (default: ${DEFAULT-VALUE}, as conf/graph.conf); 0 = until nothing changes, "
          + "which does not end on some graphs")
  int iterations;

  @Option(names = "--only", description = "regular expression: graphs whose name matches")
  String only;

  @Override
  public Integer call() {
    Path root = graphs != null ? graphs
        : Path.of(System.getProperty("ringwatch.home", ".")).toAbsolutePath().normalize()
            .resolveSibling("shared").resolve("data").resolve("graphs");
    if (!Files.isDirectory(root)) {
      throw RunFailure.usage("no benchmark graphs under " + root + " (use --graphs DIR)");
    }
    List<String> names = BenchmarkGraphs.available(root).stream()
        .filter(n -> only == null || n.matches(only)).toList();
    Leiden.Params params = new Leiden.Params(Leiden.Quality.parse(quality), resolution, iterations, 0.01, 1);
    System.out.printf("Leiden (CWTS networkanalysis), %s, resolution %s, iterations %s, mean of %d seeds%n%n",
        quality, resolution, iterations == 0 ? "until stable" : iterations, seeds);
    long start = System.nanoTime();
    System.out.print(GraphEvaluation.table(GraphEvaluation.evaluateAll(root, names, params, seeds)));
    System.out.printf("%n%d graphs in %.1f s%n", names.size(), (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
