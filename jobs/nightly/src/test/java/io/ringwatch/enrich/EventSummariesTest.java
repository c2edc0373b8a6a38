package io.ringwatch.enrich;

import static io.ringwatch.normalize.InputFrames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.normalize.InputFrames;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.testing.SparkTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The event summaries keep what every reader needs: counts, ids, quarter hours, visits. */
@SparkTest
class EventSummariesTest {
  private final NormalizeStage normalize = new NormalizeStage(NormalizeSettings.defaults());

  private static Map<String, String> signIn(String id, String time, String ip, String vpnClient, String result) {
    Map<String, String> m = new HashMap<>(Map.of("event_id", id, "event_time", time, "worker_id", "w1",
        "event_type", "sso_login", "source_ip", ip, "device_id", "d1"));
    if (vpnClient != null) {
      m.put("vpn_client", vpnClient);
    }
    if (result != null) {
      m.put("result", result);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private Dataset<Row> signIns(Map<String, String>... rows) {
    return EnrichFixture.stage().authEvents(normalize.authEvents(frame(InputFrames.AUTH_EVENTS, rows)));
  }

  @SuppressWarnings("unchecked")
  @Test
  void aDayOnOneNetworkIsOneRowWithItsCountFiveSmallestIdsAndQuarterHours() {
    List<Map<String, String>> rows = new ArrayList<>();
    // seven sign-ins from one address on one day, in three quarter hours
    String[] times = {"00:00:00", "00:14:59", "00:15:00", "13:44:00", "13:30:00", "13:59:59", "00:01:00"};
    for (int i = 0; i < times.length; i++) {
      rows.add(signIn("e" + (9 - i), "2026-11-02T" + times[i] + "Z", "73.22.1.9", null, null));
    }
    rows.add(signIn("f1", "2026-11-02T09:00:00Z", "73.22.1.9", null, "failure"));
    rows.add(signIn("n1", "2026-11-03T09:00:00Z", "73.22.1.9", null, null));
    Dataset<Row> out = EventSummaries.SIGNIN_DAY_NETWORK.check(
        EventSummaries.signInDayNetwork(signIns(rows.toArray(Map[]::new))));
    Map<String, Row> byKey = new HashMap<>();
    out.collectAsList().forEach(r -> byKey.put(r.getAs("day").toString() + "/" + r.getAs("success"), r));
    assertEquals(3, byKey.size());

    Row day = byKey.get("2026-11-02/true");
    assertEquals(7L, (long) day.getAs("n"));
    assertEquals(List.of("e3", "e4", "e5", "e6", "e7", "e8", "e9"), day.getList(day.fieldIndex("event_ids")),
        "every event id, sorted (link_evidence lists them all)");
    assertEquals("US", day.getAs("ip_country"));
    Map<Integer, Long> slots = new TreeMap<>(day.getJavaMap(day.fieldIndex("quarter_hours")));
    // 00:00-00:14 three, 00:15 one, 13:30-13:44 two, 13:45-13:59 one
    assertEquals(Map.of(0, 3L, 1, 1L, 54, 2L, 55, 1L), slots);
    assertEquals("2026-11-02 00:00:00.0", day.getAs("first_time").toString());
    assertEquals("2026-11-02 13:59:59.0", day.getAs("last_time").toString());
    assertEquals(1L, (long) byKey.get("2026-11-02/false").<Long>getAs("n"));
    assertEquals(List.of("n1"), byKey.get("2026-11-03/true").getList(day.fieldIndex("event_ids")));
  }

  @SuppressWarnings("unchecked")
  @Test
  void aVisitEndsWhenTheAddressOrTheVpnClientChangesAndFailuresAreNoPartOfIt() {
    Dataset<Row> events = signIns(
        signIn("a1", "2026-11-02T08:00:00Z", "73.22.1.9", null, null),
        signIn("a2", "2026-11-02T09:00:00Z", "73.22.1.9", null, null),
        signIn("x1", "2026-11-02T09:30:00Z", "221.192.0.1", null, "failure"),
        signIn("a3", "2026-11-02T10:00:00Z", "73.22.1.9", null, null),
        signIn("b1", "2026-11-02T11:00:00Z", "221.192.0.1", null, null),
        signIn("c1", "2026-11-02T12:00:00Z", "221.192.0.1", "Astrill VPN", null),
        // same time as b2: ordered by id, so c2 stays inside the VPN visit
        signIn("c2", "2026-11-02T13:00:00Z", "221.192.0.1", "Astrill VPN", null),
        signIn("d1", "2026-11-02T13:00:00Z", "221.192.0.1", null, null),
        signIn("e1", "2026-11-03T08:00:00Z", "73.22.1.9", null, null));
    List<String> visits = EventSummaries.SIGNIN_VISITS.check(EventSummaries.signInVisits(events))
        .orderBy("start_time", "start_id").collectAsList().stream()
        .map(r -> r.getAs("start_id") + ".." + r.getAs("end_id") + " " + r.getAs("n") + " " + r.getAs("ip_country")
            + (r.getAs("vpn_provider") == null ? "" : " vpn"))
        .toList();
    assertEquals(List.of("a1..a3 3 US", "b1..b1 1 CN", "c1..c2 2 CN vpn", "d1..d1 1 CN", "e1..e1 1 US"), visits);
  }

  @SuppressWarnings("unchecked")
  @Test
  void heartbeatsOfOneStateCollapseAndAUsbInsertionIsARowOfItsOwn() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(Map.of("event_id", String.format("h%02d", i), "event_time", "2026-11-02T" + String.format("%02d", i)
              + ":00:00Z", "device_id", "d1", "worker_id", "w1", "event_type", "heartbeat",
          "os_timezone", "Asia/Seoul", "keyboard_layouts", "ko-KR", "public_ip", "73.22.1.9"));
    }
    rows.add(Map.of("event_id", "u1", "event_time", "2026-11-02T05:30:00Z", "device_id", "d1", "worker_id", "w1",
        "event_type", "usb_insert", "usb_vendor_id", "0557", "usb_product_id", "2419",
        "usb_product_name", "TinyPilot KVM", "public_ip", "73.22.1.9"));
    Dataset<Row> events = EnrichFixture.stage().endpointEvents(normalize.endpointEvents(
        frame(InputFrames.ENDPOINT_EVENTS, rows.toArray(Map[]::new))));
    List<Row> out = EventSummaries.ENDPOINT_DAY_DEVICE.check(EventSummaries.endpointDayDevice(events))
        .orderBy("n").collectAsList();
    assertEquals(2, out.size());
    assertEquals(1L, (long) out.get(0).<Long>getAs("n"));
    assertEquals(List.of("u1"), out.get(0).getList(out.get(0).fieldIndex("event_ids")));
    assertEquals(12L, (long) out.get(1).<Long>getAs("n"));
    assertEquals(12, out.get(1).getList(out.get(1).fieldIndex("event_ids")).size());
    assertEquals("h00", out.get(1).getList(out.get(1).fieldIndex("event_ids")).get(0));
    assertEquals("2026-11-02 11:00:00.0", out.get(1).getAs("last_time").toString());
  }

