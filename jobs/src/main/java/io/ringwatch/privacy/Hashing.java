package io.ringwatch.privacy;

import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;

/**
 * Salted hashes of identity values. {@code value_hash} is the hex SHA-256 of salt, kind and
 * normalised value (an auditor with the salt can recompute it from an input row); {@code value_id}
 * is a 64-bit id derived from it for the graph.
 */
public final class Hashing {
  private Hashing() {}

  /** Hex SHA-256 of {@code salt|kind|value}, first 32 hex digits (128 bits). */
  public static Column valueHash(String salt, Column kind, Column value) {
    return substring(sha2(concat_ws("|", lit(salt), kind, value), 256), 1, 32);
  }

  /** A 64-bit id of a value hash, for the graph's vertices. */
  public static Column valueId(Column valueHash) {
    return xxhash64(valueHash);
  }

  /** The same SHA-256 computed in plain Java, for tests and for auditors' tools. */
  public static String valueHash(String salt, String kind, String value) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest((salt + "|" + kind + "|" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d).substring(0, 32);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
