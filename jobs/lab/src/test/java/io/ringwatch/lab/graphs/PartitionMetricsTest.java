package io.ringwatch.lab.graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The partition metrics on examples small enough to compute by hand. */
class PartitionMetricsTest {
  static final double EPS = 1e-9;

  @Test
  void pairCountsPrecisionRecall() {
    // predicted {0,1}{2,3}; truth {0,1,2}{3}. Predicted pairs 01, 23; true pairs 01, 02, 12.
    int[] predicted = {0, 0, 1, 1};
    int[] truth = {0, 0, 0, 1};
    PartitionMetrics.PairCounts c = PartitionMetrics.pairCounts(predicted, truth);
    assertEquals(new PartitionMetrics.PairCounts(1, 2, 3, 6), c);
    assertEquals(0.5, c.precision(), EPS);
    assertEquals(1.0 / 3, c.recall(), EPS);
    assertEquals(0.4, c.f1(), EPS);
  }

  @Test
  void adjustedRandByHand() {
    // Same example: expected together = 2 * 3 / 6 = 1, max = (2 + 3) / 2 = 2.5, ARI = (1 - 1) / 1.5 = 0.
    assertEquals(0.0, PartitionMetrics.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}), EPS);
    // (igraph compare_communities(method="ari") agrees.)
    // predicted {0,1,2}{3,4}; truth {0,1}{2,3,4}: together 01, 34 = 2; predicted 3+1 = 4; true 1+3 = 4; all 10.
    // expected = 16/10 = 1.6; max = 4; ARI = 0.4 / 2.4 = 1/6.
    assertEquals(1.0 / 6, PartitionMetrics.adjustedRand(new int[] {0, 0, 0, 1, 1}, new int[] {0, 0, 1, 1, 1}), EPS);
  }

  @Test
  void nmiByHand() {
    // Contingency (predicted x truth): row 0 = (2, 0), row 1 = (1, 1); n = 4.
    // H(P) = ln 2; H(T) = -(3/4 ln 3/4 + 1/4 ln 1/4);
    // I = 2/4 ln(2*4/(2*3)) + 1/4 ln(1*4/(2*3)) + 1/4 ln(1*4/(2*1)).
    double hp = Math.log(2);
    double ht = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    double i = 0.5 * Math.log(4.0 / 3) + 0.25 * Math.log(2.0 / 3) + 0.25 * Math.log(2);
    double expected = i / ((hp + ht) / 2);
    assertEquals(0.343711, expected, 1e-6); // igraph compare_communities(method="nmi") gives the same
    assertEquals(expected, PartitionMetrics.nmi(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}), EPS);
  }

  @Test
  void identicalPartitionsUnderRelabellingScoreOne() {
    int[] a = {3, 3, 7, 7, 7, 1};
    int[] b = {0, 0, 5, 5, 5, 9};
    assertEquals(1.0, PartitionMetrics.nmi(a, b), EPS);
    assertEquals(1.0, PartitionMetrics.adjustedRand(a, b), EPS);
    assertEquals(1.0, PartitionMetrics.precision(a, b), EPS);
    assertEquals(1.0, PartitionMetrics.recall(a, b), EPS);
  }

  @Test
  void independentPartitionsScoreZero() {
    // A 2x2 grid: rows vs columns share no information and no pairs beyond chance.
    int[] rows = {0, 0, 1, 1};
    int[] cols = {0, 1, 0, 1};
    assertEquals(0.0, PartitionMetrics.nmi(rows, cols), EPS);
    assertEquals(0.0, PartitionMetrics.precision(rows, cols), EPS);
    assertTrue(PartitionMetrics.adjustedRand(rows, cols) < 0);
  }

  @Test
  void undefinedPairScoresAreNaNAndTrivialCasesOne() {
    int[] singletons = {0, 1, 2};
    assertTrue(Double.isNaN(PartitionMetrics.precision(singletons, new int[] {0, 0, 1})));
    assertEquals(1.0, PartitionMetrics.adjustedRand(singletons, new int[] {5, 6, 7}), EPS);
    assertEquals(1.0, PartitionMetrics.nmi(new int[] {1, 1}, new int[] {2, 2}), EPS);
    assertThrows(IllegalArgumentException.class, () -> PartitionMetrics.nmi(new int[] {1}, new int[] {1, 2}));
  }

  @Test
  void modularityOfTwoTrianglesJoinedByAnEdge() {
    // Triangles {0,1,2} and {3,4,5} plus edge 2-3: W = 7; each side has 3 inside and strength 7.
    // Q = 2 * (3/7 - (7/14)^2) = 5/14.
    int[] from = {0, 0, 1, 3, 3, 4, 2};
    int[] to = {1, 2, 2, 4, 5, 5, 3};
    double[] w = {1, 1, 1, 1, 1, 1, 1};
    assertEquals(5.0 / 14, PartitionMetrics.modularity(new int[] {0, 0, 0, 1, 1, 1}, from, to, w, 1.0), EPS);
    assertEquals(0.0, PartitionMetrics.modularity(new int[] {0, 0, 0, 0, 0, 0}, from, to, w, 1.0), EPS);
    assertThrows(IllegalArgumentException.class,
        () -> PartitionMetrics.modularity(new int[] {0}, new int[] {0}, new int[] {0}, new double[] {1}, 1.0));
  }
}
