package io.ringwatch.normalize;

import java.util.Locale;

/** Hex digests: résumé SHA-256 and 64-bit photo perceptual hashes. */
public final class Hashes {
  private Hashes() {}

  /**
   * Lower-case hex of a digest, with an {@code sha256:} / {@code 0x} prefix, spaces and colons
   * removed; null when what remains is empty or not hex.
   */
  public static String hex(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT).replaceFirst("^(sha-?256[:=]|0x)", "")
        .replaceAll("[\\s:]", "");
    return s.matches("[0-9a-f]+") ? s : null;
  }

  /** A SHA-256 digest as 64 lower-case hex digits, or null. */
  public static String sha256(String raw) {
    String h = hex(raw);
    return h != null && h.length() == 64 ? h : null;
  }

  /** A 64-bit perceptual hash as exactly 16 lower-case hex digits, or null. */
  public static String phash(String raw) {
    String h = hex(raw);
    return h != null && h.length() == 16 ? h : null;
  }
}
