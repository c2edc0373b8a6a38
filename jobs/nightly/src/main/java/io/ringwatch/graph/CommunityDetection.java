package io.ringwatch.graph;

import io.ringwatch.components.ConnectedComponents;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Communities inside the connected components of the identity graph: CWTS Leiden ({@link Leiden})
 * on the weighted worker–worker projection ({@link WorkerProjection}) of each component, run
 * inside the executors, one component per group ({@code groupByKey(piece).flatMapGroups}); no
 * component is collected to the driver.
 *
 * <ul>
 *   <li>A component of fewer than {@code min-component-size} workers is one community as it is
 *       (two workers sharing a value are a cluster of two), without a shuffle of its edges.
 *   <li>Larger components are split by Leiden. Each group sorts its workers by id and the random
 *       generator has a fixed seed, so the same links give the same communities whatever the
 *       order in which Spark delivers the edges.
 *   <li><b>Components too large for one task.</b> A task holds its component's edges in memory,
 *       so a component with more than {@code max-edges-per-task} projected edges is first cut into
 *       pieces that fit, in Spark, round after round: in each round every too-large piece loses
 *       its weakest edges (those strictly below its weight quantile at {@code cut-share}, an
 *       approximate percentile computed by a distributed aggregate; see {@link #prune}), then
 *       connected components are recomputed on what is left ({@link ConnectedComponents}, the
 *       same large-star / small-star algorithm), and the pieces that now fit stop. Then Leiden
 *       runs on each piece. Weak bridges between dense groups go first, so rings tied to each
 *       other by a shared IP fall apart into the rings. This is the CWTS
 *       {@code createPrunedNetwork} idea (keep the strongest edges) done distributed. A worker
 *       tied to the rest only by dropped edges ends up outside any cluster, and a community that
 *       needed dropped edges may come out split; the run logs every cut.
 * </ul>
 */
public final class CommunityDetection {
  private static final Logger LOG = LoggerFactory.getLogger(CommunityDetection.class);

  /** One row per worker Leiden placed: its component, the piece it ran in, its community there. */
  static final StructType ASSIGNMENT = new StructType()
      .add("component_id", DataTypes.LongType, false)
      .add("piece_id", DataTypes.LongType, false)
      .add("worker_id", DataTypes.StringType, false)
      .add("community", DataTypes.IntegerType, false);

  /** Percentiles computed per too-large piece to choose its cut (every 1%). */
  private static final int QUANTILE_STEPS = 100;
  private static final long TIE_BUCKETS = 1_000_000L;

  private CommunityDetection() {}

  /**
   * Communities of the workers of every component.
   *
   * @param workers {@code worker_id}, {@code component_id}: every worker in the graph
   * @param pairs the projection ({@code worker_a}, {@code worker_b}, {@code weight})
   * @param settings graph settings
   * @param components the connected-components algorithm used to cut too-large components
   * @return {@code worker_id}, {@code component_id}, {@code community_key} (string, unique per
   *     community across all components); workers cut loose from a too-large component get no row
   */
  public static Dataset<Row> run(Dataset<Row> workers, Dataset<Row> pairs, GraphSettings settings,
      ConnectedComponents components) {
    Dataset<Row> sizes = workers.groupBy("component_id").agg(count(lit(1)).as("component_size"));
    Dataset<Row> sized = workers.join(sizes, "component_id");
    Column whole = col("component_size").lt(settings.minComponentSize());
    Dataset<Row> asTheyAre = sized.filter(whole)
        .select(col("worker_id"), col("component_id"), concat(col("component_id").cast("string"), lit(":0"))
            .as("community_key"));
    Dataset<Row> toSplit = sized.filter(whole.unary_$bang()).select(col("worker_id").as("worker_a"), col("component_id"));
    Dataset<Row> edges = pairs.join(toSplit, "worker_a")
        .select(col("component_id"), col("component_id").as("piece_id"), col("worker_a"), col("worker_b"), col("weight"));
    Dataset<Row> fitted = fitPieces(edges, settings, components);
    Dataset<Row> assigned = leiden(fitted, settings.leiden());
    Dataset<Row> split = assigned.select(col("worker_id"), col("component_id"),
        concat(col("piece_id").cast("string"), lit(":"), col("community").cast("string")).as("community_key"));
    return asTheyAre.unionByName(split);
  }

  /** Runs Leiden once per piece inside the executors. Input: {@code component_id, piece_id, worker_a, worker_b, weight}. */
  static Dataset<Row> leiden(Dataset<Row> edges, Leiden.Params params) {
    Dataset<Row> slim = edges.select("piece_id", "component_id", "worker_a", "worker_b", "weight");
    return slim.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (piece, rows) -> runPiece(piece, rows, params),
            Encoders.row(ASSIGNMENT));
  }

  /** Leiden on one piece: rows are {@code piece_id, component_id, worker_a, worker_b, weight}. */
  static Iterator<Row> runPiece(long piece, Iterator<Row> rows, Leiden.Params params) {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    long component = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      component = r.getLong(1);
      a.add(r.getString(2));
      b.add(r.getString(3));
      w.add(r.getDouble(4));
      names.add(r.getString(2));
      names.add(r.getString(3));
    }
    // Nodes in worker_id order: the numbering, hence the result, is independent of row order.
    Map<String, Integer> index = new HashMap<>();
    String[] node = names.toArray(new String[0]);
    for (int i = 0; i < node.length; i++) {
      index.put(node[i], i);
    }
    int m = a.size();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    for (int i = 0; i < m; i++) {
      from[i] = index.get(a.get(i));
      to[i] = index.get(b.get(i));
      weight[i] = w.get(i);
    }
    Leiden.Result result = Leiden.cluster(node.length, from, to, weight, params);
    List<Row> out = new ArrayList<>(node.length);
    for (int i = 0; i < node.length; i++) {
      out.add(RowFactory.create(component, piece, node[i], result.community()[i]));
    }
    return out.iterator();
  }

  /**
   * Cuts every piece with more than {@code max-edges-per-task} edges (see the class comment) until
   * all fit. Input and output: {@code component_id, piece_id, worker_a, worker_b, weight}.
   */
  static Dataset<Row> fitPieces(Dataset<Row> input, GraphSettings settings, ConnectedComponents components) {
    long limit = settings.maxEdgesPerTask();
    // Kept: the piece sizes, the fitting pieces and the cut ones each read it.
    Dataset<Row> edges = input.persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      Dataset<Row> counts = edges.groupBy("piece_id").agg(count(lit(1)).as("edges"));
      Dataset<Row> over = counts.filter(col("edges").gt(limit)).persist(StorageLevel.MEMORY_AND_DISK());
      long tooLarge = over.count();
      if (tooLarge == 0) {
        over.unpersist();
        return edges;
      }
      if (round > settings.maxSplitRounds()) {
        throw new IllegalStateException(tooLarge + " components still have more than " + limit
            + " edges after " + settings.maxSplitRounds() + " rounds of cutting their weakest edges");
      }
      Dataset<Row> big = edges.join(broadcast(over), "piece_id");
      Dataset<Row> fitting = edges.join(broadcast(over.select("piece_id")), "piece_id", "left_anti");
      // Stored before connected components run on it: the cut's plan joins the edges several
      // times, and every round of components would otherwise re-plan (and re-explain) it.
      Dataset<Row> kept = prune(big, limit, settings.cutShare()).checkpoint(true);
      long before = big.count();
      long after = kept.count();
      if (after >= before) {
        throw new IllegalStateException("cutting too-large components made no progress");
      }
      Dataset<Row> vertexEdges = kept.select(GraphStage.workerVertex(col("worker_a")).as("src"),
          GraphStage.workerVertex(col("worker_b")).as("dst"));
      Dataset<Row> pieces = components.run(vertexEdges);
      Dataset<Row> relabelled = kept.join(pieces, GraphStage.workerVertex(col("worker_a")).equalTo(col("id")))
          .select(col("component_id"), col("component").as("piece_id"), col("worker_a"), col("worker_b"), col("weight"));
      Dataset<Row> next = fitting.select("component_id", "piece_id", "worker_a", "worker_b", "weight")
          .unionByName(relabelled).checkpoint(true);
      LOG.info("graph: round {} cut {} components of more than {} edges, keeping {} of their {} edges", round,
          tooLarge, limit, after, before);
      over.unpersist();
      edges.unpersist();
      edges = next;
    }
  }

  /**
   * One cut of every too-large piece (input: its edges with their count {@code edges}). The
   * threshold q is the piece's weight quantile at {@code share} (or at the smaller share that
   * brings it down to {@code limit}), from a distributed approximate-percentile aggregate. Every edge
   * strictly weaker than q is dropped, so whole weight levels go first and equally strong ties
   * are never split arbitrarily; only when nothing is weaker than q (the weakest level is more
   * than that share of the piece) is part of that level dropped, by a hash of the pair, down to
   * the target. Either way each piece loses at least one edge per cut.
   */
  static Dataset<Row> prune(Dataset<Row> big, long limit, double share) {
    Column[] percentages = new Column[QUANTILE_STEPS + 1];
    for (int i = 0; i <= QUANTILE_STEPS; i++) {
      percentages[i] = lit((double) i / QUANTILE_STEPS);
    }
    Column target = greatest(lit((double) limit), floor(col("edges").multiply(1.0 - share)));
    Column step = least(lit(QUANTILE_STEPS), greatest(lit(0),
        ceil(lit(1.0).minus(target.divide(col("edges"))).multiply(QUANTILE_STEPS)).cast("int")));
    Dataset<Row> quantiles = big.groupBy("piece_id", "edges")
        .agg(percentile_approx(col("weight"), array(percentages), lit(10_000)).as("q"))
        .select(col("piece_id"), element_at(col("q"), step.plus(1)).as("threshold"), target.as("target"));
    Dataset<Row> withThreshold = big.drop("edges").join(quantiles, "piece_id");
    Dataset<Row> tally = withThreshold.groupBy("piece_id").agg(
        sum(when(col("weight").lt(col("threshold")), 1L).otherwise(0L)).as("below"),
        sum(when(col("weight").gt(col("threshold")), 1L).otherwise(0L)).as("above"),
        sum(when(col("weight").equalTo(col("threshold")), 1L).otherwise(0L)).as("at"));
    Column keepAt = greatest(lit(0.0), least(lit(1.0),
        col("target").minus(col("above")).divide(greatest(col("at"), lit(1L)))));
    // Which ties stay: those whose pair hash lies below the hash quantile at the share of ties
    // that fits. The quantile is one of the ties' own hashes, so at least that tie goes.
    Column bucket = pmod(xxhash64(col("worker_a"), col("worker_b")), lit(TIE_BUCKETS));
    Dataset<Row> tallied = withThreshold.join(tally, "piece_id").withColumn("keep_at", keepAt)
        .withColumn("bucket", bucket);
    Column tieIndex = least(lit(QUANTILE_STEPS), floor(col("keep_at").multiply(QUANTILE_STEPS)).cast("int")).plus(1);
    Dataset<Row> cuts = tallied.filter(col("below").equalTo(0).and(col("weight").equalTo(col("threshold"))))
        .groupBy("piece_id", "keep_at")
        .agg(percentile_approx(col("bucket"), array(percentages), lit(10_000)).as("bq"))
        .select(col("piece_id").as("cut_piece"), element_at(col("bq"), tieIndex).as("bucket_cut"));
    Column kept = when(col("below").gt(0), col("weight").geq(col("threshold")))
        .otherwise(col("weight").gt(col("threshold"))
            .or(col("weight").equalTo(col("threshold")).and(col("bucket").lt(col("bucket_cut")))));
    return tallied.join(cuts, col("piece_id").equalTo(col("cut_piece")), "left")
        .filter(kept)
        .select("component_id", "piece_id", "worker_a", "worker_b", "weight");
  }
}
