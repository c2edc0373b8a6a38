package io.ringwatch.link;

import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.testing.SparkTest;

import static io.ringwatch.normalize.InputFrames.frame;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.normalize.InputFrames;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A colleague's laptop used by someone else ties the two, unless IT practice explains it: a
 * reassigned laptop's former holder, the help desk, a loaner pool, a user on many colleagues' laptops.
 */
@SparkTest
class DeviceUsesTest {
  static Map<String, Row> links = new HashMap<>();

  private static Map<String, String> row(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, String> worker(String id, String title, String department) {
    return row("worker_id", id, "full_name", "Worker " + id, "home_country", "US", "job_title", title,
        "department", department);
  }

  private static Map<String, String> device(String id, String holder, String shipped) {
    Map<String, String> d = row("device_id", id, "serial_number", "SN-" + id, "shipped_at", shipped);
    if (holder != null) {
      d.put("assigned_worker_id", holder);
    }
    return d;
  }

  private static int events;

  private static Map<String, String> signIn(String worker, String device, String day) {
    return row("event_id", "E" + (++events), "event_time", day + "T15:00:00Z", "worker_id", worker,
        "event_type", "sso_login", "result", "success", "source_ip", "203.0.113.7", "device_id", device);
  }

  @SuppressWarnings("unchecked")
  @BeforeAll
  static void build() {
    Settings settings = SettingsLoader.load(null);
    NormalizeStage normalize = new NormalizeStage(new NormalizeSettings("US", List.of(), List.of()));
    List<Map<String, String>> workers = new ArrayList<>(List.of(
        worker("A", "Software Engineer", "Engineering"), worker("B", "Software Engineer", "Engineering"),
        worker("C", "Data Analyst", "Finance"), worker("D", "Data Analyst", "Finance"),
        worker("E", "Designer", "Product"), worker("S", "Service Desk Technician", "IT"),
        worker("F", "Sales Manager", "Sales"), worker("G", "Sales Manager", "Sales"),
        worker("H", "Office Manager", "Operations"), worker("K", "Frontend Developer", "Engineering"),
        worker("L", "Frontend Developer", "Engineering")));
    List<Map<String, String>> devices = new ArrayList<>(List.of(
        device("d1", "A", "2026-01-10"), device("d2", "C", "2026-10-01"), device("d3", "E", "2026-01-10"),
        device("d4", null, "2026-01-10"), device("d11", "L", "2026-10-01")));
    List<Map<String, String>> auth = new ArrayList<>(List.of(
        // B works from A's laptop: a tie
        signIn("B", "d1", "2026-11-02"), signIn("B", "d1", "2026-11-03"),
        // D used C's laptop before it was shipped to C: D held it before
        signIn("D", "d2", "2026-09-20"), signIn("D", "d2", "2026-09-21"),
        // the service desk signs in on E's laptop
        signIn("S", "d3", "2026-11-04"),
        // a loaner with no holder, used by F and G
        signIn("F", "d4", "2026-11-05"), signIn("G", "d4", "2026-11-06"),
        // K used L's laptop before and after it was shipped to L: still a tie
        signIn("K", "d11", "2026-09-20"), signIn("K", "d11", "2026-10-05")));
    // H signs in on six colleagues' laptops
    for (int i = 1; i <= 6; i++) {
      workers.add(worker("P" + i, "Accountant", "Finance"));
      devices.add(device("p" + i, "P" + i, "2026-01-10"));
      auth.add(signIn("H", "p" + i, "2026-11-0" + i));
    }
    Dataset<Row> w = normalize.workers(frame(InputFrames.HR_WORKERS, workers.toArray(Map[]::new)));
    Dataset<Row> d = normalize.devices(frame(InputFrames.DEVICES, devices.toArray(Map[]::new)));
    Dataset<Row> a = normalize.authEvents(frame(InputFrames.AUTH_EVENTS, auth.toArray(Map[]::new)))
        .withColumn("ip_is_private", lit(null).cast(DataTypes.BooleanType))
        .withColumn("ip_shared_egress", lit(null).cast(DataTypes.StringType));
    Dataset<Row> e = normalize.endpointEvents(frame(InputFrames.ENDPOINT_EVENTS))
        .withColumn("ip_is_private", lit(null).cast(DataTypes.BooleanType))
        .withColumn("ip_shared_egress", lit(null).cast(DataTypes.StringType));
    Dataset<Row> out = LinkStage.build(LinkSettings.from(settings), io.ringwatch.testing.TestKeys.KEY, w,
        normalize.payments(frame(InputFrames.PAYROLL_PAYMENTS)), d,
        EventSummaries.signInDayNetwork(EnrichStage.AUTH_EVENTS.withAbsentAsNull(a)),
        EventSummaries.endpointDayDevice(EnrichStage.ENDPOINT_EVENTS.withAbsentAsNull(e))).filter("kind = 'device'");
    for (Row r : out.collectAsList()) {
      links.put((String) r.getAs("worker_id"), r);
    }
  }

  private static String reason(String worker) {
    assertTrue(links.containsKey(worker), () -> "no device link for " + worker + ": " + links.keySet());
    return links.get(worker).getAs("ignored_reason");
  }

  @Test
  void aColleagueWorkingFromSomeoneElsesLaptopIsTiedToItsHolder() {
    assertNull(reason("B"));
    assertNull(reason("A"));
    assertEquals(2L, ((Number) links.get("B").getAs("holders")).longValue());
  }

  @Test
  void theFormerHolderOfAReassignedLaptopTiesNoOne() {
    assertTrue(reason("D").startsWith("used only before the device was shipped to its current holder on 2026-10-01"),
        reason("D"));
  }

  @Test
  void useAfterTheLaptopWasShippedToItsHolderStillTies() {
    assertNull(reason("K"));
  }

  @Test
  void theServiceDeskSigningInOnALaptopTiesNoOne() {
    assertTrue(reason("S").startsWith("IT support (Service Desk Technician / IT)"), reason("S"));
  }

  @Test
  void aLoanerWithoutHolderTiesItsUsersToNoOne() {
    assertTrue(reason("F").startsWith("unassigned device"), reason("F"));
    assertTrue(reason("G").startsWith("unassigned device"), reason("G"));
  }

  @Test
  void someoneOnMoreColleaguesLaptopsThanTheLimitTiesNoOne() {
    String r = reason("H");
    assertTrue(r.startsWith("signs in on 6 colleagues' devices"), r);
  }
}
