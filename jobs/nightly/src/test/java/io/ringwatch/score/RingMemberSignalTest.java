package io.ringwatch.score;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.score.signals.Benign;
import io.ringwatch.score.signals.Fires;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ring_member is ScoreStage's: a quiet member of a cluster with a strongly flagged member is raised. */
@SparkTest
class RingMemberSignalTest {
  static Map<String, List<Row>> signals;

  static void home(ScoreFrames f, String id, String street) {
    f.worker("worker_id", id, "full_name", "Worker " + id, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "job_title", "Accountant");
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // R1 (IP-KVM, remote tool, crypto pay) lives with Q1, who has no signal of their own
    home(f, "R1", "1 Oak St");
    home(f, "Q1", "1 Oak Street");
    f.device("device_id", "LT-R1", "serial_number", "SNR1", "assigned_worker_id", "R1");
    f.endpoint("event_id", "EE-1", "event_time", "2026-11-02T14:00:00Z", "device_id", "LT-R1", "worker_id", "R1",
        "event_type", "usb_attach", "usb_vendor_id", "1d6b", "usb_product_id", "0104", "usb_product_name", "PiKVM");
    f.endpoint("event_id", "EE-2", "event_time", "2026-11-02T14:00:00Z", "device_id", "LT-R1", "worker_id", "R1",
        "event_type", "process_start", "process_name", "AnyDesk.exe");
    f.payment("payment_id", "PAY-1", "worker_id", "R1", "pay_date", "2026-10-01", "amount", "100.00",
        "currency", "USD", "payment_method", "crypto", "wallet_address", "0xAbCdEf0123456789abcdef0123456789ABCDEF77");
    // a couple with no signals
    home(f, "B1", "9 Birch Rd");
    home(f, "B2", "9 Birch Road");
    ScoreStage.Scored scored = ScoreStage.run(ScoreFrames.scoreSettings(),
        ClusterScoreSettings.from(ScoreFrames.settings()), f.inputs());
    signals = scored.workerRisk().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("worker_id"), r -> r.getList(r.fieldIndex("signals"))));
  }

  @Test
  @Fires("ring_member")
  void quietMemberOfAFlaggedClusterIsRaised() {
    List<Row> q1 = signals.get("Q1");
    assertEquals(1, q1.size(), q1.toString());
    assertEquals("ring_member", q1.get(0).getAs("signal"));
    assertTrue(q1.get(0).<Integer>getAs("points") > 0, q1.toString());
    assertTrue(q1.get(0).<String>getAs("evidence").startsWith("member of cluster C-"), q1.toString());
  }

  @Test
  @Benign("ring_member")
  void householdWithoutSignalsIsNoRing() {
    assertEquals(List.of(), signals.get("B1"));
    assertEquals(List.of(), signals.get("B2"));
  }
}
