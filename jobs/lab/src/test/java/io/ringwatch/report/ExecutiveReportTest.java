package io.ringwatch.report;

import io.ringwatch.testing.EndToEnd;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.cli.Main;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.testing.PublishedNights;
import io.ringwatch.testing.SharedSpark;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On the shared published nights ({@link PublishedNights}: the earlier night without one planted
 * ring, so the later night has something new), renders the report of the later night, and reads the PDF back: the
 * headline figures must equal those computed here directly
 * from the tables and the inputs, and no clear identifier of the inputs may appear in the HTML
 * or the PDF. Page 1 is rendered to target/report-page1.png for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EndToEnd
class ExecutiveReportTest {
  static final LocalDate EARLIER = PublishedNights.PREVIOUS_DATE;
  static final LocalDate LATER = PublishedNights.RUN_DATE;
  SparkSession spark;
  Path company;
  String output;
  ExecutiveReport.Written written;
  String html;
  String pdfText;
  String pageOneText;
  int pages;

  @BeforeAll
  void reportOfTheSharedNights() throws Exception {
    company = PublishedNights.input();
    output = PublishedNights.output();
    spark = SharedSpark.get();
    Settings settings = SettingsLoader.load(null);
    ScoreSettings score = ScoreSettings.from(settings);
    written = ExecutiveReport.write(spark, ReportSettings.from(settings), output, LATER,
        new double[] {score.medium(), score.high(), score.critical()});
    html = Files.readString(Path.of(written.html()));
    try (PDDocument pdf = Loader.loadPDF(Path.of(written.pdf()).toFile())) {
      pages = pdf.getNumberOfPages();
      PDFTextStripper all = new PDFTextStripper();
      all.setSortByPosition(true);
      pdfText = oneLine(all.getText(pdf));
      PDFTextStripper first = new PDFTextStripper();
      first.setSortByPosition(true);
      first.setEndPage(1);
      pageOneText = oneLine(first.getText(pdf));
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", SharedSpark.repoRoot().resolve("jobs/lab/target/report-page1.png").toFile());
    }
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  Dataset<Row> table(String name, LocalDate date) {
    return spark.read().format("delta").load(output + "/" + name).filter(col("run_date").equalTo(Date.valueOf(date)));
  }

  Set<String> strings(Dataset<Row> df) {
    Set<String> s = new HashSet<>();
    df.collectAsList().forEach(r -> s.add(r.getString(0)));
    return s;
  }

  @Test
  void headlineFiguresEqualThoseOfTheTables() {
    long screened = table("worker_risk", LATER).count();
    long flagged = table("worker_risk", LATER).filter(col("risk_band").isin("high", "critical")).count();
    long flaggedClusters = table("clusters", LATER).filter(col("risk_band").isin("high", "critical")).count();
    assertTrue(flagged > 0, "the generated rings are flagged");
    assertTrue(pageOneText.contains(String.format(Locale.US, "screened %,d workers", screened)), pageOneText);
    assertTrue(pageOneText.contains(String.format(Locale.US, "%,d are at high or critical risk", flagged)), pageOneText);
    assertTrue(pageOneText.contains(flaggedClusters == 1 ? "and so is 1 cluster"
        : String.format(Locale.US, "and so are %,d clusters", flaggedClusters)), pageOneText);

    // New since the last run: cluster ids that did not exist, clusters that gained members, and
    // workers flagged now but not then.
    Set<String> before = strings(table("cluster_members", EARLIER).select("cluster_id"));
    Set<String> now = strings(table("cluster_members", LATER).select("cluster_id"));
    now.removeAll(before);
    Set<String> membershipsBefore = strings(table("cluster_members", EARLIER)
        .selectExpr("concat(cluster_id, '/', worker_id)"));
    Set<String> grown = new HashSet<>();
    table("cluster_members", LATER).select("cluster_id", "worker_id").collectAsList().forEach(r -> {
      if (before.contains(r.getString(0)) && !membershipsBefore.contains(r.getString(0) + "/" + r.getString(1))) {
        grown.add(r.getString(0));
      }
    });
    assertTrue(now.size() + grown.size() >= 1, "the ring left out of the earlier night shows as new or grown");
    assertEquals(grown.size(), written.data().grownClusters());
    Set<String> flaggedBefore = strings(table("worker_risk", EARLIER).filter(col("risk_band").isin("high", "critical"))
        .select("worker_id"));
    Set<String> flaggedNow = strings(table("worker_risk", LATER).filter(col("risk_band").isin("high", "critical"))
        .select("worker_id"));
    flaggedNow.removeAll(flaggedBefore);
    assertTrue(pageOneText.contains(String.format(Locale.US, "Since 19 November 2026: %,d new cluster", now.size())),
        pageOneText);
    assertTrue(pageOneText.contains(String.format(Locale.US, "and %,d newly flagged worker", flaggedNow.size())),
        pageOneText);
    assertEquals(now.size(), written.data().newClusters());

    // The trend covers both nights; the earlier night screened fewer workers.
    assertEquals(List.of(EARLIER, LATER), written.data().trend().stream().map(ReportData.TrendPoint::runDate).toList());
    assertTrue(written.data().trend().get(0).workersScreened() < screened);
  }

  @Test
  void payrollToFlaggedWorkersEqualsThePaymentsOfTheInputs() {
    // Computed from the input CSV, not from paid_12m: pay dates in (run date - 12 months, run date].
    // The input holds planted broken rows; those the night rejected are not payroll paid.
    Dataset<Row> rejected = table("rejected_records", LATER).filter(col("dataset").equalTo("payroll_payments"))
        .select(org.apache.spark.sql.functions.get_json_object(col("record"), "$.payment_id").as("rejected_id"))
        .filter(col("rejected_id").isNotNull());
    Dataset<Row> payments = spark.read().option("header", "true").csv(company.resolve("payroll_payments").toString())
        .join(rejected, org.apache.spark.sql.functions.trim(col("payment_id")).equalTo(col("rejected_id")), "left_anti")
        .withColumn("amount", org.apache.spark.sql.functions.regexp_replace(col("amount"), ",", ""))
        .withColumn("pay_date", col("pay_date").cast(DataTypes.DateType))
        .filter(col("pay_date").gt(lit(Date.valueOf(LATER.minusMonths(12)))).and(col("pay_date").leq(lit(Date.valueOf(LATER)))));
    Dataset<Row> flagged = table("worker_risk", LATER).filter(col("risk_band").isin("high", "critical")).select("worker_id");
    List<Row> perCurrency = payments.join(flagged, "worker_id")
        .groupBy(upper(col("currency")).as("currency"))
        .agg(sum(col("amount").cast(DataTypes.createDecimalType(18, 2)))).collectAsList();
    assertFalse(perCurrency.isEmpty());
    for (Row r : perCurrency) {
      BigDecimal amount = r.getDecimal(1);
      assertEquals(0, amount.compareTo(written.data().paidToFlagged().get(r.getString(0))), r.toString());
      String whole = String.format(Locale.US, "%,d", amount.setScale(0, RoundingMode.HALF_UP).longValue());
      assertTrue(pageOneText.contains(whole), "page 1 states " + whole + " " + r.getString(0) + ": " + pageOneText);
    }
  }

  @Test
  void noClearSensitiveValueAppears() throws Exception {
    List<String> sensitive = new ArrayList<>();
    Dataset<Row> workers = spark.read().option("header", "true").csv(company.resolve("hr_workers").toString());
    Dataset<Row> payments = spark.read().option("header", "true").csv(company.resolve("payroll_payments").toString());
    for (Row r : workers.select("national_id", "phone").union(payments.select("bank_account_number", "wallet_address"))
        .union(payments.select("iban", "payee_platform_account")).distinct().collectAsList()) {
      for (int i = 0; i < 2; i++) {
        String v = r.getString(i);
        if (v != null && v.replaceAll("[^0-9A-Za-z]", "").length() >= 7) {
          sensitive.add(v.trim());
          if (v.replaceAll("\\D", "").length() >= 7) {
            sensitive.add(v.replaceAll("\\D", ""));
          }
        }
      }
    }
    assertTrue(sensitive.size() > 300, "the inputs hold identifiers to look for");
    String htmlText = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "");
    for (String v : sensitive) {
      assertFalse(htmlText.contains(v), "clear value in the HTML: " + v);
      assertFalse(pdfText.contains(v), "clear value in the PDF: " + v);
    }
    // The masked forms are there instead, so masking (not omission) is what keeps them out.
    assertTrue(pdfText.matches(".*\\*\\*\\*[0-9A-Za-z]{2,4}.*"), "masked values are shown");
  }

