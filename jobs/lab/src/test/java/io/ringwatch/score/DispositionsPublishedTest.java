package io.ringwatch.score;

import io.ringwatch.testing.EndToEnd;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.testing.PublishedNights;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * On the shared published nights: the auditor's decisions on the first night's flags
 * ({@link PublishedNights#decisions()}) are applied by the second night and shown in its tables
 * and its audit row.
 */
@EndToEnd
class DispositionsPublishedTest {
  final PublishedNights.Decisions decided = PublishedNights.decisions();

  Row worker(String id, java.time.LocalDate date) {
    return PublishedNights.table("worker_risk", date).filter(col("worker_id").equalTo(id)).first();
  }

  @Test
  void aClearedWorkerWithoutNewSignalsIsNoLongerFlaggedAndSaysWhy() {
    Row before = worker(decided.clearedWorker(), PublishedNights.PREVIOUS_DATE);
    assertTrue(List.of("high", "critical").contains(before.<String>getAs("risk_band")), before.toString());
    assertNull(before.getAs("disposition"), "the first night had no decisions");
    Row now = worker(decided.clearedWorker(), PublishedNights.RUN_DATE);
    Row d = now.getAs("disposition");
    assertNotNull(d, now.toString());
    assertEquals("false_positive", d.getAs("decision"));
    assertEquals(true, d.getAs("suppressed"), d.toString());
    assertEquals("low", now.getAs("risk_band"));
    assertTrue(now.<Double>getAs("risk_score") >= 60, "the score stays as computed: " + now);
    assertEquals("Cleared as false positive by auditor@example.com on 2026-11-19 (verified with the manager); "
        + "no new signals since", now.getList(now.fieldIndex("reasons")).get(0));
  }

  @Test
  void aClearedClusterIsSuppressedAndItsMembersShowIt() {
    Row cluster = PublishedNights.table("clusters", PublishedNights.RUN_DATE)
        .filter(col("cluster_id").equalTo(decided.clearedCluster())).first();
    assertNotNull(cluster, "the cluster keeps its id on the second night");
    Row d = cluster.getAs("disposition");
    assertEquals(true, d.getAs("suppressed"), cluster.toString());
    assertEquals("low", cluster.getAs("risk_band"));
    assertTrue(cluster.<String>getList(cluster.fieldIndex("reasons")).get(0)
        .startsWith("Cleared as false positive by auditor@example.com on 2026-11-19 (family sharing one account)"));
    // Members raised only by the cluster fall back to their own score; the others keep theirs.
    List<Row> members = PublishedNights.table("worker_risk", PublishedNights.RUN_DATE)
        .filter(col("cluster_id").equalTo(decided.clearedCluster())).collectAsList();
    for (Row m : members) {
      boolean ring = m.<Row>getList(m.fieldIndex("signals")).stream().anyMatch(s -> s.getAs("signal").equals("ring_member"));
      assertTrue(!ring, "no member keeps the cleared cluster's raise: " + m);
      Row md = m.getAs("disposition");
      if (md != null && md.getAs("subject_type").equals("cluster")) {
        assertEquals(m.<Double>getAs("own_score"), m.<Double>getAs("risk_score"));
        assertTrue(m.<String>getList(m.fieldIndex("reasons")).get(0).startsWith("Cluster " + decided.clearedCluster()));
      }
    }
  }

  @Test
  void aConfirmedWorkerStaysFlaggedAndTheAuditCountsTheDecisions() {
    Row now = worker(decided.confirmedWorker(), PublishedNights.RUN_DATE);
    assertTrue(List.of("high", "critical").contains(now.<String>getAs("risk_band")));
    assertEquals("Confirmed as a real case by auditor@example.com on 2026-11-19 (case opened with the FBI)",
        now.getList(now.fieldIndex("reasons")).get(0));

    Row audit = PublishedNights.table("run_audit", PublishedNights.RUN_DATE).first();
    Row counts = audit.getAs("dispositions");
    long cleared = PublishedNights.table("worker_risk", PublishedNights.RUN_DATE)
        .filter(col("disposition.subject_type").equalTo("cluster")).count();
    assertEquals(List.of(3L, 3L, 0L, 3L, 3L, 2L, 0L, 1L, cleared), List.of(counts.getLong(0), counts.getLong(1),
        counts.getLong(2), counts.getLong(3), counts.getLong(4), counts.getLong(5), counts.getLong(6),
        counts.getLong(7), counts.getLong(8)), counts.toString());
    assertNull(PublishedNights.table("run_audit", PublishedNights.PREVIOUS_DATE).first().getAs("dispositions"),
        "no dispositions input on the first night");
    assertEquals(0, PublishedNights.table("rejected_records", PublishedNights.RUN_DATE)
        .filter(col("dataset").equalTo("dispositions")).count());
  }
}
