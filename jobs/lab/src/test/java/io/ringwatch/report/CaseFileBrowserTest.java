package io.ringwatch.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.testing.EndToEnd;
import io.ringwatch.testing.PublishedNights;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case file of the later shared night's strongest cluster ({@link PublishedNights}), opened
 * from file:// in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}):
 * it loads with no console error, its graph holds exactly the cluster's members, and a real
 * mouse click on a worker's node lists evidence rows that link_evidence holds, and one on a value's
 * node the rows of every member holding it. The page is kept
 * as {@code jobs/lab/target/case-file.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EndToEnd
class CaseFileBrowserTest {
  static final LocalDate NIGHT = PublishedNights.RUN_DATE;
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  SparkSession spark;
  String output;
  ExecutiveReport.Written written;
  ChromeDriver browser;
  String clusterId;
  Path page;

  @BeforeAll
  void openTheStrongestCaseFile() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
          + ": install Debian's chromium and chromium-driver (.ci/run does)";
      if (System.getenv("CI") != null) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    output = PublishedNights.output();
    spark = SharedSpark.get();
    Settings settings = SettingsLoader.load(null);
    ScoreSettings score = ScoreSettings.from(settings);
    written = ExecutiveReport.write(spark, ReportSettings.from(settings), output, NIGHT,
        new double[] {score.medium(), score.high(), score.critical()});
    ReportData.ClusterView top = written.data().riskyClusters().stream()
        .sorted(ReportData.ClusterView.STRONGEST_FIRST).findFirst().orElseThrow();
    clusterId = top.clusterId();
    page = Path.of(output, "report", NIGHT.toString(), CaseFiles.href(clusterId));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1500", "--allow-file-access-from-files");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    browser.get(page.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
        ((JavascriptExecutor) d).executeScript("return !!(window.ringwatchCase && window.ringwatchCase.chart)")));
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  Object js(String script, Object... args) {
    return browser.executeScript(script, args);
  }

  @Test
  void everyHighAndCriticalClusterHasACaseFileLinkedFromTheReport() throws Exception {
    String html = Files.readString(Path.of(written.html()));
    List<Row> risky = spark.read().format("delta").load(output + "/clusters")
        .filter(col("run_date").equalTo(Date.valueOf(NIGHT))).filter(col("risk_band").isin("high", "critical"))
        .select("cluster_id").collectAsList();
    assertEquals(risky.size(), written.cases().size());
    for (Row r : risky) {
      assertTrue(Files.isRegularFile(Path.of(output, "report", NIGHT.toString(), CaseFiles.href(r.getString(0)))));
      assertTrue(html.contains("href=\"" + CaseFiles.href(r.getString(0)) + "\""), r.getString(0));
    }
    assertTrue(Files.size(Path.of(output, "report", NIGHT.toString(), "cases", "echarts.min.js")) > 500_000);
  }

  @Test
  void loadsWithNoConsoleErrorAndTheGraphHoldsTheMembers() {
    List<LogEntry> severe = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e);
      }
    }
    assertTrue(severe.isEmpty(), "console errors: " + severe);
    assertTrue(browser.getTitle().contains(clusterId), browser.getTitle());

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) js(
        "var o = echarts.getInstanceByDom(document.getElementById('graph')).getOption();"
            + "return o.series[0].data.map(function (d) { return {name: d.name, kind: d.kind}; });");
    Set<String> drawnWorkers = new TreeSet<>();
    for (Map<String, Object> n : nodes) {
      if ("worker".equals(n.get("kind"))) {
        assertTrue(drawnWorkers.add((String) n.get("name")), "drawn once: " + n);
      }
    }
    Set<String> members = new TreeSet<>();
    spark.read().format("delta").load(output + "/cluster_members").filter(col("run_date").equalTo(Date.valueOf(NIGHT)))
        .filter(col("cluster_id").equalTo(clusterId)).select("worker_id").collectAsList()
        .forEach(r -> members.add(r.getString(0)));
    assertFalse(members.isEmpty());
    assertEquals(members, drawnWorkers);
    assertTrue(nodes.size() > members.size(), "values that tie them are drawn too");
  }

  @Test
  void aClickOnAWorkerListsItsEvidenceRows() throws Exception {
    // The worker with the most evidence rows on the page, and where the chart drew it.
    Map<String, Object> target = busiestNode("worker");
    String worker = (String) target.get("name");
    long expectedRows = ((Number) target.get("rows")).longValue();
    assertTrue(expectedRows > 0, "the strongest cluster's members have evidence rows");

    click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        !d.findElements(By.cssSelector("#evidence tbody tr")).isEmpty());
    assertTrue(browser.findElement(By.id("evidence-title")).getText().contains("Worker " + worker),
        browser.findElement(By.id("evidence-title")).getText());
    List<WebElement> rows = browser.findElements(By.cssSelector("#evidence tbody tr"));
    assertEquals(expectedRows, rows.size());

    Set<String> published = new HashSet<>();
    spark.read().format("delta").load(output + "/link_evidence").filter(col("run_date").equalTo(Date.valueOf(NIGHT)))
        .filter(col("worker_id").equalTo(worker)).select("dataset", "record_id").collectAsList()
        .forEach(r -> published.add(r.getString(0) + "/" + r.getString(1)));
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertEquals(worker, cells.get(0).getText());
      String key = cells.get(2).getText() + "/" + cells.get(3).getText();
      assertTrue(published.contains(key), "in link_evidence: " + key);
    }

    // The pointer off the graph (hovering fades the rest), the clicked node stays outlined.
    screenshot();
  }

  @Test
  void aClickOnAValueListsEveryMembersRowsOfIt() throws Exception {
    // The value with the most evidence rows on the page, and where the chart drew it.
    Map<String, Object> target = busiestNode("value");
    String value = (String) target.get("name");
    long expectedRows = ((Number) target.get("rows")).longValue();
    assertTrue(((Number) target.get("workers")).intValue() >= 2, "a value that ties members: " + target);

    click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        d.findElement(By.id("evidence-title")).getText().startsWith(value));
    List<WebElement> rows = browser.findElements(By.cssSelector("#evidence tbody tr"));
    assertEquals(expectedRows, rows.size());
    Set<String> workers = new TreeSet<>();
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertEquals(value, cells.get(1).getText(), "every row listed is of the clicked value");
      workers.add(cells.get(0).getText());
    }
    assertEquals(((Number) target.get("workers")).intValue(), workers.size(), "the rows of every member holding it");
  }

  /**
   * The node of this kind ("worker" or "value") with the most evidence rows on the page, and where
   * the chart drew it: {@code name, x, y, rows, workers} (workers: how many members' rows it lists).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> busiestNode(String kind) throws Exception {
    String rowKey = kind.equals("worker") ? "worker" : "value";
    String nodeKey = kind.equals("worker") ? "name" : "valueId";
    return (Map<String, Object>) js(
        "var c = window.ringwatchCase, chart = c.chart, counts = {}, holders = {};"
            + "c.data.evidence.forEach(function (e) { var k = e['" + rowKey + "']; counts[k] = (counts[k] || 0) + 1;"
            + "  (holders[k] = holders[k] || {})[e.worker] = true; });"
            + "var data = chart.getModel().getSeriesByIndex(0).getData(), best = -1;"
            + "function key(i) { return data.getRawDataItem(i)['" + nodeKey + "']; }"
            + "for (var i = 0; i < data.count(); i++) {"
            + "  if (data.getRawDataItem(i).kind === '" + kind + "' && (best < 0 || (counts[key(i)] || 0) > (counts[key(best)] || 0))) best = i; }"
            + "var xy = chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(best));"
            + "return {name: data.getRawDataItem(best).name, x: xy[0], y: xy[1], rows: counts[key(best)] || 0,"
            + "  workers: Object.keys(holders[key(best)] || {}).length};");
  }

  private void click(double x, double y) {
    WebElement graph = browser.findElement(By.id("graph"));
    // Actions offsets are from the element's centre.
    int dx = (int) Math.round(x - graph.getRect().getWidth() / 2.0);
    int dy = (int) Math.round(y - graph.getRect().getHeight() / 2.0);
    new Actions(browser).moveToElement(graph, dx, dy).pause(Duration.ofMillis(200)).click().perform();
  }

  private void screenshot() throws Exception {
    new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).pause(Duration.ofMillis(800)).perform();
    Path shot = SharedSpark.repoRoot().resolve("jobs/lab/target/case-file.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
