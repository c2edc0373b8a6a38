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
import io.ringwatch.normalize.Addresses;
import io.ringwatch.normalize.InputFrames;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identity graph's rows from normalized frames: junk values stay out, with the reason. */
@SparkTest
class LinkStageTest {
  static Map<String, Row> links;
  static List<String> columns;
  static Map<String, java.util.SortedSet<String>> evidence;

  private static Map<String, String> row(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  @BeforeAll
  static void build() {
    Settings settings = SettingsLoader.load(null);
    NormalizeStage normalize = new NormalizeStage(new NormalizeSettings("US", List.of("acme.com"),
        List.of(new Addresses.Office("100 Market Street", "94105", "US"))));
    Dataset<Row> workers = normalize.workers(frame(InputFrames.HR_WORKERS,
        // HR's placeholder typed in the US notation for two contractors in Mexico: a valid Mexican number
        row("worker_id", "M1", "full_name", "Ana Ruiz", "home_country", "MX", "phone", "555-555-5555",
            "national_id", "HEGG560427MVZRRL05", "personal_email", "noreply@gmail.com"),
        row("worker_id", "M2", "full_name", "Luis Vega", "home_country", "MX", "phone", "+52 55 5555 5555",
            "national_id", "hegg-560427-mvzrrl-05", "personal_email", "No.Reply@gmail.com"),
        // a descending run for two in India
        row("worker_id", "I1", "full_name", "Priya Rao", "home_country", "IN", "phone", "9876543210",
            "home_address_line1", "Remote", "home_city", "Pune", "home_postal_code", "411001",
            "github_handle", "none"),
        row("worker_id", "I2", "full_name", "Ravi Iyer", "home_country", "IN", "phone", "98765 43210",
            "home_address_line1", "remote", "home_city", "Pune", "home_postal_code", "411001",
            "github_handle", "None"),
        // a real number two workers share: linked
        row("worker_id", "R1", "full_name", "Eva Diaz", "home_country", "MX", "phone", "+52 33 1234 5678"),
        row("worker_id", "R2", "full_name", "Juan Soto", "home_country", "MX", "phone", "33 1234 5678")));
    Dataset<Row> devices = normalize.devices(frame(InputFrames.DEVICES,
        row("device_id", "d1", "serial_number", "C02AAA111", "assigned_worker_id", "M1",
            "ship_to_line1", "100 Market St, Suite 300", "ship_to_postal_code", "94105", "ship_to_country", "US"),
        row("device_id", "d2", "serial_number", "C02BBB222", "assigned_worker_id", "M2",
            "ship_to_line1", "100 Market Street Suite 300", "ship_to_postal_code", "94105-2001", "ship_to_country", "US")));
    // R1 and R2 are paid into one account, seven payments and one, and sign in from one address.
    List<Map<String, String>> pay = new java.util.ArrayList<>();
    List<Map<String, String>> signIns = new java.util.ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      pay.add(row("payment_id", "P" + i, "worker_id", i < 8 ? "R1" : "R2", "pay_date", "2026-10-0" + i,
          "amount", "1000.00", "currency", "USD", "payment_method", "ach", "bank_routing_number", "021000021",
          "bank_account_number", "123456789", "account_holder_name", i < 8 ? "Eva Diaz" : "Juan Soto"));
      signIns.add(row("event_id", "E" + i, "event_time", "2026-11-0" + i + "T09:00:00Z", "worker_id",
          i < 8 ? "R1" : "R2", "event_type", "login", "result", "success", "source_ip", "73.22.1.9"));
    }
    signIns.add(row("event_id", "E9", "event_time", "2026-11-09T09:00:00Z", "worker_id", "R2", "event_type",
        "login", "result", "success", "source_ip", "73.22.1.9"));
    Dataset<Row> payments = normalize.payments(frame(InputFrames.PAYROLL_PAYMENTS, pay.toArray(Map[]::new)));
    Dataset<Row> auth = normalize.authEvents(frame(InputFrames.AUTH_EVENTS, signIns.toArray(Map[]::new)))
        .withColumn("ip_is_private", lit(null).cast(DataTypes.BooleanType))
        .withColumn("ip_shared_egress", lit(null).cast(DataTypes.StringType));
    Dataset<Row> endpoint = normalize.endpointEvents(frame(InputFrames.ENDPOINT_EVENTS))
        .withColumn("ip_is_private", lit(null).cast(DataTypes.BooleanType))
        .withColumn("ip_shared_egress", lit(null).cast(DataTypes.StringType));
    Linked out = LinkStage.decide(LinkSettings.from(settings), io.ringwatch.testing.TestKeys.KEY, workers, payments,
        devices, EventSummaries.signInDayNetwork(EnrichStage.AUTH_EVENTS.withAbsentAsNull(auth)),
        EventSummaries.endpointDayDevice(EnrichStage.ENDPOINT_EVENTS.withAbsentAsNull(endpoint)), null).linked();
    columns = Arrays.asList(out.published().columns());
    evidence = new HashMap<>();
    for (Row r : out.evidence().collectAsList()) {
      evidence.computeIfAbsent(r.getAs("worker_id") + "/" + r.getAs("kind"), k -> new java.util.TreeSet<>())
          .add(r.getAs("dataset") + ":" + r.getAs("record_id"));
    }
    links = new HashMap<>();
    for (Row r : out.links().collectAsList()) {
      links.put(r.getAs("worker_id") + "/" + r.getAs("kind"), r);
    }
  }

