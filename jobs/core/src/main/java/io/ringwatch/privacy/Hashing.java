package io.ringwatch.privacy;

import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Keyed hashes of identity values. {@code value_hash} is HMAC-SHA-256 of kind and normalised
 * value under the run's {@link PseudonymKey} (an auditor holding the key recomputes it with
 * {@code ringwatch hash}); {@code value_id} is a 64-bit id derived from it for the graph.
 */
public final class Hashing {
  private Hashing() {}

  /** The keyed hash as a column; the key travels inside the function, never as a literal of the plan. */
  public static Column valueHash(PseudonymKey key, Column kind, Column value) {
    UDF2<String, String, String> f = key::hash;
    UserDefinedFunction hash = udf(f, DataTypes.StringType).withName("value_hmac");
    return hash.apply(kind, value);
  }

  /** A 64-bit id of a value hash, for the graph's vertices. */
  public static Column valueId(Column valueHash) {
    return xxhash64(valueHash);
  }
}
