package io.ringwatch.screen;

import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.testing.SharedSpark;
import java.sql.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.ringwatch.reference.sanctions.OfacFixture;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.reference.sanctions.SanctionsLoader;

@SparkTest
class ScreenStageTest {
  static List<Row> hits;

  @BeforeAll
  static void run() throws Exception {
    SparkSession spark = SharedSpark.get();
    Settings settings = Settings.from(ConfigFactory.parseString(
        "ringwatch.screen.extra-sdn-files = [\"sdn_extra.csv\"]").withFallback(SettingsLoader.loadConfig(null)).resolve());
    StructType w = new StructType().add("worker_id", "string").add("full_name", "string").add("name_norm", "string")
        .add("date_of_birth", DataTypes.DateType).add("personal_email_norm", "string").add("phone_e164", "string")
        .add("github_norm", "string").add("vendor_name", "string").add("employment_type", "string");
    Dataset<Row> workers = spark.createDataFrame(List.of(
        RowFactory.create("W1", "Kum Hyok Song", "x", Date.valueOf("1987-08-30"), null, null, null, null, "employee"),
        RowFactory.create("W2", "Jane Doe", "x", null, "wangge327@yahoo.com", "+8613314257947", "wangge327", null, "employee"),
        RowFactory.create("W3", "Geum-Hyeok Song", "x", Date.valueOf("1990-01-01"), null, null, null, null, "employee"),
        RowFactory.create("W4", "Jennifer Park", "x", null, "jen@example.com", null, null,
            "Silverstar Network Technology Co Ltd", "contractor"),
        RowFactory.create("W5", "Aram Petrosyan", "x", null, null, null, null, "Asatryan, L.L.C.", "contractor"),
        RowFactory.create("W6", "Mary Lee", "x", null, null, null, null, null, "employee"),
        RowFactory.create("W7", "Tom Hara", "x", null, null, null, null, null, "employee")), w);
    StructType p = new StructType().add("worker_id", "string").add("payment_id", "string")
        .add("account_holder_name", "string").add("holder_name_norm", "string").add("payee_platform_norm", "string")
        .add("wallet_norm", "string");
    Dataset<Row> payments = spark.createDataFrame(List.of(
        RowFactory.create("W4", "P-1", "Jennifer Park", "x", null, "0xabcdef0123456789abcdef0123456789abcdef01"),
        RowFactory.create("W4", "P-2", "Jennifer Park", "x", null, "0xabcdef0123456789abcdef0123456789abcdef01"),
        RowFactory.create("W5", "P-3", "Aram Petrosyan", "x", "info@asatryan.am", "1a1zp1ep5qgefi2dmptftl5slmv7divfna"),
        RowFactory.create("W5", "P-4", "SONG KUMHYOK", "x", null, null),
        // a payee whose name only resembles the listed company's
        RowFactory.create("W6", "P-5", "Silverstar Netwerk Technology", "x", null, null),
        // a payee spelled exactly as a weak AKA of a listed company (sdn.csv remarks: a.k.a. 'O'HARA TRADING')
        RowFactory.create("W7", "P-6", "O'Hara Trading", "x", null, null)), p);
    StructType a = new StructType().add("worker_id", "string").add("event_id", "string").add("ip_norm", "string")
        .add("ip_dprk_range", "string").add("ip_dprk_confidence", "string");
    Dataset<Row> auth = spark.createDataFrame(List.of(
        RowFactory.create("W5", "E-1", "175.45.176.9", "175.45.176.0/22", "high"),
        RowFactory.create("W5", "E-2", "175.45.177.1", "175.45.176.0/22", "high"),
        RowFactory.create("W5", "E-3", "175.45.178.1", "175.45.176.0/22", "high"),
        RowFactory.create("W1", "E-4", "8.8.8.8", null, null)), a);
    ScreenSettings screenSettings = ScreenSettings.from(settings);
    SanctionsList list = SanctionsLoader.load(screenSettings.sanctionsFiles(), OfacFixture.dir().toString(), null,
        spark.sparkContext().hadoopConfiguration());
    Dataset<Row> out = ScreenStage.run(spark, screenSettings, workers, payments,
        EventSummaries.signInDayNetwork(EnrichStage.AUTH_EVENTS.withAbsentAsNull(auth)), list).hits();
    hits = out.collectAsList();
    hits.forEach(r -> System.out.println(r.getAs("worker_id") + " " + r.getAs("matched_on") + " "
        + r.getAs("score") + " " + r.getAs("evidence")));
    assertEquals(ScreenStage.SCHEMA, out.schema());
  }

  static List<Row> of(String worker, String field) {
    return hits.stream().filter(r -> r.getAs("worker_id").equals(worker) && r.getAs("field").equals(field))
        .collect(Collectors.toList());
  }

  @Test
  void nameWithAgreeingDobIsCorroborated() {
    List<Row> h = of("W1", "full_name");
    assertEquals(1, h.size());
    assertEquals("OFAC-SDN:100", h.get(0).getAs("entry_uid"));
    assertEquals(1.0, (double) h.get(0).getAs("score"), 1e-9);
    assertTrue((boolean) h.get(0).getAs("corroborated"));
    assertTrue(((String) h.get(0).getAs("evidence")).contains("agrees"));
    assertTrue((boolean) h.get(0).getAs("dprk_related"), "DPRK3 program in the extra file");
  }

