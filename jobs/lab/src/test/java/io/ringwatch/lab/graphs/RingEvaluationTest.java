package io.ringwatch.lab.graphs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingEvaluationTest {
  static RingEvaluation.Truth ring(String id) {
    return new RingEvaluation.Truth(id, Set.of());
  }

  static RingEvaluation.Truth benign(String... groups) {
    return new RingEvaluation.Truth(null, Set.of(groups));
  }

  @Test
  void scoresClustersAgainstRingsAndFlagsOversizedBenignClusters() {
    Map<String, RingEvaluation.Truth> truth = new HashMap<>();
    truth.put("a1", ring("R1"));
    truth.put("a2", ring("R1"));
    truth.put("a3", ring("R1"));
    truth.put("b1", ring("R2"));
    truth.put("b2", ring("R2"));
    for (int i = 1; i <= 5; i++) {
      truth.put("h" + i, benign("household"));
    }
    truth.put("o1", benign("office"));
    // C1 = R1 plus an office worker; R2 split apart; C3 = five benign workers (over the bound of 4).
    Map<String, String> cluster = new HashMap<>();
    cluster.put("a1", "C1");
    cluster.put("a2", "C1");
    cluster.put("a3", "C1");
    cluster.put("o1", "C1");
    for (int i = 1; i <= 5; i++) {
      cluster.put("h" + i, "C3");
    }
    RingEvaluation.Report r = RingEvaluation.evaluate("x", cluster, truth);
    // True pairs: R1 3 + R2 1 = 4; predicted: C1 6 + C3 10 = 16; together: 3.
    assertEquals(new PartitionMetrics.PairCounts(3, 16, 4, 55), r.pairs()); // 11 workers: 55 pairs
    assertEquals(0.5, r.ringPrecision(), 1e-12); // C1: 3 of its 6 pairs are ring pairs
    assertEquals(2, r.rings());
    assertEquals(1, r.ringsFound());
    assertEquals(1, r.benignOnlyClustersOverBound());
    assertEquals(5, r.largestBenignOnlyCluster());
    assertEquals(1, r.benignInRingClusters());
    assertArrayEquals(new int[] {1, 5}, r.benignByGroup().get("household"));
    assertArrayEquals(new int[] {1, 4}, r.benignByGroup().get("office"));
  }
}
