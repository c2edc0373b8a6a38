package io.ringwatch.normalize;

import java.util.Locale;

/** Payment-platform accounts and crypto wallet addresses. */
public final class Payees {
  private Payees() {}

  /** The canonical email when the account is an address, else the lower-cased trimmed id. */
  public static String platformAccount(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty()) {
      return null;
    }
    String email = s.contains("@") ? Emails.canonical(s) : null;
    return email != null ? email : s.toLowerCase(Locale.ROOT);
  }

  /**
   * A wallet address trimmed; EVM addresses ({@code 0x} + 40 hex) lower-cased because their
   * case is only a checksum, others (Bitcoin base58, Tron) kept as they are, being case-sensitive.
   */
  public static String wallet(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty()) {
      return null;
    }
    return s.matches("(?i)0x[0-9a-f]{40}") ? s.toLowerCase(Locale.ROOT) : s;
  }
}
