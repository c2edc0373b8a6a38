package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The report's page from its templates, on small hand-made data (no Spark). */
class ReportHtmlTest {
  static final ReportSettings SETTINGS = ReportSettings.from(SettingsLoader.load(null));

  @Test
  void hostileTextFromTheTablesIsEscapedWherePeopleReadIt() {
    String script = "<script>alert('x')</script>";
    String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    ReportData.ClusterView c = new ReportData.ClusterView("CL-" + script, 2, 91.0, "critical",
        List.of("2 workers share vendor " + script + " " + formula, "+cmd|' /C calc'!A0 -2+3 @SUM(1+1)"),
        List.of(new ReportData.SharedValue("vendor_name", script, List.of("W1<b>", "W2"))),
        List.of(new ReportData.Member("W1<img src=x onerror=alert(1)>", 91.0, "critical", "name " + script),
            new ReportData.Member("W2", 80.0, "high", formula)),
        true, 2, Map.of("USD", new BigDecimal("1000")));
    ReportData d = new ReportData(LocalDate.of(2026, 11, 20), "run-" + script, Instant.EPOCH,
        "v<i>", null, 10, Map.of("critical", 1L, "high", 1L, "medium", 0L, "low", 8L), 1,
        Map.of("critical", 1L, "high", 0L, "medium", 0L, "low", 0L), 1, 1, 0, 2, Map.of("USD", new BigDecimal("1000")),
        1, 1, List.of(new ReportData.TrendPoint(LocalDate.of(2026, 11, 20), 10, 1, 1, 1)),
        List.of(c), List.of(new ReportData.SignalCount("s", "title " + script, "desc " + script, 1)),
        List.of(new ReportData.DatasetRows("hr_workers" + script, 10, 10, 0)), null,
        new ReportData.KeyNote("id" + script, "old" + script));
    String html = ReportHtml.render(d, SETTINGS);
    assertFalse(html.contains("<script"), "no script element comes from the data");
    assertFalse(html.contains("<img src=x"), "no element comes from the data");
    assertFalse(html.contains("W1<b>"));
    assertTrue(html.contains("&lt;script&gt;"), "the text is shown, escaped");
    assertTrue(html.contains("<b>The key changed on this night</b> (from old"), "a key rotation is said, and why"
        + " nothing needed re-keying");
    parse(html);
  }

  /**
   * A small night rendered from the templates: hostile names and reasons are shown as text, never
   * as markup; control characters a table might hold are dropped; the page is well-formed XML
   * (openhtmltopdf needs it) and prints to a PDF that says the same.
   */
  @Test
  void aSmallNightRendersAsEscapedWellFormedXhtmlAndPrints() throws Exception {
    String hostile = "<script>alert(1)</script>";
    String company = "O'Brien & \"Co\"";
    ReportData.ClusterView ring = new ReportData.ClusterView("CL-7", 3, 88.5, "critical",
        List.of("3 workers paid into one account at " + company, "vendor " + hostile + " on the\u0001 list"),
        List.of(new ReportData.SharedValue("bank_account", "***4821", List.of("W1", "W2", "W3"))),
        List.of(new ReportData.Member("W1", 88.5, "critical", "paid by " + company + ", national id 123-45-6789"),
            new ReportData.Member("W2", 71.0, "high", hostile),
            new ReportData.Member("W3", 40.0, "medium", null)),
        false, 1, Map.of("USD", new BigDecimal("412339.50"), "EUR", new BigDecimal("12300")));
    ReportData d = new ReportData(LocalDate.of(2026, 11, 20), "run-1", Instant.parse("2026-11-20T23:05:00Z"),
        "1.2.3", LocalDate.of(2026, 11, 19), 2000, Map.of("critical", 1L, "high", 1L, "medium", 1L, "low", 1997L), 40,
        Map.of("critical", 1L, "high", 0L, "medium", 2L, "low", 37L), 1, 0, 1, 1,
        Map.of("USD", new BigDecimal("412339.50"), "EUR", new BigDecimal("12300")), 2, 1,
        List.of(new ReportData.TrendPoint(LocalDate.of(2026, 11, 19), 1990, 1, 0, 1),
            new ReportData.TrendPoint(LocalDate.of(2026, 11, 20), 2000, 1, 1, 1)),
        List.of(ring), List.of(new ReportData.SignalCount("shared_bank", "Shared bank account", company, 2)),
        List.of(new ReportData.DatasetRows("hr_workers", 2003, 2000, 3)), new double[] {40, 60, 80},
        new ReportData.KeyNote("k1", null));
    String html = ReportHtml.render(d, SETTINGS);

    assertFalse(html.contains("<script"), "no script element comes from the data");
    assertTrue(html.contains("vendor &lt;script&gt;alert(1)&lt;/script&gt; on the list"), "shown as text, the control"
        + " character dropped: " + html);
    assertTrue(html.contains("O&#39;Brien &amp; &quot;Co&quot;"), "quotes and ampersands escaped");
    assertFalse(html.contains("O'Brien & \"Co\""));
    assertFalse(html.contains("123-45-6789"), "identifiers in free text are masked");
    assertTrue(html.contains("national id ***-**-6789"), html);

    Document doc = parse(html);
    String text = doc.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    assertTrue(text.contains("3 workers paid into one account at O'Brien & \"Co\""), "the reader sees the name: " + text);
    assertTrue(text.contains("Tonight ringwatch screened 2,000 workers. 2 are at high or critical risk (0.1%), and so is"
        + " 1 cluster of workers who share bank accounts, laptops or identities. Payroll paid them $412,340 + €12,300 in"
        + " the last 12 months. Since 19 November 2026: 1 new cluster and 1 newly flagged worker."), text);
    assertTrue(text.contains("Paid to them in 12 months$412kand €12,300"), "headline money: the largest currency, the"
        + " rest beside it: " + text);
    assertTrue(text.contains("(critical from 80, high from 60, medium from 40)"), text);
    assertTrue(text.contains("Cluster CL-7 · critical, score 88.5"), text);
    assertTrue(text.contains("+1 members 3 workers · payroll of the last 12 months: $412,340 + €12,300"), text);
    assertTrue(text.contains("finished 20 November 2026 23:05 UTC, code version 1.2.3."), text);
    assertTrue(text.contains("(pseudonym key k1).") && !text.contains("The key changed"), text);
    assertEquals(1, doc.getElementsByTagName("title").getLength());
    assertTrue(doc.getElementsByTagName("style").item(0).getTextContent().contains("run of 20 November 2026"),
        "the style sheet is inlined, with the run date in the page footer");

    try (PDDocument pdf = Loader.loadPDF(ExecutiveReport.pdf(html))) {
      assertTrue(pdf.getNumberOfPages() >= 2, "summary and detail");
      String pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(pdfText.contains("O'Brien & \"Co\""), pdfText);
      assertTrue(pdfText.contains("<script>alert(1)</script>"), "shown as text in the PDF too");
      assertTrue(pdfText.contains("run of 20 November 2026"), "the footer carries the run date");
    }
  }