  @SuppressWarnings("unchecked")
  @Test
  void visitsOfEachDropMergedAreTheVisitsOfAllTheSignInsUnlessDropsInterleave() {
    // Three workers over three days on three networks, a VPN client now and then, failures,
    // sign-ins at the same second (ordered by id), and visits running over midnight, where the
    // drops (a file a UTC day) cut them. One successful sign-in of w3 is sent late, in a drop
    // after the last: w3's drops interleave, the others' do not.
    java.util.Random rnd = new java.util.Random(23);
    String[] ips = {"73.22.1.9", "221.192.0.1", "8.8.8.8"};
    List<Map<String, String>> rows = new ArrayList<>();
    for (String worker : List.of("w1", "w2", "w3")) {
      String ip = ips[0];
      for (int i = 0; i < 60; i++) {
        if (rnd.nextInt(4) == 0) {
          ip = ips[rnd.nextInt(ips.length)];
        }
        int minute = (i / 2) * 140 + rnd.nextInt(2); // about three days; two sign-ins often in one minute
        String time = java.time.Instant.parse("2026-11-01T20:00:00Z").plusSeconds(60L * minute).toString();
        boolean late = worker.equals("w3") && i == 30;
        Map<String, String> m = signIn(late ? "w3-late" : worker + "-" + (char) ('a' + rnd.nextInt(26)) + i, time, ip,
            rnd.nextInt(8) == 0 ? "astrill" : null, !late && rnd.nextInt(10) == 0 ? "failure" : null);
        m.put("worker_id", worker);
        rows.add(m);
      }
    }
    Dataset<Row> events = signIns(rows.toArray(Map[]::new));
    org.apache.spark.sql.Column drop = when(col("event_id").equalTo("w3-late"), lit(java.sql.Date.valueOf("2026-11-06")))
        .otherwise(to_date(col("event_time")));
    Dataset<Row> byDrop = EventSummaries.SIGNIN_DROP_VISITS.check(
        EventSummaries.signInDropVisits(events.withColumn(EventSummaries.DROP_DAY, drop)));
    assertEquals(true, byDrop.select(EventSummaries.DROP_DAY).distinct().count() >= 4, "the sign-ins span drops");

    // Only w3 can be out of order; whoever is not, their visits merge exactly (w3's too when the
    // late sign-in fell between two of its pieces).
    List<String> flagged = sorted(EventSummaries.interleavedWorkers(byDrop));
    assertTrue(flagged.isEmpty() || flagged.equals(List.of("[w3]")), flagged.toString());
    List<String> out = flagged.stream().map(f -> f.substring(1, f.length() - 1)).toList();
    Dataset<Row> inOrder = byDrop.filter(col("worker_id").isin(out.toArray()).unary_$bang());
    List<String> whole = sorted(EventSummaries.SIGNIN_VISITS.check(EventSummaries.signInVisits(events))
        .filter(col("worker_id").isin(out.toArray()).unary_$bang()));
    List<String> merged = sorted(EventSummaries.SIGNIN_VISITS.check(EventSummaries.mergedVisits(inOrder)));
    assertEquals(whole, merged);
    assertEquals(true, inOrder.count() > whole.size(), "some visits were cut at midnight and joined again");

    // Without the late drop w3 is in order too, and its visits merge exactly.
    Dataset<Row> onTime = events.filter(col("event_id").notEqual("w3-late"));
    Dataset<Row> onTimeDrops = EventSummaries.signInDropVisits(onTime.withColumn(EventSummaries.DROP_DAY,
        to_date(col("event_time"))));
    assertEquals(0, EventSummaries.interleavedWorkers(onTimeDrops).count());
    assertEquals(sorted(EventSummaries.signInVisits(onTime)), sorted(EventSummaries.mergedVisits(onTimeDrops)));

    // Drops named by an exporter five hours behind UTC: visits are cut at their edges and at
    // midnight (a day leaving the window takes its own pieces), and merge back all the same.
    Dataset<Row> exporterDrops = EventSummaries.signInDropVisits(onTime.withColumn(EventSummaries.DROP_DAY,
        to_date(org.apache.spark.sql.functions.expr("event_time - interval 5 hours"))));
    assertEquals(true, exporterDrops.count() > onTimeDrops.count(), "cut at both edges");
    assertEquals(0, exporterDrops.filter(org.apache.spark.sql.functions.to_date(col("start_time")).notEqual(col("day"))
        .or(to_date(col("end_time")).notEqual(col("day")))).count(), "no piece runs over midnight");
    assertEquals(0, EventSummaries.interleavedWorkers(exporterDrops).count());
    assertEquals(sorted(EventSummaries.signInVisits(onTime)), sorted(EventSummaries.mergedVisits(exporterDrops)));
  }

