package io.ringwatch.components;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components by alternating large-star and small-star rounds (Kiveris, Lattanzi,
 * Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and Beyond", SoCC 2014),
 * the method GraphFrames calls two_phase, on Spark DataFrames. It needs O(log n) rounds where
 * label propagation needs as many as the graph's diameter.
 *
 * <p>Each round is a few joins and aggregations; the edge set converges to stars whose centres
 * are the smallest ids of their components. Convergence is detected when a round leaves the edge
 * set unchanged (same count and same order-independent checksum). Every
 * {@code checkpointInterval} rounds the edges are checkpointed to cut the plan's lineage.
 */
public final class StarConnectedComponents implements ConnectedComponents {
  private static final Logger LOG = LoggerFactory.getLogger(StarConnectedComponents.class);
  private int checkpointInterval = 2;
  private int maxRounds = 100;

  /** Rounds between checkpoints; 0 turns checkpoints off (only for small graphs). */
  public StarConnectedComponents setCheckpointInterval(int rounds) {
    if (rounds < 0) {
      throw new IllegalArgumentException("checkpointInterval must be >= 0 (0 = never), was " + rounds);
    }
    this.checkpointInterval = rounds;
    return this;
  }

  /** A safety stop: the method converges in O(log n) rounds, far below this. */
  public StarConnectedComponents setMaxRounds(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("maxRounds must be >= 1, was " + rounds);
    }
    this.maxRounds = rounds;
    return this;
  }

  @Override
  public Dataset<Row> run(Dataset<Row> input) {
    // Orient every edge as (larger, smaller), drop self-loops and duplicates; the edges are kept,
    // as every round reads them.
    Dataset<Row> vertices = input.select(col("src").as("id")).union(input.select(col("dst").as("id"))).distinct();
    Dataset<Row> edges = input.filter(col("src").notEqual(col("dst")))
        .select(greatest("src", "dst").as("src"), least("src", "dst").as("dst")).distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    long[] previous = fingerprint(edges);
    for (int round = 1; round <= maxRounds; round++) {
      Dataset<Row> next = smallStar(largeStar(edges));
      if (checkpointInterval > 0 && round % checkpointInterval == 0) {
        next = next.checkpoint(true);
      } else {
        next = next.persist(StorageLevel.MEMORY_AND_DISK());
      }
      long[] current = fingerprint(next);
      edges.unpersist();
      edges = next;
      LOG.debug("connected components round {}: {} edges", round, current[0]);
      if (current[0] == previous[0] && current[1] == previous[1]) {
        LOG.info("connected components converged after {} rounds", round);
        break;
      }
      if (round == maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds + " rounds");
      }
      previous = current;
    }
    // After convergence every edge is (member, root); a root has no edge to a smaller id.
    Dataset<Row> membership = edges.select(col("src").as("id"), col("dst").as("component"));
    Dataset<Row> roots = vertices.join(membership.select(col("id").as("_m")), col("id").equalTo(col("_m")), "left_anti")
        .select(col("id"), col("id").as("component"));
    return membership.union(roots);
  }

  /** Large-star: every vertex links its larger neighbours to the smallest of its neighbourhood. */
  static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> sym = symmetric(edges);
    Dataset<Row> minNbr = sym.groupBy("u").agg(min("v").as("m"));
    return sym.filter(col("v").gt(col("u")))
        .join(minNbr, "u")
        .select(col("v").as("src"), least(col("m"), col("u")).as("dst"))
        .distinct();
  }

  /** Small-star: every vertex links itself and its smaller neighbours to the smallest of them. */
  static Dataset<Row> smallStar(Dataset<Row> edges) {
    // edges are (larger, smaller): the smaller neighbours of u are the dst of its edges.
    Dataset<Row> minSmaller = edges.groupBy(col("src").as("u")).agg(min("dst").as("m"));
    Dataset<Row> fromNeighbours = edges.join(minSmaller, col("src").equalTo(col("u")))
        .filter(col("dst").notEqual(col("m")))
        .select(col("dst").as("src"), col("m").as("dst"));
    Dataset<Row> self = minSmaller.select(col("u").as("src"), col("m").as("dst"));
    return fromNeighbours.union(self).distinct();
  }

  private static Dataset<Row> symmetric(Dataset<Row> edges) {
    return edges.select(col("src").as("u"), col("dst").as("v"))
        .union(edges.select(col("dst").as("u"), col("src").as("v")));
  }

  private static long[] fingerprint(Dataset<Row> edges) {
    Row r = edges.agg(count(lit(1)), sum(xxhash64(col("src"), col("dst")).cast("decimal(38,0)"))).first();
    long n = r.getLong(0);
    long checksum = r.isNullAt(1) ? 0 : r.getDecimal(1).longValue();
    return new long[] {n, checksum};
  }
}