  @Test
  void pageOneIsTheExecutiveSummaryAndTheDetailFollows() {
    assertTrue(pages >= 2, "detail pages follow the summary");
    assertTrue(pageOneText.contains("How ringwatch decides"), pageOneText);
    assertTrue(pageOneText.contains("masked in this report."), "the whole summary fits on page 1: " + pageOneText);
    assertTrue(pageOneText.contains("Trend over the last 2 runs"), pageOneText);
    ReportData.ClusterView top = written.data().riskyClusters().stream()
        .sorted(ReportData.ClusterView.STRONGEST_FIRST).findFirst().orElseThrow();
    assertTrue(pageOneText.contains(top.clusterId()), "the strongest cluster is on page 1");
    Row strongest = table("clusters", LATER).orderBy(col("risk_score").desc(), col("size").desc()).first();
    assertEquals(strongest.<Double>getAs("risk_score"), top.score());
    assertEquals(strongest.<Integer>getAs("size"), top.size());
    // Every high and critical cluster is described (the shared nights hold fewer than top-clusters).
    for (Row c : table("clusters", LATER).filter(col("risk_band").isin("high", "critical")).collectAsList()) {
      assertTrue(pdfText.contains("Cluster " + c.<String>getAs("cluster_id")), c.<String>getAs("cluster_id"));
    }
    assertTrue(html.contains("data:image/png;base64,"), "pictures are inlined");
    assertTrue(Files.isRegularFile(Path.of(output, "report", LATER.toString(), "report.pdf")));
  }

  @Test
  void theCommandReportsAndRefusesAnUnpublishedDateInOneLine() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("report", "--output", output, "--run-date", "2026-01-01");
    } finally {
      System.setErr(err);
    }
    assertEquals(3, status, "no published run is a missing input (cli.md exit status)");
    String message = captured.toString(StandardCharsets.UTF_8).trim();
    assertTrue(message.startsWith("ringwatch: no published run for 2026-01-01"), message);
    assertEquals(1, message.lines().count(), message);
    assertNotNull(written.data().finishedAt());
  }
}