  /** Two drops whose sign-ins share a second are ordered by id, as visits are: interleaved only if the ids cross. */
  @SuppressWarnings("unchecked")
  @Test
  void dropsMeetingAtOneSecondInterleaveOnlyWhenTheirIdsCross() {
    Dataset<Row> events = signIns(signIn("a1", "2026-11-02T10:00:00Z", "73.22.1.9", null, null),
        signIn("a2", "2026-11-02T10:05:00Z", "73.22.1.9", null, null),
        signIn("b1", "2026-11-02T10:05:00Z", "73.22.1.9", null, null),
        signIn("b2", "2026-11-02T10:09:00Z", "73.22.1.9", null, null));
    org.apache.spark.sql.Column first = col("event_id").startsWith("a");
    Dataset<Row> ordered = EventSummaries.signInDropVisits(events.withColumn(EventSummaries.DROP_DAY,
        when(first, lit(java.sql.Date.valueOf("2026-11-02"))).otherwise(lit(java.sql.Date.valueOf("2026-11-03")))));
    assertEquals(0, EventSummaries.interleavedWorkers(ordered).count());
    assertEquals(sorted(EventSummaries.signInVisits(events)), sorted(EventSummaries.mergedVisits(ordered)));
    // a2 sent in the second drop: (10:05, a2) comes before (10:05, b1) but after the first drop's end.
    Dataset<Row> crossed = EventSummaries.signInDropVisits(events.withColumn(EventSummaries.DROP_DAY,
        when(col("event_id").equalTo("a1"), lit(java.sql.Date.valueOf("2026-11-02")))
            .otherwise(lit(java.sql.Date.valueOf("2026-11-03")))));
    assertEquals(0, EventSummaries.interleavedWorkers(crossed).count(), "a2 is after a1: still in order");
    Dataset<Row> swapped = EventSummaries.signInDropVisits(events.withColumn(EventSummaries.DROP_DAY,
        when(col("event_id").isin("a1", "b1"), lit(java.sql.Date.valueOf("2026-11-02")))
            .otherwise(lit(java.sql.Date.valueOf("2026-11-03")))));
    assertEquals(List.of("[w1]"), sorted(EventSummaries.interleavedWorkers(swapped)), "a2 falls inside a1..b1");
  }

