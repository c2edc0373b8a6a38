package io.ringwatch.graph;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.graph.ClusterMatching.Assignment;
import io.ringwatch.graph.ClusterMatching.Lineage;
import io.ringwatch.publish.DeltaPublisher;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spark form of the id-carrying rule against the reference, and across published runs. */
@SparkTest
class StableClusterIdsTest {
  static final StructType CLUSTERS = new StructType().add("worker_id", DataTypes.StringType)
      .add("component_id", DataTypes.LongType).add("cluster_id", DataTypes.StringType)
      .add("cluster_size", DataTypes.LongType);
  static final StructType MEMBERS = new StructType().add("cluster_id", DataTypes.StringType)
      .add("worker_id", DataTypes.StringType);
  static final ClusterIdSettings SETTINGS = new ClusterIdSettings(0.5);

  final SparkSession spark = SharedSpark.get();

  /** The graph stage's frame for clusters given as provisional id → members. */
  Dataset<Row> frame(Map<String, Set<String>> clusters) {
    List<Row> rows = new ArrayList<>();
    long component = 0;
    for (var e : clusters.entrySet()) {
      component++;
      for (String w : e.getValue()) {
        rows.add(RowFactory.create(w, component, e.getKey(), (long) e.getValue().size()));
      }
    }
    rows.add(RowFactory.create("alone", 999L, null, 1L)); // a row without cluster stays as it is
    return spark.createDataFrame(rows, CLUSTERS);
  }

  Dataset<Row> members(Map<String, Set<String>> clusters) {
    List<Row> rows = new ArrayList<>();
    clusters.forEach((id, ws) -> ws.forEach(w -> rows.add(RowFactory.create(id, w))));
    return spark.createDataFrame(rows, MEMBERS);
  }

