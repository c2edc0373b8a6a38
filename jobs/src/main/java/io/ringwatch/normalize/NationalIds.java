package io.ringwatch.normalize;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National identifiers to a comparable form, with a validity check for US Social Security
 * numbers. An SSN in any notation ({@code 123-45-6789}, {@code 123 45 6789}, {@code 123456789})
 * becomes its nine digits; it is invalid when the Social Security Administration never issues
 * it: area 000, 666 or 900–999, group 00, serial 0000, or a well-known placeholder (the
 * Woolworth wallet-card number 078-05-1120, the 1940s advertising number 219-09-9999,
 * {@code 123-45-6789}, one digit repeated nine times). Other countries' ids become their
 * upper-case letters and digits; they are not checked beyond that.
 */
public final class NationalIds {
  /** Placeholders that pass the structural rules but are never a real person's SSN. */
  public static final Set<String> SSN_PLACEHOLDERS = Set.of("123456789", "078051120", "219099999",
      "111111111", "222222222", "333333333", "444444444", "555555555", "777777777", "888888888",
      "012345678", "987654321");

  private static final Pattern SSN_LIKE = Pattern.compile("\\d{3}[-\\s.]*\\d{2}[-\\s.]*\\d{4}");

  private NationalIds() {}

  /** The normalized id, whether it can be real, and why not (null reason when valid). */
  public record Result(String norm, boolean valid, String reason) implements Serializable {}

  /**
   * Normalizes {@code raw}, read as an SSN when {@code country} is US, or when no country is
   * known and it looks like one (nine digits in the SSN pattern). Null when {@code raw} has no
   * letters or digits.
   */
  public static Result normalize(String raw, String country) {
    if (raw == null) {
      return null;
    }
    String trimmed = raw.trim();
    String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    boolean ssn = c.equals("US") || (c.isEmpty() && SSN_LIKE.matcher(trimmed).matches());
    if (ssn) {
      String digits = trimmed.replaceAll("\\D", "");
      if (digits.isEmpty()) {
        return null;
      }
      return new Result(digits, ssnReason(digits) == null, ssnReason(digits));
    }
    String alnum = trimmed.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    if (alnum.isEmpty()) {
      return null;
    }
    String reason = null;
    if (alnum.length() < 4) {
      reason = "too short";
    } else if (alnum.chars().distinct().count() == 1) {
      reason = "placeholder";
    }
    return new Result(alnum, reason == null, reason);
  }

  /** Why nine-or-other digits cannot be an issued SSN, or null when they can. */
  public static String ssnReason(String digits) {
    if (digits.length() != 9) {
      return "not 9 digits";
    }
    if (SSN_PLACEHOLDERS.contains(digits) || digits.chars().distinct().count() == 1) {
      return "placeholder";
    }
    int area = Integer.parseInt(digits.substring(0, 3));
    if (area == 0) {
      return "area 000";
    }
    if (area == 666) {
      return "area 666";
    }
    if (area >= 900) {
      return "area 900-999";
    }
    if (digits.startsWith("00", 3)) {
      return "group 00";
    }
    if (digits.startsWith("0000", 5)) {
      return "serial 0000";
    }
    return null;
  }
}
