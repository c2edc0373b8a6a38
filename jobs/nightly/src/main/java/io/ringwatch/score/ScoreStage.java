package io.ringwatch.score;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.frames.FrameSchema;
import io.ringwatch.score.signals.Signal;
import io.ringwatch.stage.Stage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The score stage: a worker's score is the sum of the points of its signals (capped at 100); a
 * cluster's score comes from the kinds of values that tie its members and from what its members
 * do ({@link ClusterScoring}); a member's score is raised to the configured share of its
 * cluster's (less for members tied in only by a public IP or home address). Reasons come
 * strongest first, each with its evidence.
 */
public final class ScoreStage implements Stage<ScoreInputs, ScoreStage.Scored> {
  /** The scored workers handed on: every column, as publish writes them all (before paid_12m, frames.md §7). */
  public static final FrameSchema WORKER_RISK = FrameSchema.of("worker_risk (scored)", "worker_id STRING, "
      + "risk_score DOUBLE, risk_band STRING, cluster_id STRING, reasons ARRAY<STRING>, "
      + "signals ARRAY<STRUCT<signal: STRING, points: INT, evidence: STRING>>, own_score DOUBLE");
  /** The scored clusters handed on: every column, as publish writes them all. */
  public static final FrameSchema CLUSTERS = FrameSchema.of("clusters (scored)", "cluster_id STRING, size INT, "
      + "risk_score DOUBLE, risk_band STRING, reasons ARRAY<STRING>, "
      + "shared_attributes ARRAY<STRUCT<kind: STRING, value_masked: STRING, workers: ARRAY<STRING>>>, "
      + "members_with_signals INT, tie_kinds ARRAY<STRING>");

  private final ScoreSettings settings;
  private final ClusterScoreSettings clusterSettings;

  public ScoreStage(ScoreSettings settings, ClusterScoreSettings clusterSettings) {
    this.settings = settings;
    this.clusterSettings = clusterSettings;
  }

  /** Every input row behind each worker signal: published as signal_evidence. */
  public static final FrameSchema SIGNAL_EVIDENCE = FrameSchema.of("signal_evidence", "worker_id STRING, "
      + "signal STRING, dataset STRING, record_id STRING");

  /**
   * The results of scoring: the workers, the clusters, and the input rows behind each worker
   * signal (one row per worker, signal and row; the ring_member signal's are the links' rows,
   * link_evidence).
   */
  public record Scored(Dataset<Row> workerRisk, Dataset<Row> clusters, Dataset<Row> signalEvidence) {
    /** This result, once the frames have the columns of their schemas (metadata only). */
    public Scored checked() {
      WORKER_RISK.check(workerRisk);
      CLUSTERS.check(clusters);
      SIGNAL_EVIDENCE.check(signalEvidence);
      return this;
    }
  }

  /** The night scored (the signals, ties and cluster scores are stored here; the worker rows when read). */
  @Override
  public Scored run(ScoreInputs in) {
    return run(settings, clusterSettings, in.checked());
  }

