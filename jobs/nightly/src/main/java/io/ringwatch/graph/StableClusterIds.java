package io.ringwatch.graph;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.frames.FrameSchema;
import io.ringwatch.stage.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives this run's clusters the ids they had in the last published run when most of their members
 * are the same, new ids otherwise, and records splits, merges and dissolved clusters. The rule is
 * {@link ClusterMatching}'s (see there); this class applies it on Spark: members are joined on
 * {@code worker_id}, shared members counted per (new, old) cluster pair, and the greedy matching
 * runs as rounds of mutually best pairs (a pair that is the best remaining pair of both its new
 * cluster and its old cluster is taken; that is exactly what the global greedy order takes). With
 * the default {@code min-shared-fraction = 0.5} every candidate pair is mutually best, so one
 * round suffices. Nothing proportional to the clusters is collected to the driver; the only
 * value collected is the previous run date.
 *
 * <p>Input: the graph stage's {@code worker_clusters} (at least {@code worker_id} and the
 * provisional {@code cluster_id}; rows with a null {@code cluster_id} are kept as they are).
 * Output: the same rows and columns with {@code cluster_id} replaced by the stable id, and the
 * {@code cluster_lineage} rows (frames.md §6a).
 */
public final class StableClusterIds implements Stage<StableClusterIds.Input, StableClusterIds.Assigned> {
  private static final Logger LOG = LoggerFactory.getLogger(StableClusterIds.class);

  /** The graph stage's clusters re-labelled: the same columns ({@link GraphStage#WORKER_CLUSTERS}). */
  public static final FrameSchema CLUSTERS = GraphStage.WORKER_CLUSTERS.named("worker_clusters (stable ids)");
  /** {@code cluster_lineage} (frames.md §6a): every column, as publish writes them all. */
  public static final FrameSchema LINEAGE = FrameSchema.of("cluster_lineage", "cluster_id STRING, event STRING, "
      + "previous_cluster_ids ARRAY<STRING>, id_kept BOOLEAN, size BIGINT, members_kept BIGINT, members_added BIGINT, "
      + "members_removed BIGINT");

  /**
   * This run's clusters and the previous night's members ({@code cluster_id, worker_id} of the
   * latest committed run date before this run's, read by the pipeline from the published
   * history; {@code previousRunDate} null and {@code previousMembers} empty when there is none).
   */
  public record Input(Clustered clusters, LocalDate previousRunDate, Dataset<Row> previousMembers) {}

  /** The re-labelled clusters, the lineage rows, and the run they were matched against (null: none). */
  public record Assigned(Dataset<Row> clusters, Dataset<Row> lineage, LocalDate previousRunDate) {
    /** This result, once both frames have the columns of their schemas (metadata only). */
    public Assigned checked() {
      CLUSTERS.check(clusters);
      LINEAGE.check(lineage);
      return this;
    }
  }

  private final ClusterIdSettings settings;
  private final LocalDate runDate;

  public StableClusterIds(ClusterIdSettings settings, LocalDate runDate) {
    this.settings = settings;
    this.runDate = runDate;
  }

  /** The clusters with stable ids, and their lineage (the greedy matching runs here). */
  @Override
  public Assigned run(Input in) {
    return assign(settings, in.clusters().checked().workerClusters(), in.previousRunDate(), in.previousMembers(),
        runDate);
  }

  /**
   * Matches {@code clusters} against the previous night's members ({@code previous}: cluster_id,
   * worker_id of the latest committed run date before {@code runDate}, read by the pipeline from
   * the published history; {@code previousDate} null and {@code previous} empty when there is none,
   * and every cluster is new).
   */
  public static Assigned assign(ClusterIdSettings settings, Dataset<Row> clusters, LocalDate previousDate,
      Dataset<Row> previous, LocalDate runDate) {
    LOG.info("cluster ids for {}: matched against {}", runDate,
        previousDate == null ? "no earlier run (every cluster is new)" : "the run of " + previousDate);
    Assigned a = assign(clusters, previous, runDate, settings.minSharedFraction());
    return new Assigned(a.clusters(), a.lineage(), previousDate);
  }

