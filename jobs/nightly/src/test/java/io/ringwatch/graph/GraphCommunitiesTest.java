package io.ringwatch.graph;

import io.ringwatch.components.SizedConnectedComponents;
import io.ringwatch.components.StarConnectedComponents;

import io.ringwatch.components.ConnectedComponents;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.testing.SharedSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole graph step (components, projection, Leiden per component, clusters) on small generated graphs. */
@SparkTest
class GraphCommunitiesTest {
  static final StructType LINKS = new StructType()
      .add("worker_id", DataTypes.StringType).add("kind", DataTypes.StringType)
      .add("value_id", DataTypes.LongType).add("weight", DataTypes.DoubleType)
      .add("holders", DataTypes.LongType).add("ignored_reason", DataTypes.StringType);
  static final GraphSettings DEFAULTS = GraphSettings.defaults();

  /** Links of one value: every holder gets kind-weight / (holders - 1), as the link stage does. */
  static void value(List<Row> rows, String kind, long id, double kindWeight, String ignored, String... workers) {
    int holders = workers.length;
    for (String w : workers) {
      rows.add(RowFactory.create(w, kind, id, ignored == null ? kindWeight / (holders - 1) : 0.0, (long) holders, ignored));
    }
  }

  /** Rings of four (bank account + phone each), chained by IPs held by two; a pair; a triangle; an ignored hub. */
  static List<Row> smallCompany(int rings) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < rings; r++) {
      String[] m = {"r" + r + "a", "r" + r + "b", "r" + r + "c", "r" + r + "d"};
      value(rows, "bank_account", 1000 + r, 1.0, null, m);
      value(rows, "phone", 2000 + r, 0.8, null, m);
      if (r > 0) {
        value(rows, "ip", 3000 + r, 0.3, null, "r" + (r - 1) + "d", "r" + r + "a");
      }
    }
    value(rows, "email", 4001, 0.8, null, "p1", "p2");
    value(rows, "device", 5001, 1.0, null, "t1", "t2", "t3");
    // Shared infrastructure: ignored, so it must tie no one.
    value(rows, "ip", 6001, 0.3, "shared infrastructure", "r0a", "p1", "t1", "x1");
    return rows;
  }

  /**
   * As the nightly chooses: in one task up to the settings' edges per task, else star rounds
   * (checkpointed every round: on tiny graphs re-planning unchecked rounds costs more than the work).
   */
  static ConnectedComponents cc(GraphSettings settings) {
    return new SizedConnectedComponents(settings.maxEdgesPerTask(), new StarConnectedComponents().setCheckpointInterval(1));
  }

  static ConnectedComponents cc() {
    return cc(DEFAULTS);
  }

  static Dataset<Row> links(List<Row> rows) {
    return SharedSpark.get().createDataFrame(rows, LINKS);
  }

  /** The clusters as sets of members, and every row's columns checked on the way. */
  static Set<Set<String>> clusters(Dataset<Row> out) {
    Map<String, Set<String>> byId = new TreeMap<>();
    Map<String, Long> sizes = new HashMap<>();
    for (Row r : out.select("worker_id", "cluster_id", "cluster_size", "component_id", "community_key").collectAsList()) {
      byId.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0));
      sizes.put(r.getString(1), r.getLong(2));
      assertTrue(r.getString(1).matches("C-[0-9A-F]{10}"), r.getString(1));
    }
    byId.forEach((id, members) -> assertEquals((long) members.size(), sizes.get(id), "cluster_size of " + id));
    return byId.values().stream().map(s -> (Set<String>) new TreeSet<>(s)).collect(Collectors.toSet());
  }

  static Set<Set<String>> expected(int rings) {
    Set<Set<String>> e = new java.util.HashSet<>();
    for (int r = 0; r < rings; r++) {
      e.add(Set.of("r" + r + "a", "r" + r + "b", "r" + r + "c", "r" + r + "d"));
    }
    e.add(Set.of("p1", "p2"));
    e.add(Set.of("t1", "t2", "t3"));
    return e;
  }

  // Connected components are the slow part of a small graph (many small Spark jobs): computed
  // once for the chain of eight rings and shared by the tests that try settings on it.
  static final int RINGS = 8;
  static Dataset<Row> chain;
  static Dataset<Row> components;

  @BeforeAll
  static void componentsOfTheSmallCompany() {
    chain = links(smallCompany(RINGS)).cache();
    components = GraphStage.components(chain, cc()).checkpoint(true);
  }

  static Dataset<Row> clustersWith(GraphSettings settings) {
    return GraphStage.clusters(components, chain, cc(settings), settings);
  }

  @Test
  void leidenSplitsRingsTiedByWeakBridgesAndKeepsSmallComponentsWhole() {
    Dataset<Row> out = clustersWith(DEFAULTS);
    assertEquals(expected(RINGS), clusters(out));
    // The rings are one connected component split into one community each.
    List<Row> ringRows = out.filter(col("worker_id").startsWith("r")).select("component_id", "community_key")
        .distinct().collectAsList();
    assertEquals(1, ringRows.stream().map(r -> r.getLong(0)).distinct().count());
    assertEquals(RINGS, ringRows.size());
  }

  @Test
  void componentsOnlyKeepsTheChainOfRingsAsOneCluster() {
    Set<Set<String>> c = clusters(clustersWith(DEFAULTS.withMinComponentSize(Integer.MAX_VALUE)));
    assertEquals(3, c.size());
    assertTrue(c.stream().anyMatch(s -> s.size() == 4 * RINGS));
  }

  @Test
  void modularityFindsTheSameRings() {
    GraphSettings modularity = DEFAULTS.withLeiden(new Leiden.Params(Leiden.Quality.MODULARITY, 1.0, 0, 0.01, 7));
    assertEquals(expected(RINGS), clusters(clustersWith(modularity)));
  }

  @Test
  void sameLinksSameClustersWhateverTheRowOrderAndPartitioning() {
    List<Row> reversed = new ArrayList<>(smallCompany(RINGS));
    java.util.Collections.reverse(reversed);
    Dataset<Row> a = clustersWith(DEFAULTS);
    Dataset<Row> b = GraphStage.clusters(links(reversed).repartition(5), cc(), DEFAULTS);
    List<String> ra = a.orderBy("worker_id").collectAsList().stream().map(Row::toString).toList();
    List<String> rb = b.orderBy("worker_id").collectAsList().stream().map(Row::toString).toList();
    assertEquals(ra, rb);
  }

  @Test
  void aComponentTooLargeForOneTaskIsCutAtItsWeakBridgesFirst() {
    // The chain is one component of 8 * 6 + 7 = 55 projected edges. With at most 10 edges a
    // task it must be cut; the bridges (0.3) go before any ring edge (0.6).
    Dataset<Row> out = clustersWith(DEFAULTS.withMaxEdgesPerTask(10));
    assertEquals(expected(RINGS), clusters(out));
    // Every ring ran as its own piece: the community keys name eight different pieces.
    long pieces = out.filter(col("worker_id").startsWith("r"))
        .select(org.apache.spark.sql.functions.split(col("community_key"), ":").getItem(0)).distinct().count();
    assertEquals(RINGS, pieces);
  }

  @Test
  void graphFramesFindsTheSameClustersWhenTheComponentIsCutInSpark() {
    // Ten edges a task: the components and every cut round run distributed, here by GraphFrames
    // (ringwatch.graph.components.algorithm = graphframes) against our star rounds.
    GraphSettings small = DEFAULTS.withMaxEdgesPerTask(10);
    GraphSettings graphFrames = small.withComponentsAlgorithm("graphframes");
    Dataset<Row> links = links(smallCompany(2));
    Dataset<Row> star = GraphStage.clusters(links, cc(small), small);
    assertEquals(expected(2), clusters(star));
    List<String> gf = GraphStage.clusters(links, graphFrames.connectedComponents(), graphFrames).orderBy("worker_id")
        .collectAsList().stream().map(Row::toString).toList();
    assertEquals(star.orderBy("worker_id").collectAsList().stream().map(Row::toString).toList(), gf);
  }

  @Test
  void cuttingDropsPartOfALevelWhenNothingIsWeakerUntilEveryPieceFits() {
    // One clique of 12 workers sharing one IP: 66 equal edges; at most 20 a task, half a cut.
    List<Row> rows = new ArrayList<>();
    String[] clique = new String[12];
    for (int i = 0; i < 12; i++) {
      clique[i] = String.format("w%02d", i);
    }
    value(rows, "ip", 7001, 0.3, null, clique);
    Dataset<Row> edges = WorkerProjection.pairs(links(rows)).select(
        org.apache.spark.sql.functions.lit(1L).as("component_id"), org.apache.spark.sql.functions.lit(1L).as("piece_id"),
        col("worker_a"), col("worker_b"), col("weight"));
    GraphSettings settings = new GraphSettings(DEFAULTS.leiden(), 3, 20, 0.5, 10, java.util.List.of(), "star");
    Dataset<Row> fitted = CommunityDetection.fitPieces(edges, settings, cc());
    List<Row> perPiece = fitted.groupBy("piece_id").count().collectAsList();
    assertTrue(perPiece.stream().allMatch(r -> r.getLong(1) <= 20), perPiece.toString());
    // Ties are thinned by half a cut a round (66 -> about 33 -> 20), not wiped out.
    long kept = fitted.count();
    assertTrue(kept >= 10 && kept <= 20, "kept " + kept);
  }

  @Test
  void projectionSumsTheWeightsOfEverySharedValue() {
    List<Row> rows = new ArrayList<>();
    value(rows, "bank_account", 1, 1.0, null, "a", "b");
    value(rows, "phone", 2, 0.8, null, "a", "b", "c");
    value(rows, "ip", 3, 0.3, "above the cap", "a", "b");
    Map<String, Row> byPair = new HashMap<>();
    for (Row r : WorkerProjection.pairs(links(rows)).collectAsList()) {
      byPair.put(r.getString(0) + "-" + r.getString(1), r);
    }
    assertEquals(Set.of("a-b", "a-c", "b-c"), byPair.keySet());
    assertEquals(1.0 + 0.4, byPair.get("a-b").getDouble(2), 1e-12);
    assertEquals(List.of("bank_account", "phone"), byPair.get("a-b").getList(3));
    assertEquals(2L, byPair.get("a-b").getLong(4));
    assertEquals(0.4, byPair.get("b-c").getDouble(2), 1e-12);
  }

  @Test
  void workersTiedByOneStrongValueAreNeverSplit() {
    // Two rings of six (a phone and an account each) whose first members share one more bank
    // account: Leiden (CPM 0.05) keeps them apart, since one tie of 1.0 weighs less than
    // 0.05 x 6 x 6; the shared account keeps all twelve in one cluster.
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      String[] m = new String[6];
      for (int i = 0; i < 6; i++) {
        m[i] = "s" + r + i;
      }
      value(rows, "bank_account", 8100 + r, 1.0, null, m);
      value(rows, "phone", 8200 + r, 0.8, null, m);
    }
    value(rows, "bank_account", 8300, 1.0, null, "s00", "s10");
    Dataset<Row> l = links(rows);
    Set<Set<String>> apart = clusters(GraphStage.clusters(l, cc(), DEFAULTS.withUnsplittableKinds(List.of())));
    assertEquals(2, apart.size(), apart.toString());
    Set<Set<String>> whole = clusters(GraphStage.clusters(l, cc(), DEFAULTS));
    assertEquals(1, whole.size(), whole.toString());
    assertEquals(12, whole.iterator().next().size());
    // Only the listed kinds hold: a shared phone does not.
    Set<Set<String>> phoneOnly = clusters(GraphStage.clusters(l, cc(), DEFAULTS.withUnsplittableKinds(List.of("phone"))));
    assertEquals(2, phoneOnly.size(), phoneOnly.toString());
  }

  @Test
  void aFacilitatorsNameOnFifteenWorkersAccountsKeepsThemInOneCluster() {
    // One third party holds the accounts fifteen workers are paid into: each pair weighs
    // 0.6 / 14, below CPM's 0.05 a pair, so Leiden alone leaves no cluster of them at all.
    List<Row> rows = new ArrayList<>();
    String[] m = new String[15];
    for (int i = 0; i < m.length; i++) {
      m[i] = "p" + (char) ('a' + i);
    }
    value(rows, "payee_name", 8400, 0.6, null, m);
    Dataset<Row> l = links(rows);
    Set<Set<String>> leiden = clusters(GraphStage.clusters(l, cc(), DEFAULTS.withUnsplittableKinds(
        DEFAULTS.unsplittableKinds().stream().filter(k -> !k.equals("payee_name")).toList())));
    assertTrue(leiden.stream().noneMatch(c -> c.size() == 15), leiden.toString());
    Set<Set<String>> whole = clusters(GraphStage.clusters(l, cc(), DEFAULTS));
    assertEquals(Set.of(Set.of(m)), whole);
  }
}
