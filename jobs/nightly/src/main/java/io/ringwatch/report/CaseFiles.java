package io.ringwatch.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.link.ValueKinds;
import io.ringwatch.publish.PublishedTables;
import io.ringwatch.report.CaseData.CaseMember;
import io.ringwatch.report.CaseData.CaseValue;
import io.ringwatch.report.CaseData.Decision;
import io.ringwatch.report.CaseData.Evidence;
import io.ringwatch.report.CaseData.HistoryRow;
import io.ringwatch.tables.TableNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The case files of a night: for each high and critical cluster, a page
 * {@code report/<run-date>/cases/<cluster_id>.html} with an interactive graph of its members and
 * the values that tie them (ECharts), the input rows behind each tie (a click on a node lists
 * them), its members, its history across nights and the decision recorded for it.
 *
 * <p>Read from the published tables only (clusters, cluster_members, worker_risk,
 * identity_links, link_evidence, cluster_lineage), committed runs only. The pages share two
 * scripts written once beside them ({@code echarts.min.js} from the ECharts WebJar and
 * {@code case.js}), so the folder works offline and each page stays small. The case's data sits
 * in the page as JSON built by Jackson, with every {@code <}, {@code >} and {@code &} escaped, so
 * no text from the tables can close the script element.
 */
public final class CaseFiles {
  /** The folder beside report.html. */
  public static final String FOLDER = "cases";

  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  static final String CASE_JS = "/ringwatch/report/case.js";

  /** Reasons listed per member. */
  static final int MEMBER_REASONS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A cluster id as ringwatch issues them: safe as a file name (anything else is refused). */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

  private final SparkSession spark;
  private final String output;
  private final PublishedTables tables;

  public CaseFiles(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
    this.tables = new PublishedTables(spark, output);
  }

  /** The page's file name for a cluster, relative to report.html. */
  public static String href(String clusterId) {
    return FOLDER + "/" + clusterId + ".html";
  }

  /** Reads the cases of the night's high and critical clusters and writes their pages under {@code dir}. */
  public List<String> write(LocalDate runDate, Path reportDir) {
    List<CaseData> cases = read(runDate);
    Path dir = new Path(reportDir, FOLDER);
    List<String> written = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(dir)) {
        fs.delete(dir, true);
      }
      if (cases.isEmpty()) {
        return written;
      }
      fs.mkdirs(dir);
      copyResource(fs, ECHARTS, new Path(dir, "echarts.min.js"));
      copyResource(fs, CASE_JS, new Path(dir, "case.js"));
      for (CaseData c : cases) {
        Path page = new Path(dir, c.clusterId() + ".html");
        try (OutputStream o = fs.create(page, true)) {
          o.write(render(c).getBytes(StandardCharsets.UTF_8));
        }
        written.add(page.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the case files under " + dir, e);
    }
    return written;
  }