  /**
   * A sign-in sent late, in the next drop: between two of its drop's visits it is placed exactly
   * (its own visit, or joined to a neighbour on its address); inside a visit on another address it
   * would cut it, which needs the visit's sign-ins, so the worker is named.
   */
  @SuppressWarnings("unchecked")
  @Test
  void aLateSignInBetweenVisitsMergesExactlyAndOneInsideAVisitIsNamed() {
    Map<String, String>[] onTime = new Map[] {signIn("a1", "2026-11-02T10:00:00Z", "73.22.1.9", null, null),
        signIn("a2", "2026-11-02T10:05:00Z", "73.22.1.9", null, null),
        signIn("a3", "2026-11-02T10:20:00Z", "221.192.0.1", null, null)};
    for (String time : List.of("2026-11-02T10:10:00Z", "2026-11-02T10:03:00Z")) {
      List<Map<String, String>> rows = new ArrayList<>(List.of(onTime));
      rows.add(signIn("late", time, "8.8.8.8", null, null));
      Dataset<Row> events = signIns(rows.toArray(Map[]::new));
      Dataset<Row> drops = EventSummaries.signInDropVisits(events.withColumn(EventSummaries.DROP_DAY,
          when(col("event_id").equalTo("late"), lit(java.sql.Date.valueOf("2026-11-03")))
              .otherwise(lit(java.sql.Date.valueOf("2026-11-02")))));
      if (time.endsWith("10:10:00Z")) {
        assertEquals(0, EventSummaries.interleavedWorkers(drops).count(), "between a2 and a3");
        assertEquals(sorted(EventSummaries.signInVisits(events)), sorted(EventSummaries.mergedVisits(drops)));
        assertEquals(3, EventSummaries.mergedVisits(drops).count());
      } else {
        assertEquals(List.of("[w1]"), sorted(EventSummaries.interleavedWorkers(drops)), "inside a1..a2");
      }
    }
  }

