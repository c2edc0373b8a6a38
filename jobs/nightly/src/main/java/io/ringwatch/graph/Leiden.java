package io.ringwatch.graph;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * The CWTS Leiden algorithm (Traag, Waltman and van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233, 2019; library {@code nl.cwts:networkanalysis})
 * on one small weighted undirected graph held in memory. Pure Java, no Spark: the graph stage
 * calls it once per component inside an executor, the evaluation calls it on benchmark graphs.
 *
 * <p>Input is an edge list over nodes {@code 0..n-1}, in any order; duplicate edges (in either
 * direction) are summed and self-loops are ignored, since the CWTS network rejects duplicates.
 * The edges are sorted before the network is built and the random generator has a fixed seed,
 * so the same graph always gives the same partition. Communities are numbered {@code 0, 1, …} by
 * decreasing size, ties by their smallest node.
 */
public final class Leiden {
  private Leiden() {}

  /** The quality function Leiden maximises. */
  public enum Quality {
    /** Constant Potts Model on unit node weights: resolution = edge weight a pair must exceed. */
    CPM,
    /** Newman–Girvan modularity (CPM on node strengths with resolution γ / 2W, as CWTS does). */
    MODULARITY;

    public static Quality parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * How Leiden runs. {@code iterations} 0 repeats until an iteration changes nothing, which on
   * some graphs never happens (the refinement is randomised): prefer a fixed number.
   */
  public record Params(Quality quality, double resolution, int iterations, double randomness, long seed)
      implements Serializable {
    public Params {
      if (quality == null) {
        throw new IllegalArgumentException("quality must be cpm or modularity");
      }
      if (!(resolution >= 0) || Double.isInfinite(resolution)) {
        throw new IllegalArgumentException("resolution must be a number >= 0, was " + resolution);
      }
      if (iterations < 0) {
        throw new IllegalArgumentException("iterations must be >= 0 (0 = until stable), was " + iterations);
      }
      if (!(randomness > 0) || Double.isInfinite(randomness)) {
        throw new IllegalArgumentException("randomness must be > 0, was " + randomness);
      }
    }

    /** Modularity at resolution 1, 10 iterations (as the CWTS command line), default randomness. */
    public static Params modularity(long seed) {
      return new Params(Quality.MODULARITY, 1.0, 10, LeidenAlgorithm.DEFAULT_RANDOMNESS, seed);
    }
  }

  /** The partition found and the value of the quality function Leiden reached. */
  public record Result(int[] community, int communities, double quality) {}

  /**
   * Communities of the graph with {@code n} nodes and edges {@code (from[i], to[i], weight[i])}.
   * Weights must be positive and finite.
   */
  public static Result cluster(int n, int[] from, int[] to, double[] weight, Params params) {
    if (from.length != to.length || from.length != weight.length) {
      throw new IllegalArgumentException("from, to and weight must have the same length");
    }
    if (n == 0) {
      return new Result(new int[0], 0, 0.0);
    }
    long[] keys = new long[from.length];
    double[] weights = new double[from.length];
    int m = 0;
    for (int i = 0; i < from.length; i++) {
      int a = Math.min(from[i], to[i]);
      int b = Math.max(from[i], to[i]);
      if (a < 0 || b >= n) {
        throw new IllegalArgumentException("edge " + from[i] + "-" + to[i] + " outside nodes 0.." + (n - 1));
      }
      if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
        throw new IllegalArgumentException("edge weight must be positive and finite, was " + weight[i]);
      }
      if (a != b) {
        keys[m] = ((long) a << 32) | b;
        weights[m++] = weight[i];
      }
    }
    // Sort the edges (by node pair) and sum duplicates; the weights follow their keys.
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
    int[] ea = new int[m];
    int[] eb = new int[m];
    double[] ew = new double[m];
    int e = -1;
    long last = Long.MIN_VALUE;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      if (keys[i] != last) {
        e++;
        ea[e] = (int) (keys[i] >>> 32);
        eb[e] = (int) keys[i];
        last = keys[i];
      }
      ew[e] += weights[i];
    }
    int edges = e + 1;
    Network network = new Network(n, params.quality() == Quality.MODULARITY,
        new LargeIntArray[] {new LargeIntArray(Arrays.copyOf(ea, edges)), new LargeIntArray(Arrays.copyOf(eb, edges))},
        new LargeDoubleArray(Arrays.copyOf(ew, edges)), false, true);
    double resolution = params.resolution();
    if (params.quality() == Quality.MODULARITY) {
      double total = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
      resolution = total > 0 ? resolution / total : resolution;
    }
    LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, params.iterations(), params.randomness(),
        new Random(params.seed()));
    Clustering clustering = new Clustering(n);
    if (edges > 0) {
      leiden.improveClustering(network, clustering);
    }
    double quality = leiden.calcQuality(network, clustering);
    int[] renumbered = renumber(clustering.getClusters());
    int count = 0;
    for (int c : renumbered) {
      count = Math.max(count, c + 1);
    }
    return new Result(renumbered, count, quality);
  }

  /**
   * Renumbers cluster labels {@code 0..k-1} by decreasing size, ties by smallest member, so the
   * numbering depends only on the partition.
   */
  static int[] renumber(int[] labels) {
    int max = -1;
    for (int l : labels) {
      max = Math.max(max, l);
    }
    int[] size = new int[max + 1];
    int[] first = new int[max + 1];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int i = 0; i < labels.length; i++) {
      size[labels[i]]++;
      first[labels[i]] = Math.min(first[labels[i]], i);
    }
    Integer[] used = java.util.stream.IntStream.rangeClosed(0, max).filter(c -> size[c] > 0).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(used, (x, y) -> size[x] != size[y] ? Integer.compare(size[y], size[x]) : Integer.compare(first[x], first[y]));
    int[] newLabel = new int[max + 1];
    for (int i = 0; i < used.length; i++) {
      newLabel[used[i]] = i;
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = newLabel[labels[i]];
    }
    return out;
  }
}
