package io.ringwatch.score;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.ingest.DatasetCounts;
import io.ringwatch.score.signals.Signal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Applies the auditors' decisions (io.ringwatch.ingest.DispositionsInput) to a night's scores,
 * after {@link ScoreStage}. Of the decisions on one subject (a worker or a cluster) the latest, by
 * {@code decided_at}, counts.
 *
 * <ul>
 *   <li>{@code false_positive} on a worker: when the worker's signals now (the derived
 *   {@code ring_member} aside) are all among {@code signals_at_decision}, the flag is suppressed:
 *   {@code risk_band} becomes {@code low}, {@code risk_score} stays as computed, and the first reason
 *   says who cleared it, when and why. Otherwise the flag stands and the first reason names the
 *   signals that are new since the decision.</li>
 *   <li>{@code false_positive} on a cluster: the same with the union of its members' signals; a
 *   member with signals who was not in the cluster on the decision's night (from the published
 *   {@code cluster_members} of that {@code run_date}, when there is one) is new evidence too. When
 *   the cluster is suppressed, members whose score came from the cluster (signal {@code ring_member})
 *   fall back to their own score and band, and their row shows the cluster's decision.</li>
 *   <li>{@code confirmed}: the flag stays (band at least {@code high}) and the first reason shows the
 *   confirmation.</li>
 * </ul>
 * A worker's own decision takes precedence over its cluster's. Both tables get a column
 * {@code disposition} ({@link #DISPOSITION}), null when no decision concerns the row.
 */
public final class Dispositions {
  /** The {@code disposition} column of {@code worker_risk} and {@code clusters}. */
  public static final StructType DISPOSITION = new StructType()
      .add("subject_type", DataTypes.StringType).add("subject_id", DataTypes.StringType)
      .add("decision", DataTypes.StringType).add("decided_by", DataTypes.StringType)
      .add("decided_at", DataTypes.TimestampType).add("reason", DataTypes.StringType)
      .add("suppressed", DataTypes.BooleanType)
      .add("new_signals", DataTypes.createArrayType(DataTypes.StringType))
      .add("new_members", DataTypes.createArrayType(DataTypes.StringType));

  static final String FALSE_POSITIVE = "false_positive";
  static final String CONFIRMED = "confirmed";
  private static final String RING = SignalCatalogue.CLUSTER.id();

  /** The scores with the decisions applied, and the decision that counts per subject. */
  public record Applied(Dataset<Row> workerRisk, Dataset<Row> clusters, Dataset<Row> latest) {}

  /** What the run did with the decisions, for run_audit. */
  public record Counts(long read, long accepted, long rejected, long subjects, long applied, long suppressed,
      long reRaised, long confirmed, long membersCleared) {}

  private Dispositions() {}

  /**
   * @param decisions the accepted decisions (DispositionsInput.ACCEPTED)
   * @param membersAtDecision published cluster members (io.ringwatch.publish.PublishedHistory) ({@code cluster_id}, {@code worker_id},
   *     {@code run_date}) of the nights decided on; may be empty
   */
  public static Applied apply(ScoreSettings settings, Dataset<Row> workerRisk, Dataset<Row> clusters,
      Dataset<Row> decisions, Dataset<Row> membersAtDecision) {
    Dataset<Row> latest = decisions
        .withColumn("_rank", row_number().over(Window.partitionBy("subject_type", "subject_id").orderBy(
            col("decided_at").desc(), col("decision").asc(), col("decided_by").asc(), col("reason").asc_nulls_last())))
        .filter(col("_rank").equalTo(1)).drop("_rank");
    Column emptyIds = lit(new String[0]);

    // Workers and their own decisions.
    Dataset<Row> w = workerRisk.withColumn("_ids", ownIds(col("signals")))
        .join(prefixed(latest.filter(col("subject_type").equalTo("worker"))),
            col("worker_id").equalTo(col("_d_subject_id")), "left");
    Column wNew = array_except(col("_ids"), coalesce(col("_d_signals_at_decision"), emptyIds));
    w = w.withColumn("_new", when(col("_d_decision").isNotNull(), array_sort(wNew)))
        .withColumn("_suppressed", col("_d_decision").equalTo(FALSE_POSITIVE).and(size(col("_new")).equalTo(0)));

    // Clusters: the union of their members' signals, and their members with signals of their own.
    Dataset<Row> now = workerRisk.filter(col("cluster_id").isNotNull())
        .withColumn("_ids", ownIds(col("signals")))
        .groupBy(col("cluster_id").as("_c_id")).agg(
            array_sort(array_distinct(flatten(collect_list(col("_ids"))))).as("_c_ids"),
            array_sort(collect_set(when(size(col("_ids")).gt(0), col("worker_id")))).as("_c_signalled"));
    Dataset<Row> clusterDecisions = prefixed(latest.filter(col("subject_type").equalTo("cluster")));
    Dataset<Row> then = membersAtDecision.join(clusterDecisions, membersAtDecision.col("cluster_id")
            .equalTo(col("_d_subject_id")).and(membersAtDecision.col("run_date").equalTo(col("_d_run_date"))))
        .groupBy(col("_d_subject_id").as("_t_id")).agg(collect_set(col("worker_id")).as("_then_members"));
    Dataset<Row> c = clusters.join(clusterDecisions, col("cluster_id").equalTo(col("_d_subject_id")), "left")
        .join(now, col("cluster_id").equalTo(col("_c_id")), "left")
        .join(then, col("cluster_id").equalTo(col("_t_id")), "left");
    Column cNew = array_except(coalesce(col("_c_ids"), emptyIds), coalesce(col("_d_signals_at_decision"), emptyIds));
    Column cNewMembers = when(col("_then_members").isNull(), emptyIds)
        .otherwise(array_except(coalesce(col("_c_signalled"), emptyIds), col("_then_members")));
    c = c.withColumn("_new", when(col("_d_decision").isNotNull(), array_sort(cNew)))
        .withColumn("_new_members", when(col("_d_decision").isNotNull(), array_sort(cNewMembers)))
        .withColumn("_suppressed", col("_d_decision").equalTo(FALSE_POSITIVE)
            .and(size(col("_new")).equalTo(0)).and(size(col("_new_members")).equalTo(0)));
    Column cReason = decisionReason(col("_new"), col("_new_members"), "no new signals or members with signals since");
    Dataset<Row> clustersOut = c
        .withColumn("risk_band", outcomeBand(col("risk_band")))
        .withColumn("reasons", withFirst(cReason, col("reasons")))
        .withColumn("disposition", disposition("cluster", col("cluster_id"), col("_new_members")).cast(DISPOSITION));
    Dataset<Row> clustersDone = clustersOut.select(columnsOf(clusters, "disposition"));

    // Members of a suppressed cluster whose score came from the cluster fall back to their own.
    Dataset<Row> cleared = clustersOut.filter(col("_suppressed"))
        .select(col("cluster_id").as("_x_id"), col("disposition").as("_x_disposition"),
            clusterClearedReason().as("_x_reason"));
    w = w.join(cleared, col("cluster_id").equalTo(col("_x_id")), "left");
    Column fallsBack = col("_d_decision").isNull().and(col("_x_id").isNotNull())
        .and(array_contains(transform(col("signals"), s -> s.getField("signal")), RING));
    String ringReason = SignalCatalogue.CLUSTER.title() + ": ";
    Column wReason = decisionReason(col("_new"), lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)),
        "no new signals since");
    Column falls = col("_falls");
    Dataset<Row> workersOut = w.withColumn("_falls", fallsBack)
        .withColumn("risk_band", when(falls, ScoreStage.band(settings, col("own_score")))
            .otherwise(outcomeBand(col("risk_band"))))
        .withColumn("risk_score", when(falls, col("own_score")).otherwise(col("risk_score")))
        .withColumn("reasons", when(falls, withFirst(col("_x_reason"),
                filter(col("reasons"), r -> r.startsWith(ringReason).unary_$bang())))
            .otherwise(withFirst(wReason, col("reasons"))))
        .withColumn("signals", when(falls, filter(col("signals"), s -> s.getField("signal").notEqual(RING)))
            .otherwise(col("signals")))
        .withColumn("disposition", when(falls, col("_x_disposition"))
            .otherwise(disposition("worker", col("worker_id"), lit(new String[0]))).cast(DISPOSITION));
    return new Applied(workersOut.select(columnsOf(workerRisk, "disposition")), clustersDone, latest);
  }

  /** The scores of a night without a dispositions input: every {@code disposition} is null. */
  public static Applied none(Dataset<Row> workerRisk, Dataset<Row> clusters, Dataset<Row> decisions) {
    Column nothing = lit(null).cast(DISPOSITION).as("disposition");
    return new Applied(workerRisk.withColumn("disposition", nothing), clusters.withColumn("disposition", nothing),
        decisions);
  }

  /** The counts of run_audit: one pass over each result. */
  public static Counts counts(DatasetCounts read, Applied applied) {
    Row w = applied.workerRisk().filter(col("disposition").isNotNull()).agg(
        sum(when(col("disposition.subject_type").equalTo("worker"), 1).otherwise(0)),
        sum(when(col("disposition.subject_type").equalTo("worker").and(col("disposition.suppressed")), 1).otherwise(0)),
        sum(when(col("disposition.subject_type").equalTo("worker").and(col("disposition.decision")
            .equalTo(FALSE_POSITIVE)).and(col("disposition.suppressed").unary_$bang()), 1).otherwise(0)),
        sum(when(col("disposition.subject_type").equalTo("worker").and(col("disposition.decision")
            .equalTo(CONFIRMED)), 1).otherwise(0)),
        sum(when(col("disposition.subject_type").equalTo("cluster"), 1).otherwise(0))).first();
    Row c = applied.clusters().filter(col("disposition").isNotNull()).agg(count(lit(1)),
        sum(when(col("disposition.suppressed"), 1).otherwise(0)),
        sum(when(col("disposition.decision").equalTo(FALSE_POSITIVE).and(col("disposition.suppressed").unary_$bang()),
            1).otherwise(0)),
        sum(when(col("disposition.decision").equalTo(CONFIRMED), 1).otherwise(0))).first();
    return new Counts(read.read(), read.accepted(), read.rejected(), applied.latest().count(),
        l(w, 0) + l(c, 0), l(w, 1) + l(c, 1), l(w, 2) + l(c, 2), l(w, 3) + l(c, 3), l(w, 4));
  }

  private static long l(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  /** Signal ids of a worker's signals, without the derived ring_member, sorted and distinct. */
  private static Column ownIds(Column signals) {
    Column ids = coalesce(transform(signals, s -> s.getField("signal")), lit(new String[0]));
    return array_sort(array_distinct(filter(ids, x -> x.notEqual(RING))));
  }

  /** The decision's columns, prefixed {@code _d_} so that they cannot clash with the scores'. */
  private static Dataset<Row> prefixed(Dataset<Row> decisions) {
    return decisions.select(Arrays.stream(decisions.columns()).map(n -> col(n).as("_d_" + n)).toArray(Column[]::new));
  }

  private static Column outcomeBand(Column band) {
    return when(col("_suppressed"), lit("low"))
        .when(col("_d_decision").equalTo(CONFIRMED).and(band.isin("low", "medium")), lit("high"))
        .otherwise(band);
  }

  /** "by alice on 2026-11-10 (duplicate of case 12)". */
  private static Column byWhom() {
    return concat(lit("by "), col("_d_decided_by"), lit(" on "), date_format(col("_d_decided_at"), "yyyy-MM-dd"),
        when(col("_d_reason").isNotNull().and(col("_d_reason").notEqual("")),
            concat(lit(" ("), col("_d_reason"), lit(")"))).otherwise(lit("")));
  }

  /** The first reason a decision puts in front, null when there is no decision. */
  private static Column decisionReason(Column newSignals, Column newMembers, String nothingNew) {
    Column titled = array_join(transform(newSignals, id -> concat(coalesce(element_at(titles(), id), id),
        lit(" ("), id, lit(")"))), ", ");
    Column newEvidence = concat(
        when(size(newSignals).gt(0), concat(lit("new signals since then: "), titled)).otherwise(lit("")),
        when(size(newSignals).gt(0).and(coalesce(size(newMembers), lit(0)).gt(0)), lit("; ")).otherwise(lit("")),
        when(coalesce(size(newMembers), lit(0)).gt(0),
            concat(lit("new members with signals since then: "), array_join(newMembers, ", "))).otherwise(lit("")));
    return when(col("_d_decision").equalTo(CONFIRMED), concat(lit("Confirmed as a real case "), byWhom()))
        .when(col("_suppressed"), concat(lit("Cleared as false positive "), byWhom(), lit("; " + nothingNew)))
        .when(col("_d_decision").equalTo(FALSE_POSITIVE), concat(lit("Cleared as false positive "), byWhom(),
            lit(", raised again: "), newEvidence));
  }

  private static Column clusterClearedReason() {
    return concat(lit("Cluster "), col("cluster_id"), lit(" cleared as false positive "), byWhom(),
        lit("; scored on the worker's own signals only"));
  }

  private static Column titles() {
    List<Column> pairs = new ArrayList<>();
    for (Signal s : SignalCatalogue.ALL) {
      pairs.add(lit(s.id()));
      pairs.add(lit(s.title()));
    }
    return map(pairs.toArray(new Column[0]));
  }

  /** The reasons with {@code first} in front, unchanged when it is null. */
  private static Column withFirst(Column first, Column reasons) {
    Column rest = coalesce(reasons, lit(new String[0]));
    return when(first.isNull(), reasons).otherwise(concat(org.apache.spark.sql.functions.array(first), rest));
  }

  private static Column disposition(String subjectType, Column subjectId, Column newMembers) {
    return when(col("_d_decision").isNotNull(), struct(lit(subjectType).as("subject_type"), subjectId.as("subject_id"),
        col("_d_decision").as("decision"), col("_d_decided_by").as("decided_by"),
        col("_d_decided_at").as("decided_at"), col("_d_reason").as("reason"), col("_suppressed").as("suppressed"),
        col("_new").as("new_signals"), newMembers.as("new_members")));
  }

  private static Column[] columnsOf(Dataset<Row> original, String added) {
    List<Column> out = new ArrayList<>();
    for (String n : original.columns()) {
      out.add(col(n));
    }
    out.add(col(added));
    return out.toArray(new Column[0]);
  }
}
