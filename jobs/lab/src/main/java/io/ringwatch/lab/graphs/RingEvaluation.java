package io.ringwatch.lab.graphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Clusters against the generator's ground truth ({@code truth/workers.csv}: {@code ring_id},
 * {@code benign_group}). Pure: the caller hands in who is in which cluster and which ring.
 *
 * <ul>
 *   <li>Pairwise precision and recall over all workers: a pair is true when both are in one
 *       ring, predicted when both are in one cluster. Precision counts every cluster (households
 *       legitimately linked by a home address lower it); "ring precision" counts only the pairs
 *       of clusters that hold a ring member, i.e. how clean the clusters around rings are.
 *   <li>Rings found: share of rings of two or more whose members are, for at least 80%, in one
 *       cluster.
 *   <li>Benign look-alikes: a household is 2–4 workers (the generator's bound) and the other
 *       benign groups are patterns, not groups; so a cluster without ring members that is larger
 *       than 4, or a ring cluster that takes in benign workers, is a look-alike merged beyond its
 *       true size.
 * </ul>
 */
public final class RingEvaluation {
  /** The largest benign group the generator plants (a household of 2–4). */
  public static final int LARGEST_BENIGN_GROUP = 4;

  private RingEvaluation() {}

  /** One worker of the truth file. */
  public record Truth(String ring, Set<String> benign) {}

  public record Report(String label, long clusters, long clusteredWorkers, PartitionMetrics.PairCounts pairs,
      double ringPrecision, int rings, int ringsFound, int benignOnlyClustersOverBound, int benignInRingClusters,
      int largestBenignOnlyCluster, Map<String, int[]> benignByGroup) {

    public String line() {
      return String.format(Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f | %.3f | %d/%d | %d | %d | %d |", label, clusters, clusteredWorkers,
          pairs.precision(), ringPrecision, pairs.recall(), ringsFound, rings, largestBenignOnlyCluster,
          benignOnlyClustersOverBound, benignInRingClusters);
    }

    public static String header() {
      return "| graph step | clusters | clustered workers | pair precision (all clusters) | pair precision (ring clusters) "
          + "| pair recall | rings found (>= 80% in one cluster) | largest benign-only cluster "
          + "| benign-only clusters > " + LARGEST_BENIGN_GROUP + " | benign workers in ring clusters |\n"
          + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
  }

  /**
   * @param cluster worker id → cluster id, for every clustered worker
   * @param truth worker id → truth, for every worker of the company
   */
  public static Report evaluate(String label, Map<String, String> cluster, Map<String, Truth> truth) {
    List<String> ids = new ArrayList<>(new java.util.TreeSet<>(truth.keySet()));
    Map<String, Integer> clusterIndex = new HashMap<>();
    Map<String, Integer> ringIndex = new HashMap<>();
    int[] predicted = new int[ids.size()];
    int[] rings = new int[ids.size()];
    int singleton = 1 << 24;
    for (int i = 0; i < ids.size(); i++) {
      String c = cluster.get(ids.get(i));
      predicted[i] = c == null ? singleton++ : clusterIndex.computeIfAbsent(c, k -> clusterIndex.size());
      String r = truth.get(ids.get(i)).ring();
      rings[i] = r == null ? singleton++ : ringIndex.computeIfAbsent(r, k -> ringIndex.size());
    }
    PartitionMetrics.PairCounts pairs = PartitionMetrics.pairCounts(predicted, rings);

    // Per cluster: members, ring members, benign members.
    Map<String, List<String>> members = new TreeMap<>();
    cluster.forEach((w, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
    long ringClusterPairs = 0;
    long ringClusterTogether = 0;
    int overBound = 0;
    int benignInRing = 0;
    int largestBenignOnly = 0;
    Map<String, int[]> byGroup = new TreeMap<>(); // group -> {clusters touching it, largest such}
    for (List<String> m : members.values()) {
      Map<String, Integer> perRing = new HashMap<>();
      int benign = 0;
      for (String w : m) {
        Truth t = truth.get(w);
        if (t == null) {
          continue;
        }
        if (t.ring() != null) {
          perRing.merge(t.ring(), 1, Integer::sum);
        }
        if (!t.benign().isEmpty() && t.ring() == null) {
          benign++;
        }
      }
      for (String g : groupsOf(m, truth)) {
        int[] s = byGroup.computeIfAbsent(g, k -> new int[2]);
        s[0]++;
        s[1] = Math.max(s[1], m.size());
      }
      if (perRing.isEmpty()) {
        largestBenignOnly = Math.max(largestBenignOnly, m.size());
        if (m.size() > LARGEST_BENIGN_GROUP) {
          overBound++;
        }
      } else {
        ringClusterPairs += PartitionMetrics.pairs(m.size());
        for (int n : perRing.values()) {
          ringClusterTogether += PartitionMetrics.pairs(n);
        }
        benignInRing += benign;
      }
    }
    // Rings of two or more, and whether 80% of them sit in one cluster.
    Map<String, Integer> ringSize = new HashMap<>();
    Map<String, Map<String, Integer>> ringClusters = new HashMap<>();
    truth.forEach((w, t) -> {
      if (t.ring() != null) {
        ringSize.merge(t.ring(), 1, Integer::sum);
        String c = cluster.get(w);
        if (c != null) {
          ringClusters.computeIfAbsent(t.ring(), k -> new HashMap<>()).merge(c, 1, Integer::sum);
        }
      }
    });
    int ringCount = 0;
    int found = 0;
    for (var e : ringSize.entrySet()) {
      if (e.getValue() < 2) {
        continue;
      }
      ringCount++;
      int best = ringClusters.getOrDefault(e.getKey(), Map.of()).values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (best >= 0.8 * e.getValue()) {
        found++;
      }
    }
    double ringPrecision = ringClusterPairs == 0 ? Double.NaN : (double) ringClusterTogether / ringClusterPairs;
    return new Report(label, members.size(), cluster.size(), pairs, ringPrecision, ringCount, found, overBound,
        benignInRing, largestBenignOnly, byGroup);
  }

  private static Set<String> groupsOf(List<String> members, Map<String, Truth> truth) {
    Set<String> out = new java.util.TreeSet<>();
    for (String w : members) {
      Truth t = truth.get(w);
      if (t != null && t.ring() == null) {
        out.addAll(t.benign());
      }
    }
    return out;
  }
}