  @Test
  void aFirstRunWithNothingFlaggedSaysSo() {
    ReportData d = new ReportData(LocalDate.of(2026, 11, 20), "run-1", null, "1.2.3", null, 50,
        Map.of("critical", 0L, "high", 0L, "medium", 0L, "low", 50L), 0,
        Map.of("critical", 0L, "high", 0L, "medium", 0L, "low", 0L), 0, 0, 0, 0, null, 0, 0,
        List.of(new ReportData.TrendPoint(LocalDate.of(2026, 11, 20), 50, 0, 0, 0)), List.of(), List.of(),
        new ArrayList<>(), null, null);
    String html = ReportHtml.render(d, SETTINGS);
    String text = text(html);
    assertTrue(text.contains("Tonight ringwatch screened 50 workers. None is at high or critical risk. "), text);
    assertTrue(text.contains("first run"), text);
    assertTrue(text.contains("New since the last run—first run: nothing to compare with"), text);
    assertTrue(text.contains("n/anot recorded by the tables of this run"), text);
    assertFalse(text.contains("Trend"), "one night is no trend: " + text);
    assertFalse(html.contains("alt=\"Workers in the critical and high bands per run\""), "no one-bar chart");
    assertTrue(text.contains("First run This is the first run ringwatch has published, so there is no trend yet:"
        + " tonight 0 workers are critical and 0 high."), text);
    assertTrue(text.contains("No cluster is at high or critical risk tonight."), text);
    assertTrue(text.contains("No worker is at high or critical risk tonight."), text);
    assertTrue(text.contains("a score from 0 to 100. Workers tied"), "no bands, no thresholds: " + text);
  }

  /** Many clusters score 100: the report separates them by what they hold, and says so. */
  @Test
  void clustersTiedAtTheSameScoreGoByWorkersThenPayroll() {
    // SampleNight lists the three clusters at 100 as 6 workers/$728k, 6/$827k, 9/$870k.
    String text = text(ReportHtml.render(SampleNight.night(SETTINGS), SETTINGS));
    int nine = text.indexOf("C-E7CCDAC82E · critical 100");
    int sixMore = text.indexOf("C-A2AE017485 · critical 100");
    int sixLess = text.indexOf("C-67BE740682 · critical 100");
    assertTrue(nine >= 0 && nine < sixMore && sixMore < sixLess, "cards by workers, then payroll: " + text);
    assertTrue(text.contains("C-E7CCDAC82E · critical 100 new 9 workers · paid $870,316"), text);
    assertTrue(text.contains("C-A2AE017485 · critical 100 +2 members 6 workers · paid $827,505"), text);
    assertTrue(text.contains("Clusters to review first strongest first; at the same score, more workers, then more"
        + " pay;"), text);
    assertTrue(text.contains("In order, strongest first; at the same score, more workers, then more pay."), text);
    assertTrue(text.indexOf("1. Cluster C-E7CCDAC82E") < text.indexOf("2. Cluster C-A2AE017485")
        && text.indexOf("2. Cluster C-A2AE017485") < text.indexOf("3. Cluster C-67BE740682"), "detail too: " + text);
  }

  /** Every high and critical cluster is described; past top-clusters the page says how many more and where. */
  @Test
  void everyRiskyClusterIsDescribedOrCounted() {
    ReportData night = SampleNight.night(SETTINGS);
    String text = text(ReportHtml.render(night, SETTINGS));
    assertTrue(text.contains("The 9 high and critical clusters"), text);
    assertTrue(text.contains("all 9 described from page 2"), text);
    for (ReportData.ClusterView c : night.riskyClusters()) {
      assertEquals(ReportHtml.flagged(c.band()), text.contains("Cluster " + c.clusterId()), c.clusterId());
    }
    ReportSettings five = new ReportSettings(5, 3, 12, 16, 10, SETTINGS.signals());
    String cut = text(ReportHtml.render(night, five));
    assertTrue(cut.contains("The 5 strongest of the 9 high and critical clusters"), cut);
    assertTrue(cut.contains("And 4 more high or critical clusters, left out to keep the report short: the clusters"
        + " table of this run date lists every one"), cut);
    assertTrue(cut.contains("5 described from page 2, 4 more in the clusters table"), cut);
  }

  static String text(String html) {
    return parse(html).getDocumentElement().getTextContent().replaceAll("\\s+", " ");
  }

  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      // The page declares <!DOCTYPE html> without a DTD: nothing to load.
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
