package io.ringwatch.reference.sanctions;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.ingest.DatasetCounts;
import io.ringwatch.publish.RunAudit;
import io.ringwatch.testing.SharedSpark;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import io.ringwatch.screen.ScreenSettings;

/** The parse report of the sanctions files, as it reaches run_audit.sanctions_lists. */
@SparkTest
class ListFileCountsTest {
  @Test
  void perFileCountsOfTheFixtureReachTheRunAuditRow() throws Exception {
    SanctionsList list = OfacFixture.list();
    Map<String, ListFileCounts> byFile = ListFileCounts.of(list, ScreenSettings.defaults()::isDprkRelated).stream()
        .collect(Collectors.toMap(ListFileCounts::file, c -> c));
    ListFileCounts sdn = byFile.get("sdn.csv");
    assertEquals(5, sdn.rows());
    assertEquals(4, sdn.entries(), "ent 100 is replaced by the extra file");
    assertEquals(2, sdn.dprkEntries(), "101 DPRK3/DPRK4, 102 DPRK2");
    assertEquals(3, sdn.wallets(), "XBT, ETH and the USDT of the continuation");
    assertEquals(1, sdn.emails());
    ListFileCounts extra = byFile.get("sdn_extra.csv");
    assertEquals(2, extra.dprkEntries(), "200 DPRK4, 100 CYBER4/DPRK3");
    assertEquals(2, extra.emails());
    assertEquals(1, byFile.get("alt.csv").orphanRows());
    assertEquals(1, byFile.get("add.csv").orphanRows());
    assertEquals(1, byFile.get("sdn_comments.csv").orphanRows());
    assertNull(byFile.get("alt.csv").entries());

    Row audit = RunAudit.row(SharedSpark.get(), RunAudit.Night.of(Instant.now(), Instant.now(), "succeeded", "test",
        "digest", "in", "out", List.<DatasetCounts>of(), Map.of())
        .withSanctionsLists(ListFileCounts.of(list, ScreenSettings.defaults()::isDprkRelated))).first();
    List<Row> lists = audit.getList(audit.fieldIndex("sanctions_lists"));
    Row first = lists.get(0);
    assertEquals("OFAC-SDN", first.getAs("list"));
    assertEquals("sdn.csv", first.getAs("file"));
    assertEquals(2L, (long) first.getAs("dprk_entries"));
    assertTrue(lists.stream().anyMatch(r -> "alt.csv".equals(r.getAs("file")) && (long) r.getAs("orphan_rows") == 1L));
  }
}
