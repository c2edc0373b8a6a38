package io.ringwatch.score;

import io.ringwatch.score.signals.Signal;
import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.ingest.DispositionsInput;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditors' decisions on small hand-built score frames (bands of conf/score.conf: medium 35,
 * high 60, critical 85), and the reading of the optional input with its quarantine.
 */
@SparkTest
class DispositionsTest {
  static final StructType SIGNAL = new StructType().add("signal", DataTypes.StringType)
      .add("points", DataTypes.IntegerType).add("evidence", DataTypes.StringType);
  static final StructType WORKER_RISK = new StructType().add("worker_id", DataTypes.StringType)
      .add("risk_score", DataTypes.DoubleType).add("risk_band", DataTypes.StringType)
      .add("cluster_id", DataTypes.StringType)
      .add("reasons", DataTypes.createArrayType(DataTypes.StringType))
      .add("signals", DataTypes.createArrayType(SIGNAL)).add("own_score", DataTypes.DoubleType);
  static final StructType CLUSTERS = new StructType().add("cluster_id", DataTypes.StringType)
      .add("size", DataTypes.IntegerType).add("risk_score", DataTypes.DoubleType)
      .add("risk_band", DataTypes.StringType).add("reasons", DataTypes.createArrayType(DataTypes.StringType));
  static final StructType MEMBERS = new StructType().add("cluster_id", DataTypes.StringType)
      .add("worker_id", DataTypes.StringType).add("run_date", DataTypes.DateType);
  static final LocalDate RUN_DATE = LocalDate.parse("2026-11-20");
  static final Date DECIDED_NIGHT = Date.valueOf("2026-11-19");

  final SparkSession spark = SharedSpark.get();
  final ScoreSettings settings = ScoreSettings.from(SettingsLoader.load(null));

  /** A worker row; signals given as "id:points", the score their sum (or the cluster's share when higher). */
  static Row worker(String id, String cluster, double clusterShare, String... signals) {
    List<Row> s = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    double own = 0;
    for (String spec : signals) {
      String[] p = spec.split(":");
      int points = Integer.parseInt(p[1]);
      own += points;
      s.add(RowFactory.create(p[0], points, "evidence of " + p[0]));
    }
    double score = Math.max(own, clusterShare);
    if (clusterShare > own) {
      s.add(RowFactory.create(SignalCatalogue.CLUSTER.id(), (int) Math.round(clusterShare - own), "member of " + cluster));
    }
    for (Row r : s) {
      Signal sig = SignalCatalogue.ALL.stream().filter(x -> x.id().equals(r.getString(0))).findFirst().orElseThrow();
      reasons.add(sig.title() + ": " + r.getString(2));
    }
    String band = score >= 85 ? "critical" : score >= 60 ? "high" : score >= 35 ? "medium" : "low";
    return RowFactory.create(id, score, band, cluster, reasons, s, own);
  }

  static Row decision(String type, String subject, String decision, String by, String at, String reason,
      Date night, String... signals) {
    return RowFactory.create(type, subject, decision, by, Timestamp.valueOf(at), reason, night, List.of(signals));
  }

  Map<String, Row> byId(Dataset<Row> df, String key) {
    Map<String, Row> out = new HashMap<>();
    df.collectAsList().forEach(r -> out.put(r.getAs(key), r));
    return out;
  }

  Dispositions.Applied apply(List<Row> workers, List<Row> clusters, List<Row> decisions, List<Row> members) {
    return Dispositions.apply(settings, spark.createDataFrame(workers, WORKER_RISK),
        spark.createDataFrame(clusters, CLUSTERS), spark.createDataFrame(decisions, DispositionsInput.ACCEPTED),
        spark.createDataFrame(members, MEMBERS));
  }

