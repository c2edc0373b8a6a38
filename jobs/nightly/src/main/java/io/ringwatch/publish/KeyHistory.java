package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.privacy.PseudonymKey;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this night's pseudonym key is the last published night's. A new key makes every
 * value_hash from this night on differ from the nights before (that is what a rotation is for).
 * Nothing a night carries forward is keyed by a hash: cluster ids follow worker ids, auditors'
 * decisions name workers, clusters and signals. So a rotation re-keys nothing; run_audit records
 * both key ids and the report says from which night hashes can no longer be compared.
 */
public final class KeyHistory {
  private static final Logger LOG = LoggerFactory.getLogger(KeyHistory.class);
  /** The previous key id of nights published before hashes were keyed. */
  public static final String UNKEYED = "unkeyed";

  /** The last night's key id (null: no night published) and whether this run's differs. */
  public record Change(String previousKeyId, boolean changed) {}

  private KeyHistory() {}

  public static Change compare(SparkSession spark, String output, PseudonymKey key) {
    PublishedTables published = new PublishedTables(spark, output);
    if (!published.exists("run_audit")) {
      return new Change(null, false);
    }
    Dataset<Row> audits = published.committed("run_audit");
    List<Row> last = audits.orderBy(col("finished_at").desc()).limit(1).collectAsList();
    if (last.isEmpty()) {
      return new Change(null, false);
    }
    String previous = Arrays.asList(audits.columns()).contains("key_id") ? last.get(0).getAs("key_id") : null;
    previous = previous == null ? UNKEYED : previous;
    boolean changed = !previous.equals(key.id());
    if (changed) {
      LOG.warn("the pseudonym key changed from {} to {}: value hashes of this night and later do not match those of"
          + " earlier nights; nothing carried forward is keyed by a hash (cluster ids and decisions follow workers)",
          previous, key.id());
    }
    return new Change(previous, changed);
  }
}
