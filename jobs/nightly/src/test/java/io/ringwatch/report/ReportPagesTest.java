package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ringwatch.link.LinkSettings;
import io.ringwatch.score.SignalCatalogue;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printed report of a night like the sample company's ({@link SampleNight}), page by page:
 * every page is rendered to {@code target/report-pages/page-N.png} for a person to look at (kept
 * as a test artifact), and its text is read back and checked for what an executive must never
 * see: a setting's name, a word cut in half, a risky cluster left out.
 */
class ReportPagesTest {
  static final Path PAGES = SharedSpark.repoRoot().resolve("jobs/nightly/target/report-pages");
  /** A setting's name as a description might print it: {@code own-daytime-max-share}, {@code min-days}, {@code {share}}. */
  static final Pattern SETTING_NAME = Pattern.compile("\\b(min|max)-[a-z-]+|\\b[a-z]+-(share|hours|points|days"
      + "|countries|events|accounts|offsets|zones|pattern|methods|clusters|runs)\\b|\\{[a-z-]+}");
  /** The word an ellipsis follows. */
  static final Pattern BEFORE_ELLIPSIS = Pattern.compile("(\\S+)…");

  static ReportData night;
  static List<String> pages;
  /** The same night as the first one ringwatch published: no trend to show. */
  static List<String> firstNightPages;

  @BeforeAll
  static void printAndRenderEveryPage() throws Exception {
    night = SampleNight.night(ReportHtmlTest.SETTINGS);
    pages = print(ReportHtml.render(night, ReportHtmlTest.SETTINGS), PAGES);
    ReportData first = SampleNight.night(ReportHtmlTest.SETTINGS, SampleNight.threeNights().subList(2, 3));
    firstNightPages = print(ReportHtml.render(first, ReportHtmlTest.SETTINGS), PAGES.resolve("first-night"));
    every = new ArrayList<>(pages);
    every.addAll(firstNightPages);
  }

  /** Both nights' pages, the three-night one's first. */
  static List<String> every;

  /** Prints the page to PDF, writes each page's PNG under {@code dir}, returns each page's text on one line. */
  static List<String> print(String html, Path dir) throws Exception {
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".png")).toList()) {
        Files.delete(p);
      }
    }
    List<String> texts = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(ExecutiveReport.pdf(html))) {
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
        PDFTextStripper page = new PDFTextStripper();
        page.setSortByPosition(true);
        page.setStartPage(i + 1);
        page.setEndPage(i + 1);
        texts.add(page.getText(pdf).replaceAll("\\s+", " "));
      }
    }
    return texts;
  }

  @Test
  void everyPageIsRenderedForAPersonToLookAt() {
    assertTrue(pages.size() >= 3, "summary and detail: " + pages.size());
    for (int i = 1; i <= pages.size(); i++) {
      assertTrue(Files.isRegularFile(PAGES.resolve("page-" + i + ".png")), "page " + i);
    }
    assertTrue(pages.get(0).contains("How ringwatch decides") && pages.get(0).contains("masked in this report."),
        "the whole summary fits on page 1: " + pages.get(0));
  }

  @Test
  void aFirstNightShowsNoTrend() {
    assertTrue(pages.get(0).contains("Trend over the last 3 runs"), pages.get(0));
    String first = firstNightPages.get(0);
    assertFalse(first.contains("Trend") || first.contains("flagged workers"), "no chart of one bar: " + first);
    assertTrue(first.contains("First run") && first.contains("This is the first run ringwatch has published"), first);
    assertTrue(first.contains("How ringwatch decides") && first.contains("masked in this report."), first);
  }

  @Test
  void noPageNamesASetting() {
    for (int i = 0; i < every.size(); i++) {
      Matcher m = SETTING_NAME.matcher(every.get(i));
      if (m.find()) {
        fail(page(i) + " names a setting: " + context(every.get(i), m));
      }
    }
    String glossary = String.join(" ", pages);
    assertTrue(glossary.contains("At least 60% of the worker's sign-ins"), glossary);
  }

  @Test
  void noPageNamesASignalOrAValueKindByItsId() {
    List<String> ids = new ArrayList<>();
    SignalCatalogue.ALL.forEach(s -> ids.add(s.id()));
    LinkSettings.KINDS.stream().filter(k -> k.contains("_")).forEach(ids::add);
    for (int i = 0; i < every.size(); i++) {
      for (String id : ids) {
        assertFalse(every.get(i).contains(id), page(i) + " shows the id " + id + ": " + every.get(i));
      }
    }
  }

  @Test
  void textIsCutOnlyAfterAWholeWord() {
    List<String> sources = new ArrayList<>();
    for (ReportData.ClusterView c : night.riskyClusters()) {
      c.reasons().forEach(r -> sources.add(ReportFormat.masked(r)));
      c.members().forEach(m -> sources.add(ReportFormat.masked(m.topReason())));
    }
    int cuts = 0;
    for (int i = 0; i < every.size(); i++) {
      Matcher m = BEFORE_ELLIPSIS.matcher(every.get(i));
      while (m.find()) {
        String word = m.group(1);
        // A whole word of some text: followed by a space, a comma, the end, or (a masked hash) an ellipsis.
        boolean whole = sources.stream().anyMatch(s -> Pattern.compile(Pattern.quote(word) + "([\\s,;:…]|$)")
            .matcher(s).find());
        assertTrue(whole, page(i) + " cuts a word: " + context(every.get(i), m));
        cuts++;
      }
    }
    assertTrue(cuts > 0, "the sample night has reasons long enough to be cut");
  }

  @Test
  void noLineBreaksInsideATimeAnIdOrAnEmail() {
    // Page text joins lines with a space: "01: 00" is a time broken over two lines.
    Pattern split = Pattern.compile("\\b\\d{2}: \\d{2}\\b|@\\w+\\. \\w|\\b[A-Z]{1,2}- [A-Z0-9]|\\w / \\w");
    for (int i = 0; i < every.size(); i++) {
      Matcher m = split.matcher(every.get(i));
      if (m.find()) {
        fail(page(i) + " breaks a line inside a word: " + context(every.get(i), m));
      }
    }
  }

  @Test
  void everyRiskyClusterIsDescribedOnTheDetailPages() {
    String detail = String.join(" ", pages.subList(1, pages.size()));
    for (ReportData.ClusterView c : night.riskyClusters()) {
      if (ReportHtml.flagged(c.band())) {
        assertTrue(detail.contains("Cluster " + c.clusterId()), c.clusterId() + " is described: " + detail);
      }
    }
  }

  /** Which page {@code every.get(i)} is. */
  static String page(int i) {
    return i < pages.size() ? "page " + (i + 1) : "first-night page " + (i - pages.size() + 1);
  }

  static String context(String text, Matcher m) {
    return "…" + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)) + "…";
  }
}