  @Test
  void decisionsOnWorkersSuppressReRaiseConfirmAndTheLatestWins() {
    List<Row> workers = List.of(
        worker("W1", null, 0, "ip_kvm:35", "laptop_farm:40"),
        worker("W2", null, 0, "ip_kvm:35", "crypto_payout:15", "vpn_provider:20"),
        worker("W3", null, 0, "vpn_provider:20", "hosting_network:20"),
        worker("W4", null, 0, "ip_kvm:35", "laptop_farm:40"),
        worker("W5", null, 0, "ip_kvm:35", "laptop_farm:40"),
        worker("W6", null, 0, "ip_kvm:35"));
    List<Row> decisions = List.of(
        decision("worker", "W1", "false_positive", "alice", "2026-11-10 09:30:00", "lab KVM", DECIDED_NIGHT,
            "ip_kvm", "laptop_farm", "ring_member"),
        decision("worker", "W2", "false_positive", "alice", "2026-11-10 09:30:00", null, DECIDED_NIGHT,
            "ip_kvm", "vpn_provider"),
        decision("worker", "W3", "confirmed", "bob", "2026-11-11 10:00:00", "case 7", DECIDED_NIGHT,
            "vpn_provider", "hosting_network"),
        // W4: cleared, later confirmed; W5: confirmed, later cleared. The later decision counts.
        decision("worker", "W4", "false_positive", "alice", "2026-11-01 09:00:00", "lab", DECIDED_NIGHT,
            "ip_kvm", "laptop_farm"),
        decision("worker", "W4", "confirmed", "bob", "2026-11-12 09:00:00", "case 8", DECIDED_NIGHT,
            "ip_kvm", "laptop_farm"),
        decision("worker", "W5", "confirmed", "bob", "2026-11-01 09:00:00", "case 9", DECIDED_NIGHT,
            "ip_kvm", "laptop_farm"),
        decision("worker", "W5", "false_positive", "carol", "2026-11-12 09:00:00", "test rig", DECIDED_NIGHT,
            "ip_kvm", "laptop_farm"),
        decision("worker", "W-GONE", "false_positive", "carol", "2026-11-12 09:00:00", "left", DECIDED_NIGHT));
    Dispositions.Applied out = apply(workers, List.of(), decisions, List.of());
    Map<String, Row> w = byId(out.workerRisk(), "worker_id");

    Row w1 = w.get("W1");
    assertEquals("low", w1.getAs("risk_band"), "cleared and nothing new: suppressed");
    assertEquals(75.0, w1.<Double>getAs("risk_score"), "the score stays as computed");
    assertEquals("Cleared as false positive by alice on 2026-11-10 (lab KVM); no new signals since",
        w1.getList(w1.fieldIndex("reasons")).get(0));
    assertEquals(3, w1.getList(w1.fieldIndex("reasons")).size(), "the signals' reasons follow");
    Row d1 = w1.getAs("disposition");
    assertEquals("false_positive", d1.getAs("decision"));
    assertEquals("worker", d1.getAs("subject_type"));
    assertEquals(true, d1.getAs("suppressed"));
    assertTrue(d1.getList(d1.fieldIndex("new_signals")).isEmpty());
    assertEquals(Timestamp.valueOf("2026-11-10 09:30:00"), d1.getAs("decided_at"));

    Row w2 = w.get("W2");
    assertEquals("high", w2.getAs("risk_band"), "a new signal raises the flag again");
    String first = (String) w2.getList(w2.fieldIndex("reasons")).get(0);
    assertEquals("Cleared as false positive by alice on 2026-11-10, raised again: new signals since then: "
        + "Paid in cryptocurrency (crypto_payout)", first);
    Row d2 = w2.getAs("disposition");
    assertEquals(false, d2.getAs("suppressed"));
    assertEquals(List.of("crypto_payout"), d2.getList(d2.fieldIndex("new_signals")));

    Row w3 = w.get("W3");
    assertEquals("high", w3.getAs("risk_band"), "confirmed: at least high though the score is medium");
    assertEquals(40.0, w3.<Double>getAs("risk_score"));
    assertEquals("Confirmed as a real case by bob on 2026-11-11 (case 7)", w3.getList(w3.fieldIndex("reasons")).get(0));

    assertEquals("confirmed", w.get("W4").<Row>getAs("disposition").getAs("decision"));
    assertEquals("high", w.get("W4").getAs("risk_band"));
    assertEquals("carol", w.get("W5").<Row>getAs("disposition").getAs("decided_by"));
    assertEquals("low", w.get("W5").getAs("risk_band"));

    Row w6 = w.get("W6");
    assertNull(w6.getAs("disposition"), "no decision: no disposition");
    assertEquals("medium", w6.getAs("risk_band"));
    assertEquals(1, w6.getList(w6.fieldIndex("reasons")).size());

    Dispositions.Counts counts = Dispositions.counts(new io.ringwatch.ingest.DatasetCounts("dispositions", 9, 8, 1, 8),
        out);
    assertEquals(new Dispositions.Counts(9, 8, 1, 6, 5, 2, 1, 2, 0), counts,
        "6 subjects decided, 5 in this run (W-GONE left), W1 and W5 suppressed, W2 re-raised, W3 and W4 confirmed");
  }