  /**
   * An exporter five hours behind UTC names its drops by its own day, so a UTC day's sign-ins come
   * in two drops, and a late event comes in a drop days after its own: the summaries made per drop
   * and merged are the summaries of all the events at once.
   */
  @SuppressWarnings("unchecked")
  @Test
  void summariesOfEachDropMergedAreTheSummariesOfAllTheEvents() {
    java.util.Random rnd = new java.util.Random(29);
    String[] ips = {"73.22.1.9", "221.192.0.1", "8.8.8.8"};
    List<Map<String, String>> signIns = new ArrayList<>();
    List<Map<String, String>> endpoint = new ArrayList<>();
    for (String worker : List.of("w1", "w2")) {
      for (int i = 0; i < 80; i++) {
        String time = java.time.Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * rnd.nextInt(3 * 24 * 60))
            .toString();
        Map<String, String> m = signIn(worker + "-s" + i, time, ips[rnd.nextInt(ips.length)], null,
            rnd.nextInt(10) == 0 ? "failure" : null);
        m.put("worker_id", worker);
        signIns.add(m);
        endpoint.add(Map.of("event_id", worker + "-h" + i, "event_time", time, "device_id", "d1", "worker_id", worker,
            "event_type", "heartbeat", "os_timezone", "America/Chicago", "public_ip", ips[rnd.nextInt(ips.length)]));
      }
    }
    org.apache.spark.sql.Column drop = org.apache.spark.sql.functions.when(
            org.apache.spark.sql.functions.col("event_id").endsWith("-s7"),
            org.apache.spark.sql.functions.lit(java.sql.Date.valueOf("2026-11-04")))
        .otherwise(org.apache.spark.sql.functions.to_date(org.apache.spark.sql.functions.expr(
            "event_time - interval 5 hours")));
    Dataset<Row> auth = signIns(signIns.toArray(Map[]::new));
    Dataset<Row> authByDrop = auth.withColumn(EventSummaries.DROP_DAY, drop);
    Dataset<Row> parts = EventSummaries.signInDropNetwork(authByDrop);
    assertEquals(true, parts.count() > EventSummaries.signInDayNetwork(auth).count(), "some days span two drops");
    assertEquals(sorted(EventSummaries.SIGNIN_DAY_NETWORK.check(EventSummaries.signInDayNetwork(auth))),
        sorted(EventSummaries.SIGNIN_DAY_NETWORK.check(EventSummaries.mergedSignInDayNetwork(parts))));

    Dataset<Row> heartbeats = EnrichFixture.stage().endpointEvents(normalize.endpointEvents(
        frame(InputFrames.ENDPOINT_EVENTS, endpoint.toArray(Map[]::new))));
    Dataset<Row> heartbeatsByDrop = heartbeats.withColumn(EventSummaries.DROP_DAY, drop);
    assertEquals(true, EventSummaries.endpointDropDevice(heartbeatsByDrop).count()
        > EventSummaries.endpointDayDevice(heartbeats).count());
    assertEquals(sorted(EventSummaries.ENDPOINT_DAY_DEVICE.check(EventSummaries.endpointDayDevice(heartbeats))),
        sorted(EventSummaries.ENDPOINT_DAY_DEVICE.check(EventSummaries.mergedEndpointDayDevice(
            EventSummaries.endpointDropDevice(heartbeatsByDrop)))));
  }

  private static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
