package io.ringwatch.notebooks;

import io.ringwatch.testing.EndToEnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.ingest.InputViews;
import io.ringwatch.testing.PublishedNights;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every statement of every auditor notebook (notebooks/databricks/*.sql, the source of the
 * Jupyter versions too) against the tables of real published nights, with the widgets set as
 * Spark SQL variables the way Databricks and the Jupyter versions set them. A notebook whose
 * query no longer fits the tables fails here rather than in an auditor's hands.
 */
@EndToEnd
class NotebooksTest {
  private static final Path NOTEBOOKS = SharedSpark.repoRoot().resolve("notebooks");
  private static final Pattern WIDGET = Pattern.compile("CREATE WIDGET TEXT (\\w+) DEFAULT \"([^\"]*)\"");

  @TempDir Path dir;

  /**
   * The statements of a Databricks SQL source notebook, its widgets with their defaults, and
   * whether a Python cell registers the input views ({@link InputViews}, the cell's one call).
   */
  record Notebook(List<String> statements, Map<String, String> widgets, boolean registersInputs) {}

  /** A named parameter marker of Spark SQL ({@code :subject_id}), not a {@code ::} cast. */
  private static final Pattern MARKER = Pattern.compile("(?<![:\\w]):(\\w+)");

  static Notebook read(Path file) throws Exception {
    String source = Files.readString(file);
    assertTrue(source.startsWith("-- Databricks notebook source"), file + " is a Databricks source notebook");
    List<String> statements = new ArrayList<>();
    Map<String, String> widgets = new LinkedHashMap<>();
    boolean registersInputs = false;
    for (String cell : source.split("-- COMMAND ----------")) {
      if (cell.contains("-- MAGIC %python")) {
        assertTrue(cell.contains("io.ringwatch.ingest.InputViews.register("), file + ": the only Python cell "
            + "registers the input views; anything else would go untested here");
        registersInputs = true;
        continue;
      }
      List<String> code = cell.lines().filter(l -> !l.startsWith("-- MAGIC") && !l.startsWith("-- Databricks")).toList();
      for (String stmt : String.join("\n", code).split(";\\s*(?:\\n|$)")) {
        String s = stmt.strip();
        if (s.isEmpty()) {
          continue;
        }
        Matcher w = WIDGET.matcher(s);
        if (w.matches()) {
          widgets.put(w.group(1), w.group(2));
        } else {
          statements.add(s);
        }
      }
    }
    return new Notebook(statements, widgets, registersInputs);
  }

  private static List<Path> notebooks() throws Exception {
    try (Stream<Path> s = Files.list(NOTEBOOKS.resolve("databricks"))) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  /** Runs a notebook's statements in order with the given widget values; returns each result. */
  private static List<List<Row>> run(Notebook nb, Map<String, String> values) {
    SparkSession spark = SharedSpark.get();
    List<List<Row>> results = new ArrayList<>();
    Map<String, String> widgets = new LinkedHashMap<>(nb.widgets());
    widgets.putAll(values);
    try {
      widgets.forEach((k, v) -> spark.conf().set(k, v));
      if (nb.registersInputs()) { // what the notebook's Python cell calls
        InputViews.register(spark, widgets.get("input_root"), widgets.get("site_conf"));
      }
      for (String stmt : nb.statements()) {
        try {
          // Text an auditor types reaches a statement as named parameters, as Databricks and the
          // Jupyter version pass them (spark.sql with args), never pasted into the SQL.
          Map<String, Object> args = new LinkedHashMap<>();
          Matcher m = MARKER.matcher(stmt);
          while (m.find()) {
            args.put(m.group(1), widgets.get(m.group(1)));
          }
          List<Row> rows = spark.sql(stmt, args).collectAsList();
          if (!isCommittedView(stmt)) { // the views every notebook starts with; results count from after them
            results.add(rows);
          }
        } catch (Exception e) {
          throw new AssertionError("statement failed: " + e.getMessage() + "\n" + stmt, e);
        }
      }
    } finally {
      widgets.keySet().forEach(k -> spark.conf().unset(k));
    }
    return results;
  }

  /** A statement of the committed-nights cell: the committed runs, or a table's rows of committed runs. */
  static boolean isCommittedView(String stmt) {
    return stmt.startsWith("CREATE OR REPLACE TEMPORARY VIEW committed_runs AS")
        || stmt.startsWith("CREATE OR REPLACE TEMPORARY VIEW") && stmt.contains("LEFT SEMI JOIN committed_runs");
  }

  @Test
  void everyNotebookReadsCommittedNightsOnly() throws Exception {
    for (Path file : notebooks()) {
      for (String stmt : read(file).statements()) {
        boolean timeTravel = stmt.startsWith("DESCRIBE HISTORY") || stmt.contains("VERSION AS OF");
        if (!isCommittedView(stmt) && !timeTravel) {
          assertFalse(stmt.contains("delta.`${output_root}/"), file.getFileName() + " reads a published table"
              + " directly, not through its committed-nights view:\n" + stmt);
        }
      }
    }
  }

  private Map<String, String> night() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("output_root", PublishedNights.output());
    values.put("input_root", PublishedNights.input().toString());
    values.put("run_date", PublishedNights.RUN_DATE.toString());
    values.put("dispositions", dir.resolve("dispositions").toString());
    return values;
  }

  @Test
  void triageShowsTheNightsFlaggedClusters() throws Exception {
    List<List<Row>> r = run(read(NOTEBOOKS.resolve("databricks/01_triage_new_clusters.sql")), night());
    long bands = r.get(0).stream().mapToLong(row -> row.getLong(1)).sum();
    assertEquals(PublishedNights.WORKERS, bands, "every worker is in one band");
    assertFalse(r.get(1).isEmpty(), "the generated rings make high-risk clusters");
    assertFalse(r.get(2).isEmpty(), "each has shared values");
  }

  /** Every input row behind the cluster's links and its members' signals is found in the inputs, as the night read them. */
  @Test
  void clusterEvidenceReachesEveryInputRow() throws Exception {
    List<List<Row>> r = run(read(NOTEBOOKS.resolve("databricks/02_cluster_evidence.sql")), night());
    List<Row> cluster = r.get(1);
    assertEquals(1, cluster.size());
    assertFalse(r.get(2).isEmpty(), "members and signals");
    assertFalse(r.get(4).isEmpty(), "the input rows each member's signals counted");
    assertFalse(r.get(6).isEmpty(), "shared values with their input rows");
    Map<String, Integer> shown = Map.of("payroll_payments", r.get(8).size(), "devices", r.get(9).size(),
        "auth_events", r.get(10).size(), "endpoint_events", r.get(11).size());
    for (Row d : SharedSpark.get().sql("SELECT dataset, count(DISTINCT record_id) FROM cluster_rows "
        + "WHERE dataset <> 'hr_workers' GROUP BY dataset").collectAsList()) {
      assertEquals(d.getLong(1), (long) shown.get(d.getString(0)),
          "every " + d.getString(0) + " row behind the links and signals");
    }
    long signalRows = SharedSpark.get().sql("SELECT count(*) FROM cluster_rows WHERE exists(backs, b -> b LIKE 'signal %')")
        .first().getLong(0);
    assertTrue(signalRows > 0, "rows behind the members' signals are listed with the links'");
    assertTrue(shown.get("payroll_payments") + shown.get("devices") > 0, "payroll or device rows behind the links");
    for (Row p : r.get(8)) {
      assertTrue(p.getString(6).startsWith("***"), "accounts stay masked: " + p);
    }
  }

  @Test
  void historyAndTimeTravelOfTheRiskiestWorker() throws Exception {
    // A critical worker of both nights (the earlier night lacks one ring).
    Row worker = PublishedNights.table("worker_risk", PublishedNights.RUN_DATE).filter("risk_band = 'critical'")
        .join(PublishedNights.table("worker_risk", PublishedNights.PREVIOUS_DATE).select("worker_id"), "worker_id")
        .orderBy("worker_id").first();
    Map<String, String> values = night();
    values.put("worker_id", worker.getAs("worker_id"));
    List<List<Row>> r = run(read(NOTEBOOKS.resolve("databricks/03_worker_history.sql")), values);
    assertTrue(r.get(1).size() >= 2, "the worker has a row for each published night: " + r.get(1));
    assertTrue(r.get(3).size() >= 2, "worker_risk has a version per publish");
    assertEquals(1, r.get(4).size(), "version 0 holds the first night's row");
  }

  @Test
  void aDispositionIsRecordedUnderTheSignedInUserWithItsTextAsTyped() throws Exception {
    Notebook nb = read(NOTEBOOKS.resolve("databricks/04_record_dispositions.sql"));
    Row flagged = PublishedNights.table("worker_risk", PublishedNights.RUN_DATE)
        .filter("risk_band = 'critical'").orderBy("worker_id").first();
    Map<String, String> values = night();
    values.put("subject_id", flagged.getAs("worker_id"));
    String reason = "Tom's brother; O'Brien said '); DROP TABLE x; -- verified in person";
    values.put("reason", reason);
    List<List<Row>> r = run(nb, values);
    List<Row> decisions = r.get(r.size() - 1);
    assertEquals(1, decisions.size());
    Row d = decisions.get(0);
    assertEquals("false_positive", d.getAs("decision"));
    assertEquals(reason, d.getAs("reason"), "the reason is stored as typed, quotes and all");
    assertEquals(SharedSpark.get().sparkContext().sparkUser(), d.getAs("decided_by"), "the signed-in user");
    assertFalse(d.<String>getList(d.fieldIndex("signals_at_decision")).isEmpty());

    // An unknown decision, an empty reason or an unknown subject stops with a message; nothing is recorded.
    for (Map.Entry<String, String> bad : List.of(Map.entry("decision", "maybe"), Map.entry("reason", " "),
        Map.entry("subject_id", "W-NOBODY"))) {
      Map<String, String> wrong = new LinkedHashMap<>(values);
      wrong.put(bad.getKey(), bad.getValue());
      AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> run(nb, wrong));
      String expected = Map.of("decision", "unknown decision \"maybe\"", "reason", "give the reason",
          "subject_id", "no worker or cluster \"W-NOBODY\"").get(bad.getKey());
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
    assertEquals(1, SharedSpark.get().read().format("delta").load(values.get("dispositions")).count());
  }

  @Test
  void theJupyterVersionsHoldTheSameStatements() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Path source : notebooks()) {
      Path ipynb = NOTEBOOKS.resolve("jupyter").resolve(source.getFileName().toString().replace(".sql", ".ipynb"));
      assertTrue(Files.exists(ipynb), ipynb + " (run python3 notebooks/build_jupyter.py)");
      JsonNode nb = json.readTree(ipynb.toFile());
      assertEquals(4, nb.get("nbformat").asInt());
      List<String> statements = new ArrayList<>();
      Pattern sql = Pattern.compile("(?s)spark\\.sql\\(\"\"\"\\n(.*)\\n\"\"\"(?:, args=\\w+)?\\)");
      for (JsonNode cell : nb.get("cells")) {
        StringBuilder text = new StringBuilder();
        cell.get("source").forEach(l -> text.append(l.asText()));
        Matcher m = sql.matcher(text);
        if (cell.get("cell_type").asText().equals("code") && m.find()) {
          statements.add(m.group(1).strip());
        }
      }
      assertEquals(read(source).statements(), statements, ipynb + " is out of date: run python3 notebooks/build_jupyter.py");
    }
  }
}