  private static void copyResource(FileSystem fs, String resource, Path to) throws IOException {
    try (InputStream in = CaseFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is not on the classpath");
      }
      try (OutputStream o = fs.create(to, true)) {
        in.transferTo(o);
      }
    }
  }

  private Dataset<Row> night(String table, LocalDate runDate) {
    return tables.committed(table).filter(col("run_date").equalTo(lit(Date.valueOf(runDate))));
  }

  /** The case of every high and critical cluster of {@code runDate}, strongest first. */
  public List<CaseData> read(LocalDate runDate) {
    List<Row> clusters = night(TableNames.CLUSTERS, runDate).filter(col("risk_band").isin("high", "critical"))
        .orderBy(col("risk_score").desc(), col("size").desc(), col("cluster_id")).collectAsList();
    List<Row> risky = new ArrayList<>();
    for (Row c : clusters) {
      if (SAFE_ID.matcher(c.<String>getAs("cluster_id")).matches()) {
        risky.add(c);
      }
    }
    if (risky.isEmpty()) {
      return List.of();
    }
    Object[] ids = risky.stream().map(c -> c.<String>getAs("cluster_id")).toArray();
    Dataset<Row> members = night(TableNames.CLUSTER_MEMBERS, runDate).filter(col("cluster_id").isin(ids))
        .select("cluster_id", "worker_id").cache();
    try {
      // Members with their own score and reasons.
      Map<String, List<CaseMember>> membersOf = new HashMap<>();
      Map<String, String> clusterOf = new HashMap<>();
      for (Row m : members.join(night(TableNames.WORKER_RISK, runDate).select("worker_id", "risk_score", "risk_band",
          "reasons"), "worker_id").collectAsList()) {
        List<String> reasons = m.isNullAt(4) ? List.of() : m.<String>getList(4);
        clusterOf.put(m.getString(0), m.getString(1));
        membersOf.computeIfAbsent(m.getString(1), k -> new ArrayList<>()).add(new CaseMember(m.getString(0),
            m.getDouble(2), m.getString(3),
            reasons.stream().limit(MEMBER_REASONS).map(r -> ReportFormat.masked(r, 300)).toList()));
      }

      // The links that count, per cluster and value (kind + hash), held by two or more members.
      Map<String, Map<String, ValueBuilder>> valuesOf = new HashMap<>();
      Dataset<Row> links = night(TableNames.IDENTITY_LINKS, runDate).filter(col("ignored_reason").isNull())
          .join(members, "worker_id")
          .select("cluster_id", "worker_id", "kind", "value_hash", "value_masked", "source");
      for (Row l : links.collectAsList()) {
        valuesOf.computeIfAbsent(l.getString(0), k -> new LinkedHashMap<>())
            .computeIfAbsent(l.getString(2) + "\u0000" + l.getString(3),
                k -> new ValueBuilder(l.getString(2), l.getString(4), l.getString(5)))
            .holders.add(l.getString(1));
      }

      // The input rows behind those links.
      boolean evidenceKnown = tables.exists(TableNames.LINK_EVIDENCE);
      Map<String, List<Row>> evidenceOf = new HashMap<>();
      Map<String, Long> evidenceCount = new HashMap<>();
      if (evidenceKnown) {
        // Only the rows of values that tie two or more members of the cluster (those drawn), so
        // that the count said on a capped page is the count of what the page could list.
        Dataset<Row> tying = links.groupBy("cluster_id", "kind", "value_hash")
            .agg(org.apache.spark.sql.functions.countDistinct("worker_id").as("holders"))
            .filter(col("holders").geq(2)).select("cluster_id", "kind", "value_hash");
        Dataset<Row> ev = night(TableNames.LINK_EVIDENCE, runDate).join(members, "worker_id")
            .join(tying, new String[] {"cluster_id", "kind", "value_hash"}, "inner")
            .select("cluster_id", "worker_id", "kind", "value_hash", "dataset", "record_id");
        // Only the rows embedded: up to MAX_EVIDENCE per cluster, in a stable order, each carrying
        // its cluster's total (one pass over the evidence, not a count and then the rows).
        var perCluster = org.apache.spark.sql.expressions.Window.partitionBy("cluster_id");
        Dataset<Row> ranked = ev
            .withColumn("n", org.apache.spark.sql.functions.row_number().over(
                perCluster.orderBy("worker_id", "kind", "value_hash", "dataset", "record_id")))
            .withColumn("total", org.apache.spark.sql.functions.count(lit(1)).over(perCluster))
            .filter(col("n").leq(CaseData.MAX_EVIDENCE)).drop("n");
        for (Row r : ranked.collectAsList()) {
          evidenceOf.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
          evidenceCount.put(r.getString(0), r.getLong(6));
        }
      }

      // The clusters' history over the published nights up to this one.
      boolean lineageKnown = tables.exists(TableNames.CLUSTER_LINEAGE);
      Map<String, List<HistoryRow>> historyOf = new HashMap<>();
      if (lineageKnown) {
        for (Row h : tables.committed(TableNames.CLUSTER_LINEAGE).filter(col("cluster_id").isin(ids))
            .filter(col("run_date").leq(lit(Date.valueOf(runDate)))).orderBy("run_date").collectAsList()) {
          historyOf.computeIfAbsent(h.getAs("cluster_id"), k -> new ArrayList<>()).add(new HistoryRow(
              h.<Date>getAs("run_date").toLocalDate(), h.getAs("event"), num(h, "size"), num(h, "members_kept"),
              num(h, "members_added"), num(h, "members_removed"),
              h.isNullAt(h.fieldIndex("previous_cluster_ids")) ? List.of() : h.getList(h.fieldIndex("previous_cluster_ids"))));
        }
      }

      List<CaseData> cases = new ArrayList<>();
      for (Row c : risky) {
        String id = c.getAs("cluster_id");
        List<CaseMember> ms = new ArrayList<>(membersOf.getOrDefault(id, List.of()));
        ms.sort(Comparator.comparingDouble(CaseMember::score).reversed().thenComparing(CaseMember::workerId));
        Map<String, String> valueIds = new HashMap<>();
        List<CaseValue> values = new ArrayList<>();
        List<ValueBuilder> tying = valuesOf.getOrDefault(id, Map.of()).values().stream()
            .filter(v -> v.holders.size() >= 2)
            .sorted(Comparator.comparingInt((ValueBuilder v) -> -v.holders.size()).thenComparing(v -> v.kind)
                .thenComparing(v -> String.valueOf(v.masked)))
            .toList();
        for (Map.Entry<String, ValueBuilder> e : valuesOf.getOrDefault(id, Map.of()).entrySet()) {
          if (tying.contains(e.getValue())) {
            valueIds.put(e.getKey(), "v" + tying.indexOf(e.getValue()));
          }
        }
        for (int i = 0; i < tying.size(); i++) {
          ValueBuilder v = tying.get(i);
          values.add(new CaseValue("v" + i, v.kind, ValueKinds.words(v.kind), ValueKinds.family(v.kind),
              v.masked == null ? "(masked)" : v.masked, v.source, List.copyOf(new java.util.TreeSet<>(v.holders))));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Row r : evidenceOf.getOrDefault(id, List.of())) {
          String v = valueIds.get(r.getString(2) + "\u0000" + r.getString(3));
          if (v != null) {
            evidence.add(new Evidence(r.getString(1), v, r.getString(4), r.getString(5)));
          }
        }
        long total = evidenceCount.getOrDefault(id, 0L);
        List<String> reasons = c.isNullAt(c.fieldIndex("reasons")) ? List.of()
            : c.<String>getList(c.fieldIndex("reasons")).stream().map(r -> ReportFormat.masked(r, 400)).toList();
        cases.add(new CaseData(runDate, c.getAs("run_id"), id, c.<Integer>getAs("size"), c.<Double>getAs("risk_score"),
            c.getAs("risk_band"), reasons, ms, values, evidence, Math.max(total, evidence.size()),
            historyOf.getOrDefault(id, List.of()), decision(c), lineageKnown, evidenceKnown));
      }
      return cases;
    } finally {
      members.unpersist();
    }
  }

  private static int num(Row r, String field) {
    Object v = r.getAs(field);
    return v == null ? 0 : ((Number) v).intValue();
  }

  private static Decision decision(Row cluster) {
    if (!java.util.Arrays.asList(cluster.schema().fieldNames()).contains("disposition")
        || cluster.isNullAt(cluster.fieldIndex("disposition"))) {
      return null;
    }
    Row d = cluster.getStruct(cluster.fieldIndex("disposition"));
    Set<String> f = new LinkedHashSet<>(List.of(d.schema().fieldNames()));
    return new Decision(str(d, f, "subject_type"), str(d, f, "subject_id"), str(d, f, "decision"),
        str(d, f, "decided_by"), str(d, f, "decided_at"), ReportFormat.masked(str(d, f, "reason") == null ? ""
            : str(d, f, "reason"), 600),
        f.contains("suppressed") ? d.<Boolean>getAs("suppressed") : null, list(d, f, "new_signals"),
        list(d, f, "new_members"));
  }

  private static String str(Row r, Set<String> fields, String name) {
    if (!fields.contains(name)) {
      return null;
    }
    Object v = r.getAs(name);
    return v == null ? null : String.valueOf(v);
  }

  private static List<String> list(Row r, Set<String> fields, String name) {
    return !fields.contains(name) || r.isNullAt(r.fieldIndex(name)) ? List.of() : r.getList(r.fieldIndex(name));
  }

  private static final class ValueBuilder {
    final String kind;
    final String masked;
    final String source;
    final Set<String> holders = new LinkedHashSet<>();

    ValueBuilder(String kind, String masked, String source) {
      this.kind = kind;
      this.masked = masked;
      this.source = source;
    }
  }

  /** The case's page (no Spark needed): the template case.ftlh with the case as JSON. */
  public static String render(CaseData c) {
    Map<String, Object> model = new HashMap<>();
    model.put("c", c);
    model.put("fmt", ReportHtml.staticsOf(ReportFormat.class));
    model.put("runDay", ReportFormat.longDay(c.runDate()));
    model.put("caseJson", scriptJson(c));
    model.put("families", familiesOf(c));
    try {
      StringWriter out = new StringWriter(16 * 1024);
      ReportHtml.TEMPLATES.getTemplate("case.ftlh").process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the case file's template", e);
    } catch (freemarker.template.TemplateException e) {
      throw new IllegalStateException("could not render the case file of " + c.clusterId() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> familiesOf(CaseData c) {
    return new ArrayList<>(new java.util.TreeSet<>(c.values().stream().map(CaseValue::family).toList()));
  }

  /**
   * The case as JSON to sit inside a {@code <script type="application/json">}: {@code <},
   * {@code >} and {@code &} (only ever inside strings) become {@code \u003c}, {@code \u003e},
   * {@code \u0026}, so neither {@code </script>} nor {@code <!--} can appear and the page is also
   * well-formed XML.
   */
  static String scriptJson(CaseData c) {
    try {
      // What the page's script needs: the graph and the evidence (the rest is in the markup).
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("clusterId", c.clusterId());
      data.put("band", c.band());
      data.put("members", c.members());
      data.put("values", c.values());
      data.put("evidence", c.evidence());
      data.put("evidenceTotal", c.evidenceTotal());
      String json = JSON.writeValueAsString(data);
      return ReportHtml.xmlSafe(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the case of " + c.clusterId() + " as JSON", e);
    }
  }
}
