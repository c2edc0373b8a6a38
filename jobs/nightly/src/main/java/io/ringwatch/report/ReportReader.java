package io.ringwatch.report;

import io.ringwatch.tables.TableNames;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.DatasetRows;
import io.ringwatch.report.ReportData.Member;
import io.ringwatch.report.ReportData.SharedValue;
import io.ringwatch.report.ReportData.SignalCount;
import io.ringwatch.report.ReportData.TrendPoint;
import io.ringwatch.run.RunFailure;
import io.ringwatch.score.PaidLast12Months;
import io.ringwatch.score.SignalCatalogue;
import io.ringwatch.score.signals.Signal;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads what the report shows from the published Delta tables under one output root (and from
 * nothing else): the run date's rows, the previous run's rows for "new since the last run", and
 * the per-run counts of earlier runs for the trend. Every result is small and collected.
 */
public final class ReportReader {
  /** The tables the report reads (../shared/contracts/outputs.md). */
  public static final List<String> TABLES = List.of(TableNames.WORKER_RISK, TableNames.CLUSTERS,
      TableNames.CLUSTER_MEMBERS, TableNames.SANCTIONS_HITS, TableNames.RUN_AUDIT);

  private final SparkSession spark;
  private final String output;
  private final ReportSettings settings;

  public ReportReader(SparkSession spark, String output, ReportSettings settings) {
    this.spark = spark;
    this.output = output;
    this.settings = settings;
  }

  /** The committed rows of a published table (a night stopped during publish is never shown). */
  Dataset<Row> table(String name) {
    return new io.ringwatch.publish.PublishedTables(spark, output).committed(name);
  }

  static org.apache.spark.sql.Column on(LocalDate date) {
    return col("run_date").equalTo(lit(Date.valueOf(date)));
  }

  /** Reads the report of {@code runDate}; {@code bands} are the score thresholds to explain, or null. */
  public ReportData read(LocalDate runDate, double[] bands) {
    for (String t : TABLES) {
      if (!DeltaTable.isDeltaTable(spark, new Path(output, t).toString())) {
        throw RunFailure.input("no published table " + t + " under " + output + "; run `ringwatch nightly` first");
      }
    }
    // The runs that were published, from the audit table (one row per run date).
    Dataset<Row> auditTable = table("run_audit");
    boolean keyed = Arrays.asList(auditTable.columns()).contains("key_id");
    List<Row> audits = auditTable.filter(col("status").equalTo("succeeded"))
        .select(col("run_date"), col("run_id"), col("finished_at"), col("code_version"), col("datasets"),
            keyed ? col("key_id") : lit(null).cast("string"), keyed ? col("previous_key_id") : lit(null).cast("string"))
        .collectAsList();
    TreeMap<LocalDate, Row> runs = new TreeMap<>();
    for (Row a : audits) {
      runs.put(a.getDate(0).toLocalDate(), a);
    }
    Row audit = runs.get(runDate);
    if (audit == null) {
      throw RunFailure.input("no published run for " + runDate + " under " + output + " (published run dates: "
          + (runs.isEmpty() ? "none" : runs.keySet().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))
          + ")");
    }
    LocalDate previous = runs.lowerKey(runDate);