  public static Scored run(ScoreSettings settings, ClusterScoreSettings clusterSettings, ScoreInputs in) {
    // Stored once: the worker scores, the cluster scores and their reasons each read the signals,
    // and the union of every signal's plan, copied into each, made planning alone take minutes.
    Dataset<Row> signals = PopulationWeights.apply(new WorkerSignals(settings, in).all(), in.workers(),
        settings.population()).checkpoint(true);
    Column behavioural = col("signal").isin(clusterSettings.tieSignals().toArray()).unary_$bang();
    Dataset<Row> own = signals.groupBy("worker_id").agg(
        least(lit(100.0), sum("points").cast(DataTypes.DoubleType)).as("own_score"),
        least(lit(100.0), sum(when(behavioural, col("points")).otherwise(0)).cast(DataTypes.DoubleType))
            .as("behaviour_score"),
        collect_list(struct(col("signal"), col("points"), col("evidence"))).as("own_signals"));

    Dataset<Row> members = in.workerClusters().select("worker_id", "cluster_id", "cluster_size");
    // Stored: the cluster scores and each member's share of them read the ties.
    Dataset<Row> ties = ClusterTies.of(in, members).checkpoint(true);
    // Stored: the worker scores below read the cluster scores, and so does every caller.
    Dataset<Row> clusters = scoreClusters(settings, clusterSettings, signals, own, members, ties).checkpoint(true);

    // A member's share of the cluster's score depends on how it is tied in (ClusterScoring.memberShare).
    UserDefinedFunction memberShare = udf((Seq<String> kinds, Double behaviour) -> ClusterScoring.memberShare(
        clusterSettings, kinds == null ? Set.of() : new HashSet<>(JavaConverters.seqAsJavaList(kinds)),
        behaviour == null ? 0.0 : behaviour), DataTypes.DoubleType);
    Dataset<Row> memberTies = ties.filter(col("household").unary_$bang())
        .select(col("cluster_id"), explode(col("workers")).as("worker_id"), col("kind"))
        .groupBy("cluster_id", "worker_id").agg(collect_set("kind").as("tie_kinds"));

    Dataset<Row> all = in.workers().select("worker_id")
        .join(own, "worker_id", "left")
        .join(members.select("worker_id", "cluster_id"), "worker_id", "left")
        .join(memberTies, new String[] {"cluster_id", "worker_id"}, "left")
        .join(clusters.select(col("cluster_id"), col("risk_score").as("cluster_score"),
            col("reasons").getItem(0).as("cluster_reason")), "cluster_id", "left")
        .withColumn("own_score", coalesce(col("own_score"), lit(0.0)))
        .withColumn("own_signals", coalesce(col("own_signals"), expr("array()").cast(signalArrayType())));
    Column propagated = coalesce(col("cluster_score"), lit(0.0)).multiply(settings.clusterPropagation())
        .multiply(when(col("cluster_id").isNull(), lit(0.0))
            .otherwise(memberShare.apply(col("tie_kinds"), col("behaviour_score"))));
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
    // Read from the stored signals: one pass over a few rows per flagged worker.
    Dataset<Row> signalEvidence = signals.select(col("worker_id"), col("signal"), explode(col("records")).as("_r"))
        .select(col("worker_id"), col("signal"), col("_r.dataset").as("dataset"), col("_r.record_id").as("record_id"));
    return new Scored(workerRisk, clusters, signalEvidence);
  }

