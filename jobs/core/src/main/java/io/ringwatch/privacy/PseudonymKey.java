package io.ringwatch.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of every pseudonym in the outputs: {@code value_hash} is HMAC-SHA-256 of
 * {@code kind|value} under it, so without the key no one can test guesses (an SSN's last four
 * digits beside a plain hash left 10^5 guesses). The key is held only here: Spark sees a UDF, never
 * a literal, so no query plan, UI page or event log shows it. {@link #id()} names the key in
 * run_audit without revealing it.
 */
public final class PseudonymKey implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Shortest key accepted: 32 characters (e.g. {@code openssl rand -base64 32} gives 44). */
  public static final int MIN_LENGTH = 32;
  private final byte[] key;
  private final String source;
  private transient ThreadLocal<Mac> macs;

  public PseudonymKey(String material, String source) {
    if (material == null || material.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_LENGTH + " characters");
    }
    this.key = material.strip().getBytes(StandardCharsets.UTF_8);
    this.source = source;
  }

  /** A random key for one process (benchmarks, tests): its hashes match nothing published. */
  public static PseudonymKey ephemeral(String source) {
    byte[] random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    return new PseudonymKey(java.util.Base64.getEncoder().encodeToString(random), source);
  }

  /** Where the key came from (environment variable, key file, local key), for logs and run_audit. */
  public String source() {
    return source;
  }

  /** A public name of the key: HMAC of a fixed label, first 16 hex digits. */
  public String id() {
    return hex(mac("ringwatch key id"), 16);
  }

  /** The published {@code value_hash} of a normalised value: HMAC-SHA-256 of {@code kind|value}, 32 hex digits. */
  public String hash(String kind, String value) {
    if (value == null) {
      return null;
    }
    return hex(mac(kind + "|" + value), 32);
  }

  private byte[] mac(String text) {
    if (macs == null) {
      macs = ThreadLocal.withInitial(this::newMac);
    }
    return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes, int digits) {
    return HexFormat.of().formatHex(bytes).substring(0, digits);
  }

  @Override
  public String toString() {
    return "PseudonymKey(id " + id() + ", from " + source + ")";
  }
}