    Dataset<Row> risk = table("worker_risk");
    boolean hasPaid = Arrays.asList(risk.columns()).contains(PaidLast12Months.COLUMN);
    // Kept in memory: the night's rows are small and every section of the report reads them.
    Dataset<Row> riskNow = risk.filter(on(runDate)).cache();
    try {
      Map<String, Long> workersByBand = countByBand(riskNow);
      long screened = workersByBand.values().stream().mapToLong(Long::longValue).sum();
      Dataset<Row> flaggedNow = riskNow.filter(col("risk_band").isin("high", "critical"));

      Dataset<Row> clustersNow = table("clusters").filter(on(runDate));
      Map<String, Long> clustersByBand = countByBand(clustersNow);
      long clusterCount = clustersByBand.values().stream().mapToLong(Long::longValue).sum();

      // New since the last run: cluster ids that did not exist, clusters that gained members,
      // workers now high or critical who were not then.
      Dataset<Row> membersNow = table("cluster_members").filter(on(runDate)).select("cluster_id", "worker_id");
      Set<String> previousIds = new HashSet<>();
      Map<String, Set<String>> previousMembers = new HashMap<>();
      long newlyFlagged;
      if (previous != null) {
        for (Row r : table("cluster_members").filter(on(previous)).select("cluster_id", "worker_id").collectAsList()) {
          previousIds.add(r.getString(0));
          previousMembers.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
        }
        Dataset<Row> flaggedBefore = risk.filter(on(previous)).filter(col("risk_band").isin("high", "critical"))
            .select("worker_id");
        newlyFlagged = flaggedNow.select("worker_id").join(flaggedBefore, flaggedNow.col("worker_id")
            .equalTo(flaggedBefore.col("worker_id")), "left_anti").count();
      } else {
        newlyFlagged = flaggedNow.count();
      }
      Map<String, Set<String>> currentMembers = new HashMap<>();
      for (Row r : membersNow.collectAsList()) {
        currentMembers.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
      }
      long newClusters = 0;
      long newFlaggedClusters = 0;
      long grown = 0;
      Map<String, String> bandOfCluster = new HashMap<>();
      for (Row r : clustersNow.select("cluster_id", "risk_band").collectAsList()) {
        bandOfCluster.put(r.getString(0), r.getString(1));
      }
      for (var e : currentMembers.entrySet()) {
        if (!previousIds.contains(e.getKey())) {
          newClusters++;
          String band = bandOfCluster.get(e.getKey());
          if ("high".equals(band) || "critical".equals(band)) {
            newFlaggedClusters++;
          }
        } else if (!previousMembers.get(e.getKey()).containsAll(e.getValue())) {
          grown++;
        }
      }

      Map<String, BigDecimal> paidToFlagged = hasPaid ? paidByCurrency(flaggedNow) : null;
      long sanctionsWorkers = table("sanctions_hits").filter(on(runDate)).select("worker_id").distinct().count();
      // Hits the score counts as a match (identifier, or name with the date of birth agreeing).
      long sanctionsConfirmed = riskNow.filter(org.apache.spark.sql.functions.expr(
          "exists(signals, s -> s.signal = '" + SignalCatalogue.SANCTIONS_IDENTIFIER.id() + "')")).count();

      List<TrendPoint> trend = trend(runs.headMap(runDate, true).descendingKeySet().stream()
          .limit(settings.trendRuns()).sorted().toList());
      List<ClusterView> risky = riskyClusters(runDate, riskNow, clustersNow, hasPaid, previous != null,
          previousIds, previousMembers);
      List<SignalCount> signals = signalCounts(flaggedNow);

      List<DatasetRows> datasets = new ArrayList<>();
      for (Row d : audit.<Row>getList(4)) {
        datasets.add(new DatasetRows(d.getAs("dataset"), d.<Long>getAs("rows_read"), d.<Long>getAs("rows_accepted"),
            d.<Long>getAs("rows_rejected")));
      }
      Timestamp finished = audit.getTimestamp(2);
      return new ReportData(runDate, audit.getString(1), finished == null ? null : finished.toInstant(),
          audit.getString(3), previous, screened, workersByBand, clusterCount, clustersByBand, newClusters,
          newFlaggedClusters, grown, newlyFlagged, paidToFlagged, sanctionsWorkers, sanctionsConfirmed, trend, risky, signals, datasets,
          bands, audit.isNullAt(5) ? null : new ReportData.KeyNote(audit.getString(5), audit.getString(6)));
    } finally {
      riskNow.unpersist();
    }
  }

  private static Map<String, Long> countByBand(Dataset<Row> df) {
    Map<String, Long> byBand = new LinkedHashMap<>();
    ReportData.BANDS.forEach(b -> byBand.put(b, 0L));
    for (Row r : df.groupBy("risk_band").count().collectAsList()) {
      byBand.put(r.getString(0), r.getLong(1));
    }
    return byBand;
  }

  private static Map<String, BigDecimal> paidByCurrency(Dataset<Row> workers) {
    Map<String, BigDecimal> paid = new TreeMap<>();
    for (Row r : workers.select(explode(col(PaidLast12Months.COLUMN)).as(new String[] {"currency", "amount"}))
        .groupBy("currency").agg(sum("amount")).collectAsList()) {
      paid.put(r.getString(0), r.getDecimal(1));
    }
    return paid;
  }

  private List<TrendPoint> trend(List<LocalDate> dates) {
    if (dates.isEmpty()) {
      return List.of();
    }
    org.apache.spark.sql.Column inDates = col("run_date").isin(dates.stream().map(Date::valueOf).toArray());
    Map<LocalDate, long[]> perDate = new TreeMap<>();
    dates.forEach(d -> perDate.put(d, new long[4]));
    for (Row r : table("worker_risk").filter(inDates).groupBy("run_date").agg(count(lit(1)),
        sum(when(col("risk_band").equalTo("critical"), 1).otherwise(0)),
        sum(when(col("risk_band").equalTo("high"), 1).otherwise(0))).collectAsList()) {
      long[] v = perDate.get(r.getDate(0).toLocalDate());
      v[0] = r.getLong(1);
      v[1] = r.getLong(2);
      v[2] = r.getLong(3);
    }
    for (Row r : table("clusters").filter(inDates).filter(col("risk_band").isin("high", "critical"))
        .groupBy("run_date").agg(countDistinct("cluster_id")).collectAsList()) {
      perDate.get(r.getDate(0).toLocalDate())[3] = r.getLong(1);
    }
    List<TrendPoint> points = new ArrayList<>();
    perDate.forEach((d, v) -> points.add(new TrendPoint(d, v[0], v[1], v[2], v[3])));
    return points;
  }

  /** Every high and critical cluster: the report describes each (or says how many it leaves out). */
  private List<ClusterView> riskyClusters(LocalDate runDate, Dataset<Row> riskNow, Dataset<Row> clustersNow,
      boolean hasPaid, boolean hasPrevious, Set<String> previousIds, Map<String, Set<String>> previousMembers) {
    List<Row> rows = clustersNow.filter(col("risk_band").isin("high", "critical"))
        .select("cluster_id", "size", "risk_score", "risk_band", "reasons", "shared_attributes").collectAsList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(r -> r.getString(0)).toList();
    List<String> memberCols = new ArrayList<>(List.of("cluster_id", "worker_id", "risk_score", "risk_band", "reasons"));
    if (hasPaid) {
      memberCols.add(PaidLast12Months.COLUMN);
    }
    Dataset<Row> members = table("cluster_members").filter(on(runDate)).filter(col("cluster_id").isin(ids.toArray()))
        .select("cluster_id", "worker_id")
        .join(riskNow.drop("cluster_id"), "worker_id")
        .select(memberCols.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
    Map<String, List<Member>> byCluster = new HashMap<>();
    Map<String, Map<String, BigDecimal>> paidByCluster = new HashMap<>();
    for (Row m : members.collectAsList()) {
      String cid = m.getString(0);
      List<String> reasons = m.isNullAt(4) ? List.of() : m.getList(4);
      byCluster.computeIfAbsent(cid, k -> new ArrayList<>()).add(new Member(m.getString(1), m.getDouble(2),
          m.getString(3), reasons.isEmpty() ? null : reasons.get(0)));
      if (hasPaid && !m.isNullAt(5)) {
        Map<String, BigDecimal> p = paidByCluster.computeIfAbsent(cid, k -> new TreeMap<>());
        scala.collection.JavaConverters.mapAsJavaMap(m.<String, BigDecimal>getMap(5))
            .forEach((cur, amt) -> p.merge(cur, amt, BigDecimal::add));
      }
    }
    List<ClusterView> views = new ArrayList<>();
    for (Row r : rows) {
      String cid = r.getString(0);
      List<Member> ms = new ArrayList<>(byCluster.getOrDefault(cid, List.of()));
      ms.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.workerId().compareTo(b.workerId()));
      List<SharedValue> shared = new ArrayList<>();
      if (!r.isNullAt(5)) {
        for (Row s : r.<Row>getList(5)) {
          shared.add(new SharedValue(s.getAs("kind"), s.getAs("value_masked"), s.getList(s.fieldIndex("workers"))));
        }
      }
      boolean isNew = !previousIds.contains(cid);
      Set<String> before = previousMembers.getOrDefault(cid, Set.of());
      int newMembers = (int) ms.stream().filter(m -> !before.contains(m.workerId())).count();
      views.add(new ClusterView(cid, r.getInt(1), r.getDouble(2), r.getString(3),
          r.isNullAt(4) ? List.of() : r.getList(4), shared, ms, isNew && hasPrevious, hasPrevious ? newMembers : 0,
          hasPaid ? paidByCluster.getOrDefault(cid, Map.of()) : null));
    }
    return views;
  }

  private List<SignalCount> signalCounts(Dataset<Row> flagged) {
    Map<String, Signal> catalogue = settings.signals();
    List<SignalCount> counts = new ArrayList<>();
    for (Row r : flagged.select(col("worker_id"), explode(col("signals")).as("s"))
        .groupBy(col("s.signal")).agg(countDistinct("worker_id").as("n"))
        .orderBy(col("n").desc(), col("signal")).collectAsList()) {
      Signal s = catalogue.get(r.getString(0));
      counts.add(new SignalCount(r.getString(0), s == null ? r.getString(0) : s.title(),
          s == null ? "" : s.description(), r.getLong(1)));
    }
    return counts;
  }
}
