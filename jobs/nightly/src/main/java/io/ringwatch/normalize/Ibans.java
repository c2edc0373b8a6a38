package io.ringwatch.normalize;

import java.util.Locale;

/** IBANs (ISO 13616): spaces out, upper case, ISO 7064 mod-97 check digits verified. */
public final class Ibans {
  private Ibans() {}

  /** The electronic form of the IBAN, or null when it is malformed or its checksum fails. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s.-]", "");
    if (s.startsWith("IBAN")) {
      s = s.substring(4);
    }
    if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
      return null;
    }
    return mod97(s) == 1 ? s : null;
  }

  static int mod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int rem = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      char ch = rearranged.charAt(i);
      int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
      rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    }
    return rem;
  }
}
