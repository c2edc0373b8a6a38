package io.ringwatch.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masked forms of sensitive values for outputs, logs and reports: enough for a person to
 * recognise a value they hold ("account ending 4821"), never enough to recover it.
 */
public final class Masking {
  // Dashes, spaces or dots between the groups: 123-45-6789, 123 45 6789, 123.45.6789.
  private static final Pattern SSN = Pattern.compile("\\b\\d{3}[-. ]?\\d{2}[-. ]?(\\d{4})\\b");
  private static final Pattern LONG_DIGITS = Pattern.compile("\\b\\d{5,}(\\d{4})\\b");
  // Account numbers of 8 digits (short European and Asian ones); in rejected rows only, where
  // 8-digit worker ids stay readable as keys (RejectedRecordMasking), not in report text.
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\b\\d{4}(\\d{4})\\b");
  // +82 10-1234-5678, +1 (512) 555-0199: a plus and at least 8 digits. Time-zone offsets
  // (+05:30) hold a colon and stay.
  private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("(?<![\\w+])\\+\\d[\\d ().-]{6,}(\\d{4})(?![\\w])");
  // (415) 555-0134, 646-555-0101, 512.555.0199: the North American form; dates (4-2-2) stay.
  private static final Pattern NANP_PHONE = Pattern.compile("(?<![\\w(])\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-](\\d{4})(?![\\w])");
  // bech32 (Bitcoin bc1…, testnet tb1…, Litecoin ltc1…): its alphabet has 0 and no b, i, o, 1.
  private static final Pattern BECH32_WALLET = Pattern.compile(
      "\\b(?:bc1|tb1|ltc1)[02-9ac-hj-np-z]{20,}([02-9ac-hj-np-z]{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEX_WALLET = Pattern.compile("\\b0x[0-9a-fA-F]{16,}([0-9a-fA-F]{4})\\b");
  private static final Pattern BASE58_WALLET = Pattern.compile("\\b(?:[13]|bc1|T)[a-km-zA-HJ-NP-Z0-9]{20,}([a-km-zA-HJ-NP-Z0-9]{4})\\b");
  // The shortest IBANs (Norway) have 15 characters: ids such as EE0000000001 are not IBANs.
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b");
  private static final Pattern EMAIL = Pattern.compile("\\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\b");

  private Masking() {}

  /** The last {@code keep} characters behind stars, e.g. {@code ***4821}; null stays null. */
  public static String lastChars(String value, int keep) {
    if (value == null) {
      return null;
    }
    String compact = value.replaceAll("[\\s-]", "");
    if (compact.length() <= keep) {
      return "***";
    }
    return "***" + compact.substring(compact.length() - keep);
  }

  /** {@code ***-**-6789}, the form auditors know for SSNs. */
  public static String nationalId(String value) {
    if (value == null) {
      return null;
    }
    String digits = value.replaceAll("\\D", "");
    return digits.length() >= 4 ? "***-**-" + digits.substring(digits.length() - 4) : "***";
  }

  /** {@code j***@example.com}. */
  public static String email(String value) {
    if (value == null) {
      return null;
    }
    int at = value.indexOf('@');
    if (at <= 0) {
      return lastChars(value, 2);
    }
    return value.charAt(0) + "***" + value.substring(at);
  }

  /** {@link #forKind(String, String)} as a Spark column: the masked value of a kind and a value column. */
  public static org.apache.spark.sql.Column forKind(org.apache.spark.sql.Column kind, org.apache.spark.sql.Column value) {
    return SparkForm.FOR_KIND.apply(kind, value);
  }

  /** Holds the Spark function apart, so that the plain masking functions load without it. */
  private static final class SparkForm {
    static final org.apache.spark.sql.expressions.UserDefinedFunction FOR_KIND = org.apache.spark.sql.functions.udf(
        (String kind, String value) -> Masking.forKind(kind, value),
        org.apache.spark.sql.types.DataTypes.StringType).withName("mask_kind");
  }

  /** The masked form of a value of the given identity-link kind. */
  public static String forKind(String kind, String value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case "national_id" -> nationalId(value);
      case "bank_account", "wallet", "payout_account", "phone" ->
          value.contains("@") ? email(value) : lastChars(value, 4);
      case "email" -> email(value);
      case "ip", "address", "ship_address", "github", "device", "mac", "payee_name", "listed_vendor" -> value;
      case "resume", "photo" -> value.length() > 8 ? value.substring(0, 8) + "…" : value;
      default -> lastChars(value, 4);
    };
  }

  /**
   * Masks anything in free text that looks like an SSN (also dotted), an account or card number
   * (8 digits or more), a phone number (international with +, or North American), a wallet (hex,
   * base58 or bech32), an IBAN or an email: used on text whose column says nothing (unknown
   * columns, lines that cannot be split; see RejectedRecordMasking).
   */
  public static String freeText(String text) {
    if (text == null) {
      return null;
    }
    String s = replace(HEX_WALLET, text, m -> "0x***" + m.group(1));
    s = replace(BECH32_WALLET, s, m -> "***" + m.group(1));
    s = replace(BASE58_WALLET, s, m -> "***" + m.group(1));
    s = replace(IBAN, s, m -> "IBAN***" + m.group().replace(" ", "").substring(m.group().replace(" ", "").length() - 4));
    s = replace(SSN, s, m -> "***-**-" + m.group(1));
    s = replace(INTERNATIONAL_PHONE, s, m -> "+***" + m.group(1));
    s = replace(NANP_PHONE, s, m -> "***" + m.group(1));
    s = replace(LONG_DIGITS, s, m -> "***" + m.group(1));
    s = replace(EMAIL, s, m -> m.group(1) + "***@" + m.group(2));
    return s;
  }

  /** {@link #freeText}, and 8-digit numbers masked too: for raw input rows, whose keys are kept apart. */
  public static String freeTextOfInputRow(String text) {
    return text == null ? null : replace(EIGHT_DIGITS, freeText(text), m -> "***" + m.group(1));
  }

  private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
