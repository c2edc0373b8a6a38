package io.ringwatch.normalize;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National identifiers to a comparable form, with a check of whether they can be real. An SSN in
 * any notation ({@code 123-45-6789}, {@code 123 45 6789}, {@code 123456789}) becomes its nine
 * digits; other countries' ids become their upper-case letters and digits.
 *
 * <p>Why an id cannot be real falls in one of three categories ({@link Result#category}), because
 * they mean different things to an investigator:
 * <ul>
 *   <li>{@link #STRUCTURAL}: a US SSN the Social Security Administration never issues (area 000,
 *       666 or 900–999, group 00, serial 0000, not nine digits), or another country's id its issuer
 *       never issues (a National Insurance prefix never allocated, a SIN, Aadhaar or Steuer-ID with
 *       a first digit never used): someone made it up. This is the only category that fires the
 *       {@code invalid_national_id} signal.</li>
 *   <li>{@link #PLACEHOLDER}: HR's "not known yet", in any country: one character repeated, digits
 *       all zeros or an ascending or descending run ({@link JunkValues#digitPattern}), well-known
 *       sample SSNs (the Woolworth wallet card 078-05-1120, the 1940s advertising number
 *       219-09-9999).</li>
 *   <li>{@link #UNVERIFIABLE}: an id of another country that fails that country's format or check
 *       digit ({@link ForeignIds}), or is too short to be any id. HR keying a foreign id with one
 *       digit off is a common, benign habit, and US employers do not verify foreign ids against
 *       their issuer, so such an id is no evidence of forgery: it fires no signal. It also never
 *       links anyone, since a mistyped id can equal someone else's by chance.</li>
 * </ul>
 * None of them ever links workers in the identity graph. Placeholder words ("N/A", "none",
 * "unknown") are no id at all (null).
 */
public final class NationalIds {
  /** An id its issuer never issues (a US SSN by the SSA's rules, a NINO prefix never allocated, …): fires invalid_national_id. */
  public static final String STRUCTURAL = "structural";
  /** A stand-in value in any country: no signal. */
  public static final String PLACEHOLDER = "placeholder";
  /** A non-US id failing its country's format or check digit: no signal. */
  public static final String UNVERIFIABLE = "unverifiable";

  /** Sample SSNs that pass the structural rules but are never a real person's. */
  public static final Set<String> SSN_PLACEHOLDERS = Set.of("078051120", "219099999");

  private static final Pattern SSN_LIKE = Pattern.compile("\\d{3}[-\\s.]*\\d{2}[-\\s.]*\\d{4}");

  private NationalIds() {}

  /**
   * The normalized id, whether it can be real, why not and the category of the reason (both null
   * when valid).
   */
  public record Result(String norm, boolean valid, String reason, String category) implements Serializable {
    static Result of(String norm, String reason, String category) {
      return new Result(norm, reason == null, reason, reason == null ? null : category);
    }
  }

  /**
   * Normalizes {@code raw}, read as an SSN when {@code country} is US, or when no country is
   * known and it looks like one (nine digits in the SSN pattern). Null when {@code raw} has no
   * letters or digits or is a placeholder word.
   */
  public static Result normalize(String raw, String country) {
    if (raw == null || JunkValues.isPlaceholderText(raw)) {
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
      String placeholder = ssnPlaceholder(digits);
      if (placeholder != null) {
        return Result.of(digits, placeholder, PLACEHOLDER);
      }
      return Result.of(digits, ssnReason(digits), STRUCTURAL);
    }
    String alnum = trimmed.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    if (alnum.isEmpty()) {
      return null;
    }
    if (alnum.length() > 1 && alnum.chars().distinct().count() == 1) {
      return Result.of(alnum, "one character repeated", PLACEHOLDER);
    }
    String digits = JunkValues.digits(alnum);
    String pattern = digits.length() >= 4 && digits.chars().allMatch(d -> d == '0') ? "all zeros"
        : JunkValues.digitPattern(digits, 6);
    if (pattern != null) {
      return Result.of(alnum, digits.equals(alnum) ? pattern : "digit part " + pattern, PLACEHOLDER);
    }
    String sample = ForeignIds.sample(alnum, c);
    if (sample != null) {
      return Result.of(alnum, sample, PLACEHOLDER);
    }
    String reason = ForeignIds.reason(alnum, c);
    if (reason == null && alnum.length() < 4) {
      reason = "too short";
    }
    // What the issuer never issues (a NINO prefix never allocated, a SIN or Steuer-ID starting 0)
    // is as impossible as SSN area 666, and no slip of one key makes it: structural. A failed check
    // digit or format is what typing produces: unverifiable.
    return Result.of(alnum, reason, reason != null && ForeignIds.neverIssued(reason) ? STRUCTURAL : UNVERIFIABLE);
  }

  /** Why nine digits are a placeholder rather than an SSN (digit patterns, sample SSNs), or null. */
  static String ssnPlaceholder(String digits) {
    String pattern = JunkValues.digitPattern(digits, 6);
    if (pattern != null) {
      return pattern;
    }
    return SSN_PLACEHOLDERS.contains(digits) ? "well-known sample SSN" : null;
  }

  /** Why digits cannot be an issued SSN by the SSA's structural rules, or null when they can. */
  public static String ssnReason(String digits) {
    if (digits.length() != 9) {
      return "not 9 digits";
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