  static Map<String, Set<String>> randomClusters(Random rnd, int workers, String prefix) {
    Map<String, Set<String>> out = new TreeMap<>();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      ids.add(i);
    }
    java.util.Collections.shuffle(ids, rnd);
    int i = 0;
    int n = 0;
    while (i < ids.size()) {
      int size = 2 + rnd.nextInt(6);
      if (rnd.nextInt(4) == 0) { // some workers in no cluster
        i += size;
        continue;
      }
      Set<String> m = new TreeSet<>();
      for (int k = 0; k < size && i < ids.size(); k++, i++) {
        m.add(String.format("W%03d", ids.get(i)));
      }
      if (m.size() >= 2) {
        out.put(prefix + (n++), m);
      }
    }
    return out;
  }

  /** Yesterday's clusters perturbed: members moved between clusters, clusters cut in two or joined. */
  static Map<String, Set<String>> evolve(Random rnd, Map<String, Set<String>> before, int workers) {
    List<Set<String>> parts = new ArrayList<>();
    before.values().forEach(s -> parts.add(new TreeSet<>(s)));
    List<Set<String>> next = new ArrayList<>();
    for (Set<String> p : parts) {
      int roll = rnd.nextInt(10);
      List<String> l = new ArrayList<>(p);
      if (roll == 0 && l.size() >= 4) { // split
        next.add(new TreeSet<>(l.subList(0, l.size() / 2)));
        next.add(new TreeSet<>(l.subList(l.size() / 2, l.size())));
      } else if (roll == 1 && !next.isEmpty()) { // merge with the previous one
        next.get(next.size() - 1).addAll(l);
      } else if (roll == 2) { // dissolve
        continue;
      } else {
        next.add(new TreeSet<>(l));
      }
    }
    // Move some workers, bring some unclustered ones in.
    for (int k = 0; k < workers / 10; k++) {
      String w = String.format("W%03d", rnd.nextInt(workers));
      next.forEach(s -> s.remove(w));
      next.get(rnd.nextInt(next.size())).add(w);
    }
    // Brand-new clusters of workers who were in none.
    Set<String> clustered = new TreeSet<>();
    next.forEach(clustered::addAll);
    before.values().forEach(clustered::addAll);
    List<String> free = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      String w = String.format("W%03d", i);
      if (!clustered.contains(w)) {
        free.add(w);
      }
    }
    for (int i = 0; i + 3 <= free.size() && i < 12; i += 3) {
      next.add(new TreeSet<>(free.subList(i, i + 3)));
    }
    Map<String, Set<String>> out = new TreeMap<>();
    int n = 0;
    for (Set<String> s : next) {
      if (s.size() >= 2) {
        out.put("p" + (n++), s);
      }
    }
    return out;
  }

  static List<Lineage> lineageRows(Dataset<Row> lineage) {
    List<Lineage> out = new ArrayList<>();
    for (Row r : lineage.collectAsList()) {
      out.add(new Lineage(r.getAs("cluster_id"), r.getAs("event"), r.getList(r.fieldIndex("previous_cluster_ids")),
          r.getAs("id_kept"), r.getAs("size"), r.getAs("members_kept"), r.getAs("members_added"),
          r.getAs("members_removed")));
    }
    out.sort((a, b) -> a.clusterId().compareTo(b.clusterId()));
    return out;
  }

  static Map<String, String> idsOf(Dataset<Row> relabelled, Map<String, Set<String>> provisional) {
    Map<String, String> byWorker = new HashMap<>();
    relabelled.filter(col("cluster_id").isNotNull()).collectAsList()
        .forEach(r -> byWorker.put(r.getAs("worker_id"), r.getAs("cluster_id")));
    Map<String, String> out = new TreeMap<>();
    provisional.forEach((key, ws) -> {
      Set<String> ids = new TreeSet<>();
      ws.forEach(w -> ids.add(byWorker.get(w)));
      assertEquals(1, ids.size(), "one id per cluster");
      out.put(key, ids.iterator().next());
    });
    return out;
  }

  @ParameterizedTest
  @CsvSource({"1, 0.5", "2, 0.5", "3, 0.3", "4, 0.2", "5, 0.7"})
  void sparkGivesTheSameIdsAndLineageAsTheReference(long seed, double minShare) {
    Random rnd = new Random(seed);
    int workers = 300;
    Map<String, Set<String>> before = randomClusters(rnd, workers, "old");
    Map<String, Set<String>> previous = new TreeMap<>();
    before.forEach((k, v) -> previous.put(ClusterMatching.newId(LocalDate.parse("2026-11-20"), k), v));
    Map<String, Set<String>> now = evolve(rnd, before, workers);

    Assignment expected = ClusterMatching.assign(now, previous, LocalDate.parse("2026-11-21"), minShare);
    StableClusterIds.Assigned got = StableClusterIds.assign(frame(now), members(previous),
        LocalDate.parse("2026-11-21"), minShare);

    assertEquals(expected.ids(), idsOf(got.clusters(), now));
    List<Lineage> want = new ArrayList<>(expected.lineage());
    want.sort((a, b) -> a.clusterId().compareTo(b.clusterId()));
    assertEquals(want, lineageRows(got.lineage()));
    // Columns and rows are those of the input, the unclustered row included.
    assertEquals(List.of(CLUSTERS.fieldNames()), List.of(got.clusters().columns()));
    assertEquals(frame(now).count(), got.clusters().count());
    assertEquals(1, got.clusters().filter(col("cluster_id").isNull()).count());
    // The cases exercise the interesting events.
    Set<String> events = new TreeSet<>();
    want.forEach(l -> events.add(l.event()));
    assertTrue(events.containsAll(Set.of("new", "continued")) && events.size() >= 5, events.toString());
  }

  @Test
  void successivePublishedRunsCarryIdsAndRerunsGiveTheSameIds(@TempDir Path dir) {
    String output = dir.resolve("out").toString();
    LocalDate d1 = LocalDate.parse("2026-11-20");
    LocalDate d2 = LocalDate.parse("2026-11-21");
    Map<String, Set<String>> night1 = ClusterMatchingTest.clusters("a:w1,w2,w3", "b:w4,w5,w6,w7,w8,w9", "c:w10,w11");
    // Night 2: a grows, b splits 4/2, c dissolves, a new pair appears.
    Map<String, Set<String>> night2 = ClusterMatchingTest.clusters("a2:w1,w2,w3,w12", "b2:w4,w5,w6,w7",
        "b3:w8,w9", "n:w20,w21");

    StableClusterIds.Assigned first = publish(output, d1, night1, "r1");
    assertNull(first.previousRunDate());
    Map<String, String> ids1 = idsOf(first.clusters(), night1);
    assertEquals(ClusterMatching.newId(d1, "w1"), ids1.get("a"));
    assertTrue(lineageRows(first.lineage()).stream().allMatch(l -> l.event().equals("new")),
        lineageRows(first.lineage()).toString());

    StableClusterIds.Assigned second = publish(output, d2, night2, "r2");
    assertEquals(d1, second.previousRunDate());
    Map<String, String> ids2 = idsOf(second.clusters(), night2);
    assertEquals(ids1.get("a"), ids2.get("a2"));
    assertEquals(ids1.get("b"), ids2.get("b2"));
    assertEquals(ClusterMatching.newId(d2, "w8"), ids2.get("b3"));
    assertEquals(ClusterMatching.newId(d2, "w20"), ids2.get("n"));

    // What was published: the lineage of night 2, read back from the Delta table.
    Dataset<Row> lineage = spark.read().format("delta").load(output + "/cluster_lineage")
        .filter(col("run_date").equalTo(Date.valueOf(d2)));
    List<Lineage> rows = lineageRows(lineage.drop("run_date", "run_id"));
    List<Lineage> want = new ArrayList<>(List.of(
        new Lineage(ids1.get("a"), "continued", List.of(ids1.get("a")), true, 4, 3, 1, 0),
        new Lineage(ids1.get("b"), "split", List.of(ids1.get("b")), true, 4, 4, 0, 2),
        new Lineage(ids2.get("b3"), "split", List.of(ids1.get("b")), false, 2, 2, 0, 4),
        new Lineage(ids2.get("n"), "new", List.of(), false, 2, 0, 2, 0),
        new Lineage(ids1.get("c"), "dissolved", List.of(ids1.get("c")), false, 0, 0, 0, 2)));
    want.sort((x, y) -> x.clusterId().compareTo(y.clusterId()));
    assertEquals(want, rows);
    assertEquals(1, lineage.select("run_id").distinct().count());

    // Re-running night 2 matches against night 1 again, not against its own first attempt.
    StableClusterIds.Assigned again = publish(output, d2, night2, "r3");
    assertEquals(ids2, idsOf(again.clusters(), night2));
    assertEquals(rows, lineageRows(spark.read().format("delta").load(output + "/cluster_lineage")
        .filter(col("run_date").equalTo(Date.valueOf(d2))).drop("run_date", "run_id")));
    // Re-running night 1 after night 2 was published: still the first run, still the same ids.
    StableClusterIds.Assigned backfill = publish(output, d1, night1, "r4");
    assertNull(backfill.previousRunDate());
    assertEquals(ids1, idsOf(backfill.clusters(), night1));
    // The members table holds each night once.
    Dataset<Row> published = spark.read().format("delta").load(output + "/cluster_members");
    assertEquals(night1.values().stream().mapToLong(Set::size).sum(),
        published.filter(col("run_date").equalTo(Date.valueOf(d1))).count());
    assertEquals(night2.values().stream().mapToLong(Set::size).sum(),
        published.filter(col("run_date").equalTo(Date.valueOf(d2))).count());
  }

  /** One night as NightlyPipeline publishes it: assign ids, stage both tables, commit. */
  StableClusterIds.Assigned publish(String output, LocalDate day, Map<String, Set<String>> clusters, String runId) {
    DeltaPublisher publisher = new DeltaPublisher(spark, output, runId);
    io.ringwatch.publish.PublishedHistory.PreviousMembers previous =
        new io.ringwatch.publish.PublishedHistory(spark, output).clusterMembersBefore(day);
    StableClusterIds.Assigned a = StableClusterIds.assign(SETTINGS, frame(clusters), previous.runDate(),
        previous.members(), day);
    publisher.stage("cluster_members", a.clusters().filter(col("cluster_id").isNotNull())
        .select("cluster_id", "worker_id", "component_id"), day, runId);
    publisher.stage("cluster_lineage", a.lineage(), day, runId);
    // The night's commit marker: readers (and the next night's ids) see committed nights only.
    publisher.stage("run_audit", io.ringwatch.publish.RunAudit.row(spark, io.ringwatch.publish.RunAudit.Night.of(
        java.time.Instant.now(), java.time.Instant.now(), "succeeded", "test", "digest", "in", output, List.of(),
        Map.of())), day, runId);
    publisher.publish(List.of("cluster_members", "cluster_lineage", "run_audit"), day);
    return a;
  }
}