  private static void ignored(String reason, String kind, String... workers) {
    for (String w : workers) {
      Row r = links.get(w + "/" + kind);
      assertEquals(reason, r.getAs("ignored_reason"), w + " " + kind);
      assertEquals(0.0, (double) r.getAs("weight"), w + " " + kind);
      assertEquals(2L, (long) r.getAs("holders"), w + " " + kind);
    }
  }

  @Test
  void columnsAreTheContractsAndNoMore() {
    assertEquals(List.of("worker_id", "kind", "value_hash", "value_id", "value_masked", "source", "weight",
        "ignored_reason", "holders", "record_ids"), columns);
  }

  /** identity_links shows five record ids; link_evidence holds every row behind a link that counts. */
  @Test
  void everyRowBehindALinkThatCountsIsEvidenceAndNoIgnoredOneIs() {
    Row account = links.get("R1/bank_account");
    assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), account.getList(account.fieldIndex("record_ids")));
    assertEquals(new java.util.TreeSet<>(List.of("payroll_payments:P1", "payroll_payments:P2",
        "payroll_payments:P3", "payroll_payments:P4", "payroll_payments:P5", "payroll_payments:P6",
        "payroll_payments:P7")), evidence.get("R1/bank_account"));
    assertEquals(java.util.Set.of("payroll_payments:P8"), evidence.get("R2/bank_account"));
    assertEquals(7, evidence.get("R1/ip").size(), "every sign-in through the shared address: "
        + evidence.get("R1/ip"));
    assertTrue(evidence.get("R1/ip").stream().allMatch(e -> e.startsWith("auth_events:E")));
    assertEquals(java.util.Set.of("auth_events:E8", "auth_events:E9"), evidence.get("R2/ip"));
    assertEquals(java.util.Set.of("hr_workers:R1"), evidence.get("R1/phone"));
    assertNull(evidence.get("M1/phone"), "an ignored value (a placeholder) ties no one: no evidence rows");
  }

  @Test
  void foreignNotationPlaceholderPhonesTieNoOne() {
    ignored("placeholder value: one digit repeated", "phone", "M1", "M2");
    ignored("placeholder value: descending digits", "phone", "I1", "I2");
  }

  @Test
  void aRealSharedPhoneStillLinks() {
    for (String w : List.of("R1", "R2")) {
      Row r = links.get(w + "/phone");
      assertNull(r.getAs("ignored_reason"));
      assertTrue((double) r.getAs("weight") > 0);
    }
  }

  @Test
  void junkIdsEmailsAndAddressesTieNoOne() {
    ignored("unverifiable national id: CURP check digit fails", "national_id", "M1", "M2");
    ignored("no mailbox: local part 'noreply'", "email", "M1", "M2");
    ignored("placeholder value: 'remote'", "address", "I1", "I2");
    ignored("a company office", "ship_address", "M1", "M2");
  }

  @Test
  void theListsOfLinkConfStillCatchWhatNoRuleDoes() {
    ignored("placeholder value", "github", "I1", "I2");
  }
}