  @Test
  void aClearedClusterIsSuppressedAndItsMembersFallBackUnlessItGrewOrGainedSignals() {
    List<Row> workers = List.of(
        // C1: W1 strong on their own, W2 raised by the cluster (ring_member), W3 alone.
        worker("W1", "C1", 63.75, "shared_payout_account:40", "laptop_farm:40"),
        worker("W2", "C1", 68, "platform_payout:5"),
        worker("W3", null, 0, "ip_kvm:35"),
        // C2: one more member with signals than on the decided night.
        worker("W4", "C2", 68, "shared_payout_account:40", "payout_holder_not_worker:20"),
        worker("W5", "C2", 68, "shared_payout_account:40", "payout_holder_not_worker:20"),
        worker("W6", "C2", 68, "shared_payout_account:40"),
        // C3: the same members, a new kind of signal.
        worker("W7", "C3", 68, "laptop_farm:40", "ip_kvm:35"),
        worker("W8", "C3", 68, "laptop_farm:40"),
        // C4: confirmed.
        worker("W9", "C4", 51, "laptop_farm:40"),
        worker("W10", "C4", 51, "platform_payout:5"));
    List<Row> clusters = List.of(
        RowFactory.create("C1", 2, 80.0, "high", List.of("2 workers share one bank account ***4821")),
        RowFactory.create("C2", 3, 80.0, "high", List.of("3 workers share one bank account ***1234")),
        RowFactory.create("C3", 2, 80.0, "high", List.of("2 workers share one laptop ship-to address 12 Elm St")),
        RowFactory.create("C4", 2, 60.0, "medium", List.of("2 workers share one laptop ship-to address 9 Oak St")));
    List<Row> decisions = List.of(
        decision("cluster", "C1", "false_positive", "alice", "2026-11-19 15:00:00", "married couple", DECIDED_NIGHT,
            "laptop_farm", "platform_payout", "ring_member", "shared_payout_account"),
        decision("cluster", "C2", "false_positive", "alice", "2026-11-19 15:00:00", "family", DECIDED_NIGHT,
            "payout_holder_not_worker", "shared_payout_account"),
        decision("cluster", "C3", "false_positive", "alice", "2026-11-19 15:00:00", "flatmates", DECIDED_NIGHT,
            "laptop_farm"),
        decision("cluster", "C4", "confirmed", "bob", "2026-11-19 16:00:00", "case 12", DECIDED_NIGHT, "laptop_farm"));
    List<Row> members = List.of(RowFactory.create("C1", "W1", DECIDED_NIGHT), RowFactory.create("C1", "W2", DECIDED_NIGHT),
        RowFactory.create("C2", "W4", DECIDED_NIGHT), RowFactory.create("C2", "W5", DECIDED_NIGHT),
        // C2's members on another night do not count for a decision of the 19th.
        RowFactory.create("C2", "W6", Date.valueOf("2026-11-18")),
        RowFactory.create("C3", "W7", DECIDED_NIGHT), RowFactory.create("C3", "W8", DECIDED_NIGHT));
    Dispositions.Applied out = apply(workers, clusters, decisions, members);
    Map<String, Row> c = byId(out.clusters(), "cluster_id");
    Map<String, Row> w = byId(out.workerRisk(), "worker_id");

    Row c1 = c.get("C1");
    assertEquals("low", c1.getAs("risk_band"));
    assertEquals(80.0, c1.<Double>getAs("risk_score"));
    assertEquals("Cleared as false positive by alice on 2026-11-19 (married couple); no new signals or members with "
        + "signals since", c1.getList(c1.fieldIndex("reasons")).get(0));
    assertEquals(true, c1.<Row>getAs("disposition").getAs("suppressed"));
    // W2's score came from the cluster: back to their own; W1 stands on their own signals.
    Row w2 = w.get("W2");
    assertEquals("low", w2.getAs("risk_band"));
    assertEquals(5.0, w2.<Double>getAs("risk_score"));
    assertEquals("Cluster C1 cleared as false positive by alice on 2026-11-19 (married couple); scored on the worker's "
        + "own signals only", w2.getList(w2.fieldIndex("reasons")).get(0));
    assertEquals(2, w2.getList(w2.fieldIndex("reasons")).size(), "the ring_member reason is gone");
    assertTrue(w2.<Row>getList(w2.fieldIndex("signals")).stream().noneMatch(s -> s.getString(0).equals("ring_member")));
    assertEquals("cluster", w2.<Row>getAs("disposition").getAs("subject_type"));
    assertEquals("C1", w2.<Row>getAs("disposition").getAs("subject_id"));
    assertEquals("high", w.get("W1").getAs("risk_band"));
    assertNull(w.get("W1").getAs("disposition"));
    assertNull(w.get("W3").getAs("disposition"));

    Row c2 = c.get("C2");
    assertEquals("high", c2.getAs("risk_band"), "a member with signals joined since: new evidence");
    Row d2 = c2.getAs("disposition");
    assertEquals(false, d2.getAs("suppressed"));
    assertEquals(List.of("W6"), d2.getList(d2.fieldIndex("new_members")));
    assertTrue(d2.getList(d2.fieldIndex("new_signals")).isEmpty());
    assertEquals("Cleared as false positive by alice on 2026-11-19 (family), raised again: new members with signals "
        + "since then: W6", c2.getList(c2.fieldIndex("reasons")).get(0));
    assertEquals("high", w.get("W6").getAs("risk_band"), "members of a re-raised cluster keep the cluster's score");

    Row c3 = c.get("C3");
    assertEquals("high", c3.getAs("risk_band"));
    assertEquals(List.of("ip_kvm"), c3.<Row>getAs("disposition").getList(
        c3.<Row>getAs("disposition").fieldIndex("new_signals")));

    Row c4 = c.get("C4");
    assertEquals("high", c4.getAs("risk_band"), "confirmed: at least high");
    assertEquals("Confirmed as a real case by bob on 2026-11-19 (case 12)", c4.getList(c4.fieldIndex("reasons")).get(0));

    Dispositions.Counts counts = Dispositions.counts(new io.ringwatch.ingest.DatasetCounts("dispositions", 4, 4, 0, 4),
        out);
    assertEquals(new Dispositions.Counts(4, 4, 0, 4, 4, 1, 2, 1, 1), counts);
  }

