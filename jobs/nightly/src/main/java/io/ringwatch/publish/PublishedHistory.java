package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.ringwatch.tables.TableNames;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The published history a night builds on, read once before the night publishes anything and
 * handed to the stages as frames (the stages read no tables). Committed nights only: a night
 * stopped during publish lends nothing.
 */
public final class PublishedHistory {
  static final StructType MEMBERS = new StructType().add("cluster_id", DataTypes.StringType)
      .add("worker_id", DataTypes.StringType);
  static final StructType MEMBERS_ON_NIGHTS = MEMBERS.add("run_date", DataTypes.DateType);

  /** The cluster members of the latest committed night before a run date (date null: none). */
  public record PreviousMembers(LocalDate runDate, Dataset<Row> members) {}

  private final SparkSession spark;
  private final PublishedTables published;

  public PublishedHistory(SparkSession spark, String outputRoot) {
    this.spark = spark;
    this.published = new PublishedTables(spark, outputRoot);
  }

  /**
   * {@code cluster_members} (cluster_id, worker_id) of the latest committed run date strictly
   * before {@code runDate}, so a re-run of a date is matched against the same night.
   */
  public PreviousMembers clusterMembersBefore(LocalDate runDate) {
    if (published.exists(TableNames.CLUSTER_MEMBERS)) {
      Dataset<Row> table = published.committed(TableNames.CLUSTER_MEMBERS);
      Row last = table.filter(col("run_date").lt(lit(Date.valueOf(runDate)))).agg(max("run_date")).first();
      if (!last.isNullAt(0)) {
        LocalDate previous = last.getDate(0).toLocalDate();
        return new PreviousMembers(previous, table.filter(col("run_date").equalTo(lit(Date.valueOf(previous))))
            .select("cluster_id", "worker_id"));
      }
    }
    return new PreviousMembers(null, spark.createDataFrame(List.of(), MEMBERS));
  }

  /**
   * The published members (cluster_id, worker_id, run_date) of the clusters decided on, on the
   * nights they were decided ({@code decisions}: subject_type, subject_id, run_date); empty when
   * nothing is published yet.
   */
  public Dataset<Row> membersAtDecision(Dataset<Row> decisions) {
    if (!published.exists(TableNames.CLUSTER_MEMBERS)) {
      return spark.createDataFrame(List.of(), MEMBERS_ON_NIGHTS);
    }
    Dataset<Row> nights = decisions.filter(col("subject_type").equalTo("cluster").and(col("run_date").isNotNull()))
        .select(col("subject_id").as("cluster_id"), col("run_date")).distinct();
    Dataset<Row> members = published.committed(TableNames.CLUSTER_MEMBERS).select("cluster_id", "worker_id", "run_date");
    return members.join(nights, members.col("cluster_id").equalTo(nights.col("cluster_id"))
        .and(members.col("run_date").equalTo(nights.col("run_date"))), "left_semi");
  }
}
