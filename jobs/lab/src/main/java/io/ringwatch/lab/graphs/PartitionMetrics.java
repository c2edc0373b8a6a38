package io.ringwatch.lab.graphs;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between two partitions of the same items, and the modularity of a partition of a
 * graph. Pure functions over label arrays: {@code predicted[i]} and {@code truth[i]} are the
 * cluster labels of item {@code i} (any ints; singletons are clusters of one).
 *
 * <ul>
 *   <li>Pairwise precision / recall: over pairs of items, a pair is predicted when both items
 *       share a predicted cluster, true when they share a true cluster (the entity-resolution
 *       standard; dominated by large clusters, since pairs grow with the square of the size).
 *   <li>ARI, the adjusted Rand index (Hubert and Arabie 1985): pair counting corrected for
 *       chance; 1 for identical partitions, about 0 for random ones.
 *   <li>NMI with arithmetic normalisation, I(U;V) / ((H(U) + H(V)) / 2), the scikit-learn default
 *       and igraph's {@code compare_communities(method="nmi")}.
 * </ul>
 */
public final class PartitionMetrics {
  private PartitionMetrics() {}

  /** Pair counts: pairs together in both, predicted together, truly together, all pairs. */
  public record PairCounts(long together, long predicted, long truth, long all) {
    /** Share of predicted pairs that are true; NaN when nothing is predicted together. */
    public double precision() {
      return predicted == 0 ? Double.NaN : (double) together / predicted;
    }

    /** Share of true pairs that are predicted; NaN when nothing is truly together. */
    public double recall() {
      return truth == 0 ? Double.NaN : (double) together / truth;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  public static PairCounts pairCounts(int[] predicted, int[] truth) {
    check(predicted, truth);
    Map<Long, Long> cells = new HashMap<>();
    Map<Integer, Long> rows = new HashMap<>();
    Map<Integer, Long> cols = new HashMap<>();
    for (int i = 0; i < predicted.length; i++) {
      cells.merge(((long) predicted[i] << 32) ^ (truth[i] & 0xffffffffL), 1L, Long::sum);
      rows.merge(predicted[i], 1L, Long::sum);
      cols.merge(truth[i], 1L, Long::sum);
    }
    return new PairCounts(sumPairs(cells), sumPairs(rows), sumPairs(cols), pairs(predicted.length));
  }

  public static double precision(int[] predicted, int[] truth) {
    return pairCounts(predicted, truth).precision();
  }

  public static double recall(int[] predicted, int[] truth) {
    return pairCounts(predicted, truth).recall();
  }

  /** Adjusted Rand index; 1 when both partitions are trivial in the same way (as scikit-learn). */
  public static double adjustedRand(int[] predicted, int[] truth) {
    PairCounts c = pairCounts(predicted, truth);
    if (c.all() == 0) {
      return 1.0;
    }
    double expected = (double) c.predicted() * c.truth() / c.all();
    double max = 0.5 * (c.predicted() + c.truth());
    if (max == expected) {
      return 1.0;
    }
    return (c.together() - expected) / (max - expected);
  }

  /** Normalised mutual information (arithmetic mean of the entropies); 1 when both have one cluster. */
  public static double nmi(int[] predicted, int[] truth) {
    check(predicted, truth);
    int n = predicted.length;
    if (n == 0) {
      return 1.0;
    }
    Map<Long, Long> cells = new HashMap<>();
    Map<Integer, Long> rows = new HashMap<>();
    Map<Integer, Long> cols = new HashMap<>();
    for (int i = 0; i < n; i++) {
      cells.merge(((long) predicted[i] << 32) ^ (truth[i] & 0xffffffffL), 1L, Long::sum);
      rows.merge(predicted[i], 1L, Long::sum);
      cols.merge(truth[i], 1L, Long::sum);
    }
    double hu = entropy(rows, n);
    double hv = entropy(cols, n);
    if (hu == 0 && hv == 0) {
      return 1.0;
    }
    double mi = 0;
    for (var e : cells.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int t = (int) (long) e.getKey();
      double nij = e.getValue();
      mi += nij / n * Math.log(nij * n / ((double) rows.get(p) * cols.get(t)));
    }
    return Math.max(0.0, mi / ((hu + hv) / 2));
  }

  /**
   * Modularity of a partition of an undirected weighted graph (Newman and Girvan):
   * Q = Σ_c [ w_c / W − γ (s_c / 2W)² ], where W is the total edge weight, w_c the weight inside
   * community c and s_c the summed strength of its nodes. Edges listed once; self-loops are
   * not allowed (drop them first, as the benchmark loaders do).
   */
  public static double modularity(int[] labels, int[] from, int[] to, double[] weight, double resolution) {
    Map<Integer, Double> inside = new HashMap<>();
    Map<Integer, Double> strength = new HashMap<>();
    double total = 0;
    for (int e = 0; e < from.length; e++) {
      if (from[e] == to[e]) {
        throw new IllegalArgumentException("self-loop at node " + from[e]);
      }
      int a = labels[from[e]];
      int b = labels[to[e]];
      total += weight[e];
      strength.merge(a, weight[e], Double::sum);
      strength.merge(b, weight[e], Double::sum);
      if (a == b) {
        inside.merge(a, weight[e], Double::sum);
      }
    }
    if (total == 0) {
      return 0.0;
    }
    double q = 0;
    for (var e : strength.entrySet()) {
      double s = e.getValue() / (2 * total);
      q += inside.getOrDefault(e.getKey(), 0.0) / total - resolution * s * s;
    }
    return q;
  }

  private static double entropy(Map<Integer, Long> sizes, int n) {
    double h = 0;
    for (long s : sizes.values()) {
      double p = (double) s / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  private static <K> long sumPairs(Map<K, Long> counts) {
    long s = 0;
    for (long c : counts.values()) {
      s += pairs(c);
    }
    return s;
  }

  static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static void check(int[] predicted, int[] truth) {
    if (predicted.length != truth.length) {
      throw new IllegalArgumentException("partitions of different sizes: " + predicted.length + " and " + truth.length);
    }
  }
}
