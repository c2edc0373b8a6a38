package io.ringwatch.lab.graphs;

import io.ringwatch.graph.Leiden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quality of our Leiden (the wrapper the graph stage runs per component) on the benchmark graphs
 * with ground truth: NMI, ARI, pairwise precision / recall against the truth and modularity,
 * averaged over several seeds. {@code jobs/eval/leiden_reference.py} computes the same with
 * python-igraph and leidenalg, for comparison (jobs/docs/graph-evaluation.md).
 */
public final class GraphEvaluation {
  private GraphEvaluation() {}

  /** Scores of one graph: means over the seeds. */
  public record Scores(String graph, int nodes, int edges, int truthCommunities, double communities,
      double modularity, double truthModularity, double nmi, double ari, double precision, double recall) {}

  /** Runs Leiden with {@code params} (its seed replaced by 1..seeds) and scores the result. */
  public static Scores evaluate(BenchmarkGraphs.Graph g, Leiden.Params params, int seeds) {
    double communities = 0;
    double q = 0;
    double nmi = 0;
    double ari = 0;
    double p = 0;
    double r = 0;
    for (int s = 1; s <= seeds; s++) {
      Leiden.Params run = new Leiden.Params(params.quality(), params.resolution(), params.iterations(),
          params.randomness(), s);
      int[] found = Leiden.cluster(g.n(), g.from(), g.to(), g.weight(), run).community();
      PartitionMetrics.PairCounts pc = PartitionMetrics.pairCounts(found, g.truth());
      communities += java.util.Arrays.stream(found).distinct().count();
      q += PartitionMetrics.modularity(found, g.from(), g.to(), g.weight(), 1.0);
      nmi += PartitionMetrics.nmi(found, g.truth());
      ari += PartitionMetrics.adjustedRand(found, g.truth());
      p += pc.precision();
      r += pc.recall();
    }
    return new Scores(g.name(), g.n(), g.from().length, g.communities(), communities / seeds, q / seeds,
        PartitionMetrics.modularity(g.truth(), g.from(), g.to(), g.weight(), 1.0), nmi / seeds, ari / seeds,
        p / seeds, r / seeds);
  }

  public static List<Scores> evaluateAll(Path graphsRoot, List<String> names, Leiden.Params params, int seeds) {
    List<Scores> out = new ArrayList<>();
    for (String name : names) {
      out.add(evaluate(BenchmarkGraphs.load(graphsRoot, name), params, seeds));
    }
    return out;
  }

  /** A markdown table of the scores. */
  public static String table(List<Scores> scores) {
    StringBuilder b = new StringBuilder();
    b.append("| graph | nodes | edges | true comm. | found comm. | modularity | truth modularity | NMI | ARI | pair precision | pair recall |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Scores s : scores) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.4f | %.4f | %.3f | %.3f | %.3f | %.3f |%n",
          s.graph(), s.nodes(), s.edges(), s.truthCommunities(), s.communities(), s.modularity(),
          s.truthModularity(), s.nmi(), s.ari(), s.precision(), s.recall()));
    }
    return b.toString();
  }
}