  /** The rule on two frames: this run's clusters and the previous run's (cluster_id, worker_id). */
  public static Assigned assign(Dataset<Row> clusters, Dataset<Row> previous, LocalDate runDate, double minShare) {
    Dataset<Row> current = clusters.filter(col("cluster_id").isNotNull())
        .select(col("cluster_id").as("new_key"), col("worker_id"));
    Dataset<Row> newSizes = current.groupBy("new_key")
        .agg(count(lit(1)).as("new_size"), min("worker_id").as("first_member"));
    Dataset<Row> old = previous.filter(col("cluster_id").isNotNull())
        .select(col("cluster_id").as("old_id"), col("worker_id")).distinct();
    Dataset<Row> oldSizes = old.groupBy("old_id").agg(count(lit(1)).as("old_size"));

    // Kept (memory, else disk): the matching and the lineage's successor counts read it three times.
    Dataset<Row> overlaps = current.join(old, "worker_id")
        .groupBy("new_key", "old_id").agg(count(lit(1)).as("shared"))
        .join(newSizes, "new_key").join(oldSizes, "old_id")
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> matches = greedy(overlaps.filter(isCandidate(minShare)));

    Dataset<Row> ids = newSizes.join(matches, "new_key", "left")
        .select(col("new_key"), col("new_size"), col("first_member"),
            coalesce(col("old_id"), newId(runDate, col("first_member"))).as("stable_id"),
            col("old_id").isNotNull().as("id_kept"));

    // Re-label: the same rows and columns, cluster_id replaced.
    List<Column> out = Arrays.stream(clusters.columns())
        .map(c -> c.equals("cluster_id") ? col("stable_id").as("cluster_id") : col("c." + c).as(c)).toList();
    Dataset<Row> relabelled = clusters.as("c")
        .join(ids.select("new_key", "stable_id"), col("c.cluster_id").equalTo(col("new_key")), "left")
        .select(out.toArray(Column[]::new));

    // Lineage of every cluster of this run.
    Dataset<Row> successors = overlaps.groupBy("old_id").agg(countDistinct("new_key").as("successors"));
    Dataset<Row> perNew = overlaps.join(successors, "old_id").groupBy("new_key").agg(
        array_sort(collect_list("old_id")).as("previous_cluster_ids"),
        sum("shared").as("members_kept"),
        sum("old_size").as("union_size"),
        max(col("successors").geq(2)).as("any_split"));
    Column previousIds = coalesce(col("previous_cluster_ids"), array().cast("array<string>"));
    Column preds = size(previousIds);
    Column split = coalesce(col("any_split"), lit(false));
    Column kept = coalesce(col("members_kept"), lit(0L));
    Dataset<Row> lineage = ids.join(perNew, "new_key", "left").select(
        col("stable_id").as("cluster_id"),
        when(preds.equalTo(0), lit(ClusterMatching.NEW))
            .when(preds.equalTo(1).and(split), lit(ClusterMatching.SPLIT))
            .when(preds.equalTo(1), lit(ClusterMatching.CONTINUED))
            .when(split, lit(ClusterMatching.SPLIT_AND_MERGED))
            .otherwise(lit(ClusterMatching.MERGED)).as("event"),
        previousIds.as("previous_cluster_ids"),
        col("id_kept"),
        col("new_size").as("size"),
        kept.as("members_kept"),
        col("new_size").minus(kept).as("members_added"),
        coalesce(col("union_size"), lit(0L)).minus(kept).as("members_removed"));
    Dataset<Row> dissolved = oldSizes.join(overlaps.select("old_id").distinct(), new String[] {"old_id"}, "left_anti")
        .select(col("old_id").as("cluster_id"), lit(ClusterMatching.DISSOLVED).as("event"),
            array(col("old_id")).as("previous_cluster_ids"), lit(false).as("id_kept"), lit(0L).as("size"),
            lit(0L).as("members_kept"), lit(0L).as("members_added"), col("old_size").as("members_removed"));
    return new Assigned(relabelled, lineage.unionByName(dissolved), null);
  }

  static Column isCandidate(double minShare) {
    // The same arithmetic as ClusterMatching.isCandidate (double products, strict comparison).
    return col("shared").gt(lit(minShare).multiply(col("new_size")))
        .and(col("shared").gt(lit(minShare).multiply(col("old_size"))));
  }

  /** {@link ClusterMatching#newId} as a column. */
  static Column newId(LocalDate runDate, Column smallestMember) {
    return concat(lit("C-" + runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"),
        upper(substring(sha2(concat(lit(runDate + "|"), smallestMember), 256), 1, 12)));
  }

  /**
   * The greedy matching of {@link ClusterMatching#match} in rounds: take every candidate pair that
   * comes first in {@link ClusterMatching#ORDER} among the remaining pairs of its new cluster and
   * of its old cluster, drop the remaining pairs of the clusters just matched, repeat. The first
   * pair of the global order is always taken, so the rounds end; they take the same pairs as the
   * sequential greedy.
   */
  static Dataset<Row> greedy(Dataset<Row> candidates) {
    Column[] order = {col("shared").desc(), col("new_size").plus(col("old_size")).asc(), col("old_id").asc(),
        col("first_member").asc()};
    WindowSpec byNew = Window.partitionBy("new_key").orderBy(order);
    WindowSpec byOld = Window.partitionBy("old_id").orderBy(order);
    // Each round reads what the last left: stored locally (small, rebuilt by a re-run) so a round
    // plans over stored rows, not over every earlier round.
    Dataset<Row> left = candidates.select("new_key", "old_id", "shared", "new_size", "old_size", "first_member")
        .localCheckpoint(true);
    Dataset<Row> matched = null;
    int round = 0;
    while (!left.isEmpty()) {
      round++;
      Dataset<Row> taken = left.withColumn("_rn", row_number().over(byNew)).withColumn("_ro", row_number().over(byOld))
          .filter(col("_rn").equalTo(1).and(col("_ro").equalTo(1)))
          .select("new_key", "old_id").localCheckpoint(true);
      matched = matched == null ? taken : matched.union(taken);
      left = left.join(taken.select("new_key"), new String[] {"new_key"}, "left_anti")
          .join(taken.select("old_id"), new String[] {"old_id"}, "left_anti")
          .localCheckpoint(true);
    }
    LOG.info("cluster ids: greedy matching took {} round(s)", round);
    return matched == null ? candidates.select("new_key", "old_id").limit(0) : matched;
  }
}
