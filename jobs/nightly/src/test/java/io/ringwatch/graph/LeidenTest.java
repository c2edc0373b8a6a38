package io.ringwatch.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Leiden wrapper on tiny graphs, without Spark. */
class LeidenTest {
  static final Leiden.Params CPM = new Leiden.Params(Leiden.Quality.CPM, 0.05, 0, 0.01, 42);
  static final Leiden.Params MODULARITY = Leiden.Params.modularity(42);

  /** Two cliques of {@code size} nodes (weight 1) joined by one edge of weight {@code bridge}. */
  static List<double[]> twoCliques(int size, double bridge) {
    List<double[]> e = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          e.add(new double[] {c * size + i, c * size + j, 1.0});
        }
      }
    }
    e.add(new double[] {size - 1, size, bridge});
    return e;
  }

  static Leiden.Result run(int n, List<double[]> edges, Leiden.Params p) {
    int[] from = edges.stream().mapToInt(e -> (int) e[0]).toArray();
    int[] to = edges.stream().mapToInt(e -> (int) e[1]).toArray();
    double[] w = edges.stream().mapToDouble(e -> e[2]).toArray();
    return Leiden.cluster(n, from, to, w, p);
  }

  @ParameterizedTest
  @EnumSource(Leiden.Quality.class)
  void twoCliquesJoinedByAWeakEdgeAreTwoCommunities(Leiden.Quality quality) {
    Leiden.Params p = quality == Leiden.Quality.CPM ? CPM : MODULARITY;
    Leiden.Result r = run(10, twoCliques(5, 0.1), p);
    assertEquals(2, r.communities());
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, r.community());
  }

  @Test
  void cpmKeepsAGroupTogetherOnlyWhenItIsDenserThanTheResolution() {
    // One clique of 4 with pair weight 0.1: together at resolution 0.05, apart at 0.2.
    List<double[]> e = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        e.add(new double[] {i, j, 0.1});
      }
    }
    assertEquals(1, run(4, e, CPM).communities());
    Leiden.Params strict = new Leiden.Params(Leiden.Quality.CPM, 0.2, 0, 0.01, 42);
    assertEquals(4, run(4, e, strict).communities());
  }

  @Test
  void duplicateAndReversedEdgesAreSummedAndSelfLoopsIgnored() {
    // 0-1 listed three times (0.3 in total) beats 1-2 at 0.25: at CPM 0.2 the pair {0,1} forms, 2 stays alone.
    List<double[]> e = List.of(new double[] {0, 1, 0.1}, new double[] {1, 0, 0.1}, new double[] {0, 1, 0.1},
        new double[] {1, 2, 0.25}, new double[] {2, 2, 5.0});
    Leiden.Result r = run(3, e, new Leiden.Params(Leiden.Quality.CPM, 0.26, 0, 0.01, 1));
    assertArrayEquals(new int[] {0, 0, 1}, r.community());
  }

  @Test
  void sameGraphSameCommunitiesWhateverTheEdgeOrder() {
    Random rnd = new Random(5);
    // A planted partition: 6 groups of 8, dense inside, a few edges between.
    List<double[]> e = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      for (int j = i + 1; j < 48; j++) {
        boolean same = i / 8 == j / 8;
        if (rnd.nextDouble() < (same ? 0.7 : 0.03)) {
          e.add(new double[] {i, j, 0.5 + rnd.nextDouble()});
        }
      }
    }
    Leiden.Result first = run(48, e, MODULARITY);
    List<double[]> shuffled = new ArrayList<>(e);
    for (int k = 0; k < 5; k++) {
      java.util.Collections.shuffle(shuffled, new Random(k));
      for (double[] x : shuffled) { // and flip directions
        if (rnd.nextBoolean()) {
          double t = x[0];
          x[0] = x[1];
          x[1] = t;
        }
      }
      assertArrayEquals(first.community(), run(48, shuffled, MODULARITY).community());
    }
    assertEquals(6, first.communities());
    assertTrue(first.quality() > 0);
  }

  @Test
  void isolatedNodesAreSingletonsAndEmptyGraphsWork() {
    Leiden.Result r = run(4, List.of(new double[] {1, 2, 1.0}), CPM);
    assertArrayEquals(new int[] {1, 0, 0, 2}, r.community());
    assertEquals(0, Leiden.cluster(0, new int[0], new int[0], new double[0], CPM).communities());
    assertEquals(3, run(3, List.of(), MODULARITY).communities());
  }

  @Test
  void renumbersBySizeThenSmallestMember() {
    // 7 and 3 both have two members; 7 holds node 0, so it comes first.
    assertArrayEquals(new int[] {0, 1, 1, 2, 0}, Leiden.renumber(new int[] {7, 3, 3, 9, 7}));
    assertNotEquals(0, Leiden.renumber(new int[] {5, 2, 2})[0]);
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> run(2, List.of(new double[] {0, 2, 1.0}), CPM));
    assertThrows(IllegalArgumentException.class, () -> run(2, List.of(new double[] {0, 1, 0.0}), CPM));
    assertThrows(IllegalArgumentException.class, () -> new Leiden.Params(Leiden.Quality.CPM, -1, 0, 0.01, 1));
    assertThrows(IllegalArgumentException.class, () -> new Leiden.Params(Leiden.Quality.CPM, 1, -1, 0.01, 1));
    assertThrows(IllegalArgumentException.class, () -> new Leiden.Params(Leiden.Quality.CPM, 1, 0, 0, 1));
  }
}
