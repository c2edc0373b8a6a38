package io.ringwatch.normalize;

import java.util.Locale;

/**
 * MAC addresses in any notation ({@code AA-BB-CC-DD-EE-FF}, {@code aabb.ccdd.eeff},
 * {@code AABBCCDDEEFF}) to {@code aa:bb:cc:dd:ee:ff}; all-zero and broadcast addresses are null.
 */
public final class Macs {
  private Macs() {}

  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    if (!s.matches("[0-9a-f:.\\-\\s]+")) {
      return null;
    }
    String hex = s.replaceAll("[:.\\-\\s]", "");
    if (hex.length() != 12 || hex.equals("000000000000") || hex.equals("ffffffffffff")) {
      return null;
    }
    StringBuilder b = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        b.append(':');
      }
      b.append(hex, i, i + 2);
    }
    return b.toString();
  }
}