  /**
   * One row per cluster: its score from the kinds of values that tie members living apart and
   * from what its members do ({@link ClusterScoring}), and reasons strongest first.
   */
  private static Dataset<Row> scoreClusters(ScoreSettings settings, ClusterScoreSettings cs, Dataset<Row> signals,
      Dataset<Row> own, Dataset<Row> members, Dataset<Row> ties) {
    Dataset<Row> memberScores = members.join(own.select("worker_id", "behaviour_score"), "worker_id", "left")
        .withColumn("behaviour_score", coalesce(col("behaviour_score"), lit(0.0)));
    Dataset<Row> behaviour = memberScores.groupBy("cluster_id").agg(
        max("behaviour_score").as("top_behaviour"),
        sum(when(col("behaviour_score").geq(cs.memberSignalPoints()), 1).otherwise(0)).as("members_with_signals"),
        max("cluster_size").as("size"));
    // Per kind, the most workers sharing one value of it (ClusterScoring.breadthFactor).
    Dataset<Row> tieKinds = ties.filter(col("household").unary_$bang()).groupBy("cluster_id", "kind")
        .agg(max("n").as("n")).groupBy("cluster_id")
        .agg(sort_array(collect_list("kind")).as("tie_kinds"), collect_list(struct(col("kind"), col("n"))).as("widest"));
    UserDefinedFunction score = udf((Seq<Row> widest, Double top, Integer n) -> ClusterScoring.score(cs,
            widestTies(widest), top == null ? 0.0 : top, n == null ? 0 : n), DataTypes.DoubleType);
    Dataset<Row> scored = behaviour.join(tieKinds, "cluster_id", "left")
        .withColumn("tie_kinds", coalesce(col("tie_kinds"), expr("array()").cast("array<string>")))
        .withColumn("cluster_score", score.apply(col("widest"), col("top_behaviour"),
            col("members_with_signals").cast(DataTypes.IntegerType)));

    // Which behavioural signals the members show, most common first: "IP-KVM hardware attached (2)".
    Dataset<Row> perSignal = signals.filter(col("signal").isin(cs.tieSignals().toArray()).unary_$bang()
            .and(col("points").gt(0)))
        .join(members.select("worker_id", "cluster_id"), "worker_id")
        .groupBy("cluster_id", "signal").agg(countDistinct("worker_id").as("n"), max("points").as("p"))
        .groupBy("cluster_id").agg(slice(expr("array_sort(collect_list(struct(-n as k, -p as q, signal, n)))"), 1, 4)
            .as("top_signals"));
    Column signalList = concat_ws(", ", transform(col("top_signals"), s -> concat(titleOf(s.getField("signal")),
        lit(" ("), s.getField("n").cast("string"), lit(")"))));
    Column behaviourSentence = when(col("members_with_signals").gt(0), concat(col("members_with_signals").cast("string"),
            lit(" of "), col("size").cast("string"), lit(" members show signals of their own: "), signalList))
        .otherwise(concat(lit("none of the "), col("size").cast("string"),
            lit(" members shows signals of its own beyond the shared values")));

    // Reasons, strongest first: a tie weighs its kind's points (a household's tie nothing), the
    // members' line weighs the strongest member's behavioural score.
    Dataset<Row> tieReasons = ties.withColumn("w", when(col("household"), lit(0)).otherwise(ClusterTies.kindPoints(cs)))
        .groupBy("cluster_id").agg(collect_list(struct(col("w"), col("n"), col("sentence"))).as("tie_reasons"));
    Dataset<Row> withReasons = scored.join(perSignal, "cluster_id", "left").join(tieReasons, "cluster_id", "left")
        .withColumn("_r", array_union(coalesce(col("tie_reasons"), expr("array()").cast(
                "array<struct<w:int,n:int,sentence:string>>")),
            array(struct(col("top_behaviour").cast("int").as("w"), col("members_with_signals").cast("int").as("n"),
                behaviourSentence.as("sentence")))))
        .withColumn("reasons", slice(transform(expr("array_sort(_r, (a, b) -> case when a.w > b.w then -1 "
            + "when a.w < b.w then 1 when a.n > b.n then -1 when a.n < b.n then 1 "
            + "when a.sentence < b.sentence then -1 when a.sentence > b.sentence then 1 else 0 end)"),
            r -> r.getField("sentence")), 1, 6));

    Dataset<Row> shared = sharedAttributes(ties);
    return withReasons.join(shared, "cluster_id", "left")
        .select(col("cluster_id"), col("size").cast(DataTypes.IntegerType).as("size"),
            round(col("cluster_score"), 1).as("risk_score"), band(settings, col("cluster_score")).as("risk_band"),
            col("reasons"), col("shared_attributes"),
            col("members_with_signals").cast(DataTypes.IntegerType).as("members_with_signals"), col("tie_kinds"));
  }

  private static Map<String, Integer> widestTies(Seq<Row> widest) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    if (widest != null) {
      for (Row r : JavaConverters.seqAsJavaList(widest)) {
        out.merge(r.getString(0), r.getInt(1), Math::max);
      }
    }
    return out;
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

  /** Per cluster, the values that tie its members: kind, masked value, workers; most holders first. */
  static Dataset<Row> sharedAttributes(Dataset<Row> ties) {
    return ties.groupBy("cluster_id").agg(slice(expr("array_sort(collect_list(struct(-n as k, kind, "
        + "value_masked, workers)))"), 1, 20).as("_sorted"))
        .select(col("cluster_id"), transform(col("_sorted"), s -> struct(s.getField("kind").as("kind"),
            s.getField("value_masked").as("value_masked"), s.getField("workers").as("workers"))).as("shared_attributes"));
  }
}