  @Test
  void malformedDecisionsAreQuarantinedAndSignalsAreReadFromText(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("dispositions"));
    Files.writeString(folder.resolve("part-0.csv"), String.join("\n",
        "subject_type,subject_id,decision,decided_by,decided_at,reason,run_date,signals_at_decision",
        "worker,W1,false_positive,alice,2026-11-10T09:30:00Z,lab KVM,2026-11-09,ip_kvm;laptop_farm",
        "Cluster,C1,Confirmed,bob,2026-11-10T10:00:00Z,\"case 7, ring\",2026-11-09,\"[vpn_provider, ip_kvm]\"",
        "team,T1,false_positive,alice,2026-11-10T09:30:00Z,,,",
        "worker,W2,maybe,alice,2026-11-10T09:30:00Z,,,",
        "worker,,false_positive,alice,2026-11-10T09:30:00Z,,,",
        "worker,W3,false_positive,,yesterday,,,") + "\n");
    DispositionsInput.Read read = DispositionsInput.read(spark,
        DispositionsInput.settings(SettingsLoader.load(null)), dir.toString(), RUN_DATE);
    assertTrue(read.present());
    assertEquals(new io.ringwatch.ingest.DatasetCounts("dispositions", 6, 2, 4, 2), read.counts());
    Map<String, Row> accepted = byId(read.accepted(), "subject_id");
    assertEquals(List.of("ip_kvm", "laptop_farm"), accepted.get("W1").getList(accepted.get("W1").fieldIndex("signals_at_decision")));
    Row c1 = accepted.get("C1");
    assertEquals("cluster", c1.getAs("subject_type"));
    assertEquals("confirmed", c1.getAs("decision"));
    assertEquals(List.of("ip_kvm", "vpn_provider"), c1.getList(c1.fieldIndex("signals_at_decision")));
    assertEquals(Timestamp.from(java.time.Instant.parse("2026-11-10T10:00:00Z")), c1.getAs("decided_at"));
    List<String> reasons = read.rejected().orderBy("reason").select("reason").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertEquals(4, reasons.size());
    assertTrue(read.rejected().filter(col("dataset").notEqual("dispositions")).isEmpty());
    assertTrue(reasons.contains("subject_type 'team' is not one of worker, cluster"), reasons.toString());
    assertTrue(reasons.contains("decision 'maybe' is not one of confirmed, false_positive"), reasons.toString());
    assertTrue(reasons.contains("missing required value in subject_id"), reasons.toString());
    assertTrue(reasons.contains("missing required value in decided_by; unparseable timestamp in decided_at: 'yesterday'"),
        reasons.toString());
  }

  @Test
  void theNotebooksDeltaTableIsReadWithoutSettingsAndAMissingInputMeansNoDecisions(@TempDir Path dir) {
    String table = dir.resolve("in/dispositions").toString();
    spark.createDataFrame(List.of(decision("worker", "W1", "false_positive", "alice", "2026-11-10 09:30:00", "lab",
            DECIDED_NIGHT, "laptop_farm", "ip_kvm")), DispositionsInput.ACCEPTED)
        .write().format("delta").save(table);
    var config = DispositionsInput.settings(SettingsLoader.load(null));
    DispositionsInput.Read read = DispositionsInput.read(spark, config, dir.resolve("in").toString(), RUN_DATE);
    Row r = read.accepted().first();
    assertEquals(Timestamp.valueOf("2026-11-10 09:30:00"), r.getAs("decided_at"));
    assertEquals(DECIDED_NIGHT, r.getAs("run_date"));
    assertEquals(List.of("ip_kvm", "laptop_farm"), r.getList(r.fieldIndex("signals_at_decision")));
    assertEquals(1, read.counts().accepted());

    DispositionsInput.Read none = DispositionsInput.read(spark, config, dir.resolve("elsewhere").toString(), RUN_DATE);
    assertFalse(none.present());
    assertEquals(0, none.counts().read());
    Dispositions.Applied out = Dispositions.apply(settings,
        spark.createDataFrame(List.of(worker("W1", null, 0, "ip_kvm:35", "laptop_farm:40")), WORKER_RISK),
        spark.createDataFrame(List.of(), CLUSTERS), none.accepted(),
        new io.ringwatch.publish.PublishedHistory(spark, dir.resolve("no-output").toString())
            .membersAtDecision(none.accepted()));
    Row w1 = out.workerRisk().first();
    assertNull(w1.getAs("disposition"));
    assertEquals("high", w1.getAs("risk_band"));
    assertEquals(2, w1.getList(w1.fieldIndex("reasons")).size(), "reasons untouched");
    // The nightly skips the joins without an input; the tables keep the same schema either way.
    Dispositions.Applied skipped = Dispositions.none(spark.createDataFrame(List.of(), WORKER_RISK),
        spark.createDataFrame(List.of(), CLUSTERS), none.accepted());
    assertEquals(out.workerRisk().schema(), skipped.workerRisk().schema());
    assertEquals(out.clusters().schema(), skipped.clusters().schema());
  }
}
