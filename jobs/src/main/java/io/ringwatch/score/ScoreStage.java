package io.ringwatch.score;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The score stage: a worker's score is the sum of the points of its signals (capped at 100);
 * a cluster's score is its strongest member's plus a little for every further member with a
 * medium score; a cluster member's score is raised to the configured share of the cluster's.
 * Reasons list the signals strongest first, each with its evidence.
 */
public final class ScoreStage {
  private ScoreStage() {}

  /** Both results of scoring. */
  public record Scored(Dataset<Row> workerRisk, Dataset<Row> clusters) {}

  public static Scored run(ScoreSettings settings, ScoreInputs in) {
    Dataset<Row> signals = new WorkerSignals(settings, in).all();
    Dataset<Row> own = signals.groupBy("worker_id").agg(
        least(lit(100.0), sum("points").cast(DataTypes.DoubleType)).as("own_score"),
        collect_list(struct(col("signal"), col("points"), col("evidence"))).as("own_signals"));

    Dataset<Row> members = in.workerClusters().select("worker_id", "cluster_id", "cluster_size");
    Dataset<Row> memberScores = members.join(own, "worker_id", "left")
        .withColumn("own_score", coalesce(col("own_score"), lit(0.0)));
    Dataset<Row> clusterScores = memberScores.groupBy("cluster_id").agg(
        max("own_score").as("top"),
        sum(when(col("own_score").geq(settings.medium()), 1).otherwise(0)).as("strong_members"),
        first("cluster_size").as("size"));
    clusterScores = clusterScores.withColumn("cluster_score", least(lit(100.0),
        col("top").plus(greatest(lit(0), col("strong_members").minus(1)).multiply(5.0))));

    Dataset<Row> shared = sharedAttributes(in.links(), members);
    Dataset<Row> clusters = clusterScores.join(shared, "cluster_id", "left")
        .select(col("cluster_id"), col("size").cast(DataTypes.IntegerType).as("size"),
            round(col("cluster_score"), 1).as("risk_score"), band(settings, col("cluster_score")).as("risk_band"),
            clusterReasons(col("shared_attributes"), col("strong_members"), col("size")).as("reasons"),
            col("shared_attributes"), col("strong_members").cast(DataTypes.IntegerType).as("members_with_signals"));

    Dataset<Row> all = in.workers().select("worker_id")
        .join(own, "worker_id", "left")
        .join(members.select("worker_id", "cluster_id"), "worker_id", "left")
        .join(clusters.select(col("cluster_id"), col("risk_score").as("cluster_score"),
            col("reasons").getItem(0).as("cluster_reason")), "cluster_id", "left")
        .withColumn("own_score", coalesce(col("own_score"), lit(0.0)))
        .withColumn("own_signals", coalesce(col("own_signals"), expr("array()").cast(signalArrayType())));
    Column propagated = coalesce(col("cluster_score"), lit(0.0)).multiply(settings.clusterPropagation());
    Column raise = greatest(lit(0.0), propagated.minus(col("own_score")));
    Column ringSignal = struct(lit(SignalCatalogue.CLUSTER.id()).as("signal"), round(raise, 0).cast("int").as("points"),
        concat(lit("member of cluster "), col("cluster_id"), lit(" (score "), col("cluster_score").cast("string"),
            lit("): "), coalesce(col("cluster_reason"), lit(""))).as("evidence"));
    Column signalsWithRing = when(raise.gt(0.5), array_union(col("own_signals"), array(ringSignal)))
        .otherwise(col("own_signals"));
    Dataset<Row> scored = all.withColumn("_s", signalsWithRing)
        .withColumn("risk_score", round(greatest(col("own_score"), propagated), 1))
        .withColumn("signals", expr("array_sort(_s, (a, b) -> "
            + "case when a.points > b.points then -1 when a.points < b.points then 1 "
            + "when a.signal < b.signal then -1 when a.signal > b.signal then 1 else 0 end)"));
    Dataset<Row> workerRisk = scored.select(col("worker_id"), col("risk_score"),
        band(settings, col("risk_score")).as("risk_band"), col("cluster_id"),
        transform(col("signals"), s -> concat(titleOf(s.getField("signal")), lit(": "), s.getField("evidence"))).as("reasons"),
        col("signals"), round(col("own_score"), 1).as("own_score"));
    return new Scored(workerRisk, clusters);
  }

  private static org.apache.spark.sql.types.DataType signalArrayType() {
    return DataTypes.createArrayType(new org.apache.spark.sql.types.StructType()
        .add("signal", DataTypes.StringType).add("points", DataTypes.IntegerType).add("evidence", DataTypes.StringType));
  }

  static Column band(ScoreSettings s, Column score) {
    return when(score.geq(s.critical()), lit("critical")).when(score.geq(s.high()), lit("high"))
        .when(score.geq(s.medium()), lit("medium")).otherwise(lit("low"));
  }

  private static Column titleOf(Column signalId) {
    Column title = lit(null).cast(DataTypes.StringType);
    for (Signal s : SignalCatalogue.ALL) {
      title = when(signalId.equalTo(s.id()), lit(s.title())).otherwise(title);
    }
    return coalesce(title, signalId);
  }

  /** Per cluster, the values in the graph that tie its members: kind, masked value, workers. */
  static Dataset<Row> sharedAttributes(Dataset<Row> links, Dataset<Row> members) {
    Dataset<Row> inCluster = links.filter(col("ignored_reason").isNull().and(col("holders").geq(2)))
        .join(members.select("worker_id", "cluster_id"), "worker_id");
    Dataset<Row> perValue = inCluster.groupBy("cluster_id", "kind", "value_id", "value_masked")
        .agg(sort_array(collect_set("worker_id")).as("workers"), max("weight").as("weight"))
        .filter(size(col("workers")).geq(2));
    return perValue.groupBy("cluster_id").agg(slice(expr("array_sort(collect_list(struct(-size(workers) as n, kind, "
        + "value_masked, workers)))"), 1, 20).as("_sorted"))
        .select(col("cluster_id"), transform(col("_sorted"), s -> struct(s.getField("kind").as("kind"),
            s.getField("value_masked").as("value_masked"), s.getField("workers").as("workers"))).as("shared_attributes"));
  }

  /** Sentences such as "3 workers share one bank_account ***4821". */
  private static Column clusterReasons(Column shared, Column strongMembers, Column size) {
    Column fromShared = transform(coalesce(shared, expr("array()").cast(DataTypes.createArrayType(
            new org.apache.spark.sql.types.StructType().add("kind", DataTypes.StringType)
                .add("value_masked", DataTypes.StringType)
                .add("workers", DataTypes.createArrayType(DataTypes.StringType))))),
        s -> concat(size(s.getField("workers")).cast("string"), lit(" workers share one "),
            kindName(s.getField("kind")), lit(" "), s.getField("value_masked")));
    Column members = concat(strongMembers.cast("string"), lit(" of "), size.cast("string"),
        lit(" members carry signals of their own"));
    return array_union(slice(fromShared, 1, 5), array(members));
  }

  private static Column kindName(Column kind) {
    return when(kind.equalTo("bank_account"), lit("bank account"))
        .when(kind.equalTo("payout_account"), lit("payout account"))
        .when(kind.equalTo("ship_address"), lit("laptop ship-to address"))
        .when(kind.equalTo("address"), lit("home address"))
        .when(kind.equalTo("national_id"), lit("national id"))
        .when(kind.equalTo("ip"), lit("public IP"))
        .when(kind.equalTo("resume"), lit("CV"))
        .when(kind.equalTo("github"), lit("GitHub handle"))
        .otherwise(kind);
  }
}
