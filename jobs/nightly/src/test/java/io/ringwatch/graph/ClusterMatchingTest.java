package io.ringwatch.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.graph.ClusterMatching.Assignment;
import io.ringwatch.graph.ClusterMatching.Lineage;
import io.ringwatch.graph.ClusterMatching.Overlap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The id-carrying rule on small hand-made cases, without Spark. */
class ClusterMatchingTest {
  static final LocalDate DAY = LocalDate.parse("2026-11-21");

  /** Clusters written as "id:w1,w2,…" strings. */
  static Map<String, Set<String>> clusters(String... specs) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String s : specs) {
      String[] p = s.split(":");
      out.put(p[0], new TreeSet<>(List.of(p[1].split(","))));
    }
    return out;
  }

  static Assignment assign(Map<String, Set<String>> now, Map<String, Set<String>> before) {
    return ClusterMatching.assign(now, before, DAY, 0.5);
  }

  static Lineage lineageOf(Assignment a, String id) {
    return a.lineage().stream().filter(l -> l.clusterId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void sameMembersContinueWithTheOldId() {
    Assignment a = assign(clusters("x:w1,w2,w3"), clusters("C-A:w1,w2,w3"));
    assertEquals("C-A", a.ids().get("x"));
    assertEquals(new Lineage("C-A", "continued", List.of("C-A"), true, 3, 3, 0, 0), lineageOf(a, "C-A"));
  }

  @Test
  void aGrowingClusterKeepsItsId() {
    Assignment a = assign(clusters("x:w1,w2,w3,w4,w5"), clusters("C-A:w1,w2,w3"));
    assertEquals(new Lineage("C-A", "continued", List.of("C-A"), true, 5, 3, 2, 0), lineageOf(a, "C-A"));
  }

  @Test
  void aShrinkingClusterKeepsItsIdWhileItHoldsMostOfTheOldMembers() {
    Assignment a = assign(clusters("x:w1,w2,w3"), clusters("C-A:w1,w2,w3,w4,w5"));
    assertEquals(new Lineage("C-A", "continued", List.of("C-A"), true, 3, 3, 0, 2), lineageOf(a, "C-A"));
    // Half of the old members is not most of them: a new id, but the lineage still names C-A.
    Assignment half = assign(clusters("x:w1,w2,w3"), clusters("C-A:w1,w2,w3,w4,w5,w6"));
    String id = half.ids().get("x");
    assertEquals(ClusterMatching.newId(DAY, "w1"), id);
    assertEquals(new Lineage(id, "continued", List.of("C-A"), false, 3, 3, 0, 3), lineageOf(half, id));
  }

  @Test
  void aSplitLeavesTheOldIdWithTheLargerPart() {
    Assignment a = assign(clusters("x:w1,w2,w3,w4", "y:w5,w6,w9"), clusters("C-A:w1,w2,w3,w4,w5,w6"));
    assertEquals("C-A", a.ids().get("x"));
    String y = a.ids().get("y");
    assertEquals(ClusterMatching.newId(DAY, "w5"), y);
    assertEquals(new Lineage("C-A", "split", List.of("C-A"), true, 4, 4, 0, 2), lineageOf(a, "C-A"));
    assertEquals(new Lineage(y, "split", List.of("C-A"), false, 3, 2, 1, 4), lineageOf(a, y));
  }

  @Test
  void anEvenSplitIsATieThatNeitherHalfWins() {
    Assignment a = assign(clusters("x:w1,w2", "y:w3,w4"), clusters("C-A:w1,w2,w3,w4"));
    assertEquals(ClusterMatching.newId(DAY, "w1"), a.ids().get("x"));
    assertEquals(ClusterMatching.newId(DAY, "w3"), a.ids().get("y"));
    assertTrue(a.lineage().stream().allMatch(l -> l.event().equals("split") && !l.idKept()));
  }

  @Test
  void aMergeKeepsTheIdOfTheOldClusterThatIsMostOfIt() {
    Assignment a = assign(clusters("x:w1,w2,w3,w4,w5"), clusters("C-A:w1,w2,w3", "C-B:w4,w5"));
    assertEquals(new Lineage("C-A", "merged", List.of("C-A", "C-B"), true, 5, 5, 0, 0), lineageOf(a, "C-A"));
    // Two equal halves: neither is most of the new cluster.
    Assignment even = assign(clusters("x:w1,w2,w3,w4"), clusters("C-A:w1,w2", "C-B:w3,w4"));
    assertEquals(ClusterMatching.newId(DAY, "w1"), even.ids().get("x"));
    assertEquals("merged", even.lineage().get(0).event());
  }

  @Test
  void splitAndMergedAtOnce() {
    // C-A splits; one part joins C-B.
    Assignment a = assign(clusters("x:w1,w2,w3", "y:w4,w5,w6,w7"), clusters("C-A:w1,w2,w3,w4", "C-B:w5,w6,w7"));
    assertEquals("C-A", a.ids().get("x"));
    assertEquals("C-B", a.ids().get("y"));
    assertEquals(new Lineage("C-A", "split", List.of("C-A"), true, 3, 3, 0, 1), lineageOf(a, "C-A"));
    assertEquals(new Lineage("C-B", "split_and_merged", List.of("C-A", "C-B"), true, 4, 4, 0, 3), lineageOf(a, "C-B"));
  }

  @Test
  void aClusterWhoseMembersAreInNoClusterNowIsDissolved() {
    Assignment a = assign(clusters("x:w7,w8"), clusters("C-A:w1,w2", "C-B:w3,w4,w5"));
    String x = a.ids().get("x");
    assertEquals(new Lineage(x, "new", List.of(), false, 2, 0, 2, 0), lineageOf(a, x));
    assertEquals(new Lineage("C-A", "dissolved", List.of("C-A"), false, 0, 0, 0, 2), lineageOf(a, "C-A"));
    assertEquals(new Lineage("C-B", "dissolved", List.of("C-B"), false, 0, 0, 0, 3), lineageOf(a, "C-B"));
  }

  @Test
  void theFirstRunMakesEveryClusterNew() {
    Assignment a = assign(clusters("x:w2,w1", "y:w3,w4"), Map.of());
    assertEquals(Set.of(ClusterMatching.newId(DAY, "w1"), ClusterMatching.newId(DAY, "w3")), Set.copyOf(a.ids().values()));
    assertTrue(a.lineage().stream().allMatch(l -> l.event().equals("new")));
  }

  @Test
  void candidatesNeedMoreThanTheFractionOnBothSides() {
    assertTrue(ClusterMatching.isCandidate(3, 5, 5, 0.5));
    assertFalse(ClusterMatching.isCandidate(2, 4, 3, 0.5)); // exactly half of the new cluster
    assertFalse(ClusterMatching.isCandidate(3, 4, 6, 0.5)); // exactly half of the old one
    assertTrue(ClusterMatching.isCandidate(2, 4, 6, 0.3));
  }

  @Test
  void greedyTakesMostSharedFirstAndEachOldIdOnce() {
    // A lower fraction lets one old cluster be a candidate of two new ones.
    List<Overlap> overlaps = new ArrayList<>(List.of(
        new Overlap("x", "w1", "C-A", 4, 6, 8),
        new Overlap("y", "w2", "C-A", 3, 4, 8),
        new Overlap("y", "w2", "C-B", 2, 4, 3)));
    Map<String, String> m = ClusterMatching.match(overlaps, 0.3);
    assertEquals(Map.of("x", "C-A", "y", "C-B"), m);
    Collections.reverse(overlaps);
    assertEquals(m, ClusterMatching.match(overlaps, 0.3));
  }

  @Test
  void equalOverlapsAreBrokenByUnionThenOldIdThenSmallestMember() {
    // Same shared count: the pair with the smaller union (higher Jaccard) wins.
    assertEquals(Map.of("y", "C-A"), ClusterMatching.match(List.of(
        new Overlap("x", "w1", "C-A", 2, 5, 4), new Overlap("y", "w2", "C-A", 2, 3, 4)), 0.3));
    // Same shared count and union: the new cluster with the smaller first member wins, in any order.
    List<Overlap> tie = new ArrayList<>(List.of(
        new Overlap("y", "w3", "C-A", 2, 3, 4), new Overlap("x", "w1", "C-A", 2, 3, 4)));
    assertEquals(Map.of("x", "C-A"), ClusterMatching.match(tie, 0.3));
    Collections.reverse(tie);
    assertEquals(Map.of("x", "C-A"), ClusterMatching.match(tie, 0.3));
    // One new cluster between two old ones with equal overlap and union: the smaller old id.
    assertEquals(Map.of("x", "C-A"), ClusterMatching.match(List.of(
        new Overlap("x", "w1", "C-B", 2, 4, 3), new Overlap("x", "w1", "C-A", 2, 4, 3)), 0.3));
  }

  @Test
  void newIdsCarryTheDateAndDependOnlyOnDateAndSmallestMember() {
    String id = ClusterMatching.newId(DAY, "W000123");
    assertTrue(id.matches("C-20261121-[0-9A-F]{12}"), id);
    assertEquals(id, ClusterMatching.newId(LocalDate.parse("2026-11-21"), "W000123"));
    assertNotEquals(id, ClusterMatching.newId(DAY.plusDays(1), "W000123"));
    assertNotEquals(id, ClusterMatching.newId(DAY, "W000124"));
    assertEquals(ClusterMatching.sha256Hex("2026-11-21|W000123").substring(0, 12).toUpperCase(), id.substring(11));
  }

  @Test
  void settingsDefaultToAStrictMajorityAndRejectFractionsOutOfRange() {
    Settings defaults = SettingsLoader.load(null);
    assertEquals(0.5, ClusterIdSettings.from(defaults).minSharedFraction());
    SettingsException e = assertThrows(SettingsException.class, () -> ClusterIdSettings.from(Settings.from(
        ConfigFactory.parseString("ringwatch.graph.cluster-ids.min-shared-fraction = 1.5").withFallback(defaults.raw()))));
    assertEquals("setting ringwatch.graph.cluster-ids.min-shared-fraction is 1.5 but must be between 0.1 and 0.95",
        e.getMessage());
  }
}