  @Test
  void whatCountsOnItsOwnIsMarkedCriticalWithTheReason() {
    Row name = of("W1", "full_name").get(0);
    assertTrue((boolean) name.getAs("critical"), "name + DOB to the day");
    assertTrue(((String) name.getAs("evidence")).endsWith("critical on its own: name and date of birth agree"));
    Row payee = of("W5", "account_holder_name").get(0);
    assertFalse((boolean) payee.getAs("critical"), "a payee name alone (no DOB) is never critical");
    assertTrue(((String) payee.getAs("evidence")).contains("not critical on its own: name only"));
    Row vendor = of("W4", "vendor_name").get(0);
    assertTrue((boolean) vendor.getAs("critical"), "the vendor is a listed entity");
    assertTrue(((String) vendor.getAs("evidence")).contains("critical on its own: the vendor is a listed entity"));
    Row wallet = of("W4", "wallet_norm").get(0);
    assertTrue((boolean) wallet.getAs("critical"));
    assertTrue(((String) wallet.getAs("evidence")).endsWith("critical on its own: exact identifier match"));
    assertFalse((boolean) of("W2", "github_norm").get(0).getAs("critical"), "handle = e-mail local part: a hint");
    assertTrue((boolean) of("W5", "ip_norm").get(0).getAs("critical"));
  }

  @Test
  void aNameThatOnlyResemblesAListedEntityIsShownButNotCritical() {
    List<Row> h = of("W6", "account_holder_name");
    assertEquals(1, h.size(), "reported: " + h);
    double score = h.get(0).getAs("score");
    ScreenSettings s = ScreenSettings.from(SettingsLoader.load(null));
    assertTrue(score >= s.entityThreshold() && score < s.entityCriticalScore(), "score " + score);
    assertFalse((boolean) h.get(0).getAs("critical"));
    assertTrue(((String) h.get(0).getAs("evidence")).endsWith(
        "not critical on its own: the name resembles a listed entity's without equalling it, counts only with corroboration"));
  }

  @Test
  void aWeakAkaIsShownButNeverMakesAPayeeAListedEntity() {
    List<Row> h = of("W7", "account_holder_name");
    assertFalse(h.isEmpty(), "the weak AKA is still screened and shown");
    for (Row r : h) {
      assertTrue(((String) r.getAs("evidence")).contains("weak aka"), r.toString());
      assertTrue(((String) r.getAs("evidence")).endsWith("not critical on its own: a weak AKA is too broad to stand alone, "
          + "counts only with corroboration"), r.toString());
      assertFalse((boolean) r.getAs("critical"), "a weak AKA is too broad to stand alone: " + r);
    }
  }

  @Test
  void contradictingDobDropsTheHitBelowThreshold() {
    assertTrue(of("W3", "full_name").isEmpty());
  }

  @Test
  void identifiersMatchExactlyAndAreMasked() {
    Row email = of("W2", "personal_email_norm").stream().filter(r -> r.getAs("matched_on").equals("email")).findFirst().orElseThrow();
    assertEquals("w***@yahoo.com", email.getAs("value_masked"));
    assertTrue((boolean) email.getAs("corroborated"));
    assertEquals(1, of("W2", "phone_e164").size());
    assertEquals("***7947", of("W2", "phone_e164").get(0).getAs("value_masked"));
    Row handle = of("W2", "github_norm").get(0);
    assertEquals(0.85, (double) handle.getAs("score"), 1e-9);
    assertFalse((boolean) handle.getAs("corroborated"));
    Row wallet = of("W4", "wallet_norm").get(0);
    assertEquals("OFAC-SDN:102", wallet.getAs("entry_uid"));
    assertEquals("***ef01", wallet.getAs("value_masked"));
    String ev = wallet.getAs("evidence");
    assertTrue(ev.contains("P-1") && ev.contains("(2 rows)") && ev.contains("Digital Currency Address - ETH"), ev);
    assertFalse(ev.toLowerCase().contains("0xabcdef0123"), "wallet in clear: " + ev);
    assertTrue(of("W5", "wallet_norm").isEmpty(), "non-EVM wallets are case-sensitive");
    assertEquals("OFAC-SDN:200", of("W5", "payee_platform_norm").get(0).getAs("entry_uid"));
  }

  @Test
  void vendorsAndPayeesAgainstEntitiesAndIndividuals() {
    assertEquals("OFAC-SDN:101", of("W4", "vendor_name").get(0).getAs("entry_uid"));
    assertEquals("OFAC-SDN:200", of("W5", "vendor_name").get(0).getAs("entry_uid"));
    assertEquals("OFAC-SDN:100", of("W5", "account_holder_name").get(0).getAs("entry_uid"));
    assertTrue(of("W4", "account_holder_name").isEmpty());
    assertTrue(of("W4", "full_name").isEmpty());
  }

  @Test
  void dprkSignInsOneHitPerWorkerAndRange() {
    List<Row> ip = of("W5", "ip_norm");
    assertEquals(1, ip.size());
    assertEquals("DPRK-ADDRESS-SPACE", ip.get(0).getAs("list"));
    assertTrue(((String) ip.get(0).getAs("evidence")).contains("3 sign-ins"));
    assertTrue(of("W1", "ip_norm").isEmpty());
  }
}
