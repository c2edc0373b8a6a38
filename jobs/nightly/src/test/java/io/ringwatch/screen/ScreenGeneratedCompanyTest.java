package io.ringwatch.screen;

import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.ingest.IngestSettings;
import io.ringwatch.ingest.IngestStage;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.SignalCatalogue;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.reference.sanctions.SanctionsLoader;

/**
 * The generator's sanctions plants, screened: a company of 500 workers (the smallest that gets a
 * worker paid into an SDN-listed wallet) is generated, ingested and normalised, and screened
 * against the OFAC files the generator ships. The worker paid into the listed wallet and every
 * contractor supplied by the listed front company must get critical hits with their evidence.
 */
@SparkTest
class ScreenGeneratedCompanyTest {
  @TempDir
  static Path tmp;
  static List<Row> hits;
  static String walletWorker;
  static String wallet;
  static String vendor;
  static List<String> vendorWorkers;

  @BeforeAll
  static void generateAndScreen() throws Exception {
    SparkSession spark = SharedSpark.get();
    GeneratorOptions opt = GeneratorOptions.of(500, 11);
    CompanyGenerator.generate(opt, tmp);
    String manifest = Files.readString(tmp.resolve("truth").resolve("manifest.json"));
    walletWorker = json(manifest, "sanctioned_wallet_worker");
    wallet = json(manifest, "sanctioned_wallet");
    vendor = json(manifest, "sanctioned_vendor");
    assertNotNull(walletWorker, manifest);
    assertNotNull(vendor, manifest);

    Settings settings = Settings.from(SettingsLoader.loadConfig(null));
    IngestedInputs in = IngestStage.run(spark, IngestSettings.from(settings), tmp.toString(), opt.asOf());
    NormalizeStage normalize = new NormalizeStage(NormalizeSettings.from(settings));
    Dataset<Row> workers = normalize.workers(in.workers()).cache();
    Dataset<Row> payments = normalize.payments(in.payments());
    // enrich is not run here: no sign-in is tagged with DPRK address space
    Dataset<Row> auth = normalize.authEvents(in.authEvents())
        .withColumn("ip_dprk_range", lit(null).cast(DataTypes.StringType))
        .withColumn("ip_dprk_confidence", lit(null).cast(DataTypes.StringType));
    vendorWorkers = workers.filter(col("vendor_name").equalTo(vendor).and(col("employment_type").equalTo("contractor")))
        .select("worker_id").collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    ScreenSettings screenSettings = ScreenSettings.from(settings);
    SanctionsList list = SanctionsLoader.load(screenSettings.sanctionsFiles(), in.sanctionsLocation(), null,
        spark.sparkContext().hadoopConfiguration());
    ScreenStage.Screened screened = ScreenStage.run(spark, screenSettings, workers, payments,
        EventSummaries.signInDayNetwork(EnrichStage.AUTH_EVENTS.withAbsentAsNull(auth)), list);
    hits = screened.hits().collectAsList();
    hits.stream().filter(r -> (boolean) r.getAs("critical"))
        .forEach(r -> System.out.println("critical hit " + r.getAs("worker_id") + ": " + r.getAs("evidence")));
    assertFalse(screened.lists().isEmpty());
  }

  static String json(String text, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(text);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void theWorkerPaidIntoAListedWalletHasACriticalWalletHit() {
    List<Row> w = hits.stream().filter(r -> walletWorker.equals(r.getAs("worker_id"))
        && "wallet".equals(r.getAs("matched_on"))).toList();
    assertEquals(1, w.size(), "one wallet hit for " + walletWorker);
    Row h = w.get(0);
    assertTrue((boolean) h.getAs("critical"));
    assertTrue((boolean) h.getAs("dprk_related"));
    assertEquals("payroll_payments", h.getAs("source"));
    assertEquals("wallet_norm", h.getAs("field"));
    assertEquals(1.0, (double) h.getAs("score"), 1e-9);
    String ev = h.getAs("evidence");
    assertTrue(ev.contains("Digital Currency Address") && ev.contains("exact identifier match")
        && ev.endsWith("critical on its own: exact identifier match"), ev);
    assertFalse(ev.contains(wallet), "the wallet is masked in the evidence");
    assertTrue(((String) h.getAs("value_masked")).startsWith("***"));
  }

  @Test
  void everyContractorOfTheListedFrontCompanyHasACriticalVendorHit() {
    assertFalse(vendorWorkers.isEmpty(), "contractors supplied by " + vendor);
    for (String worker : vendorWorkers) {
      List<Row> v = hits.stream().filter(r -> worker.equals(r.getAs("worker_id")) && "vendor_name".equals(r.getAs("field"))
          && (boolean) r.getAs("critical")).toList();
      assertFalse(v.isEmpty(), worker + " supplied by " + vendor);
      Row h = v.get(0);
      assertTrue((boolean) h.getAs("dprk_related"));
      assertTrue(List.of("OFAC-SDN:24977", "OFAC-SDN:24978", "OFAC-SDN:43379").contains((String) h.getAs("entry_uid")),
          (String) h.getAs("entry_uid"));
      String ev = h.getAs("evidence");
      assertTrue(ev.contains("vendor_name '" + vendor + "'") && ev.contains("critical on its own: the vendor is a listed entity"), ev);
    }
  }

  @Test
  void criticalHitsAloneMakeACriticalWorkerAndNameOnlyHitsDoNot() {
    ScoreSettings score = ScoreSettings.from(Settings.from(SettingsLoader.loadConfig(null)));
    assertTrue(score.points(SignalCatalogue.SANCTIONS_IDENTIFIER) >= score.critical(),
        "a critical hit is worth a critical band on its own");
    assertTrue(score.points(SignalCatalogue.SANCTIONS_NAME) < score.medium(), "a name alone is not even medium");
    List<String> critical = hits.stream().filter(r -> (boolean) r.getAs("critical"))
        .map(r -> (String) r.getAs("worker_id")).distinct().sorted().collect(Collectors.toList());
    assertTrue(critical.contains(walletWorker) && critical.containsAll(vendorWorkers), critical.toString());
    assertTrue(hits.stream().filter(r -> "full_name".equals(r.getAs("field")) && !(boolean) r.getAs("corroborated"))
        .noneMatch(r -> (boolean) r.getAs("critical")), "a name without an agreeing DOB is never critical");
  }
}
