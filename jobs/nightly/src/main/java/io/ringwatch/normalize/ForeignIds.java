package io.ringwatch.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issuing rules of national identifiers common among remote contractors outside the US, from the
 * issuers' public specifications. Each check takes the id as upper-case letters and digits (what
 * {@link NationalIds} makes of it) and answers why it cannot be one the country issued, or null.
 * Where a country has more than one personal id in common use for payroll (India's Aadhaar and
 * PAN, Mexico's CURP and RFC, the Philippines' TIN and SSS number) each is accepted.
 *
 * <ul>
 *   <li>CA Social Insurance Number: 9 digits, Luhn check digit; first digit 0 (fictitious, as in
 *       Service Canada's sample 046 454 286) or 8 (business numbers) is never a person's SIN.</li>
 *   <li>GB National Insurance number: two letters, six digits, suffix A-D (or none); the first
 *       letter is not D, F, I, Q, U or V, the second not D, F, I, O, Q, U or V, and the prefixes
 *       BG, GB, KN, NK, NT, TN and ZZ are never allocated (HMRC NIM39110).</li>
 *   <li>MX CURP: 18 characters, 4 letters, birth date YYMMDD, sex H/M/X, state code (or NE, born
 *       abroad), 3 consonants, homoclave, check digit (RENAPO); or RFC of a person: 4 letters, date,
 *       3 characters.</li>
 *   <li>IN Aadhaar: 12 digits, not starting 0 or 1, Verhoeff check digit (UIDAI); or PAN: 5
 *       letters (the fourth the holder type), 4 digits, a letter.</li>
 *   <li>DE Steuerliche Identifikationsnummer: 11 digits, not starting 0; in the first ten one digit
 *       occurs twice or three times (not three in a row) and the others at most once; check digit
 *       ISO 7064 MOD 11,10 (BZSt).</li>
 *   <li>PH TIN: 9 digits, optionally a 3- or 5-digit branch code (BIR); or SSS number: 10 digits.</li>
 *   <li>BR CPF: 11 digits, two mod-11 check digits (Receita Federal).</li>
 * </ul>
 */
public final class ForeignIds {
  /** Countries with issuing rules here. */
  public static final Set<String> COUNTRIES = Set.of("CA", "GB", "MX", "IN", "DE", "PH", "BR");

  private static final Pattern NINO = Pattern.compile("([A-Z])([A-Z])\\d{6}[A-D]?");
  private static final Set<String> NINO_NEVER = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
  private static final Pattern CURP = Pattern.compile("[A-Z][AEIOUX][A-Z]{2}(\\d{6})[HMX]"
      + "(AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
      + "[B-DF-HJ-NP-TV-Z]{3}([A-Z0-9])\\d");
  private static final Pattern RFC_PERSON = Pattern.compile("[A-Z&Ñ]{4}(\\d{6})[A-Z0-9]{3}");
  private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]");
  private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  private ForeignIds() {}

  /**
   * Why {@code id} (upper-case letters and digits) cannot have been issued by {@code country}, or
   * null when it can or the country has no rules here ({@link #COUNTRIES}).
   */
  public static String reason(String id, String country) {
    return switch (country == null ? "" : country) {
      case "CA" -> sin(id);
      case "GB" -> nino(id);
      case "MX" -> mexico(id);
      case "IN" -> india(id);
      case "DE" -> steuerId(id);
      case "PH" -> id.matches("\\d{9}(\\d{3}|\\d{5})?|\\d{10}") ? null
          : "not the format of a TIN (9 digits and a branch code) or SSS number (10 digits)";
      case "BR" -> cpf(id);
      default -> null;
    };
  }

  static String sin(String id) {
    if (!id.matches("\\d{9}")) {
      return "not the format of a SIN (9 digits)";
    }
    if (id.charAt(0) == '0' || id.charAt(0) == '8') {
      return "SIN starting " + id.charAt(0) + " is never a person's";
    }
    return luhn(id) ? null : "SIN check digit fails (Luhn)";
  }

  static String nino(String id) {
    var m = NINO.matcher(id);
    if (!m.matches()) {
      return "not the format of a National Insurance number (2 letters, 6 digits, A-D)";
    }
    if ("DFIQUV".indexOf(m.group(1).charAt(0)) >= 0 || "DFIOQUV".indexOf(m.group(2).charAt(0)) >= 0
        || NINO_NEVER.contains(id.substring(0, 2))) {
      return "National Insurance prefix never allocated";
    }
    return null;
  }

  static String mexico(String id) {
    if (id.length() == 18) {
      var m = CURP.matcher(id);
      if (!m.matches()) {
        return "not the format of a CURP";
      }
      // The homoclave is a digit for those born before 2000, a letter after.
      int century = Character.isDigit(m.group(3).charAt(0)) ? 1900 : 2000;
      if (!date(m.group(1), century)) {
        return "CURP birth date is no date";
      }
      return curpCheck(id) == id.charAt(17) - '0' ? null : "CURP check digit fails";
    }
    var rfc = RFC_PERSON.matcher(id);
    if (rfc.matches()) {
      return date(rfc.group(1), 1900) ? null : "RFC date is no date";
    }
    return "not the format of a CURP (18 characters) or RFC (13)";
  }

  static String india(String id) {
    if (id.matches("\\d{12}")) {
      if (id.charAt(0) == '0' || id.charAt(0) == '1') {
        return "Aadhaar never starts with 0 or 1";
      }
      return verhoeff(id) ? null : "Aadhaar check digit fails (Verhoeff)";
    }
    return PAN.matcher(id).matches() ? null : "not the format of an Aadhaar (12 digits) or PAN (10 characters)";
  }

  static String steuerId(String id) {
    if (!id.matches("\\d{11}")) {
      return "not the format of a Steuer-ID (11 digits)";
    }
    if (id.charAt(0) == '0') {
      return "Steuer-ID never starts with 0";
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[id.charAt(i) - '0']++;
    }
    int repeated = 0;
    for (int c : counts) {
      if (c > 3) {
        return "Steuer-ID digits break the issuing rule";
      }
      if (c >= 2) {
        repeated++;
      }
    }
    if (repeated != 1 || id.substring(0, 10).matches(".*(\\d)\\1\\1.*")) {
      return "Steuer-ID digits break the issuing rule";
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (id.charAt(i) - '0' + product) % 10;
      product = (sum == 0 ? 10 : sum) * 2 % 11;
    }
    int check = (11 - product) % 10;
    return check == id.charAt(10) - '0' ? null : "Steuer-ID check digit fails";
  }

  static String cpf(String id) {
    if (!id.matches("\\d{11}")) {
      return "not the format of a CPF (11 digits)";
    }
    for (int n = 9; n <= 10; n++) {
      int sum = 0;
      for (int i = 0; i < n; i++) {
        sum += (id.charAt(i) - '0') * (n + 1 - i);
      }
      int check = sum * 10 % 11 % 10;
      if (check != id.charAt(n) - '0') {
        return "CPF check digits fail";
      }
    }
    return null;
  }

  /** True when the digits pass the Luhn check (the last digit is the check digit). */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static final int[][] VERHOEFF_D = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VERHOEFF_P = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

  /** True when the digits pass the Verhoeff check (the last digit is the check digit). */
  static boolean verhoeff(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
    }
    return c == 0;
  }

  /** The CURP check digit of the first 17 characters (RENAPO). */
  static int curpCheck(String curp) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CURP_ALPHABET.indexOf(curp.charAt(i)) * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean date(String yymmdd, int century) {
    try {
      LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** Whether a reason of {@link #reason} says the issuer never issues such an id (not a format or check-digit slip). */
  static boolean neverIssued(String reason) {
    return reason.contains("never");
  }

  /**
   * Why an id is an issuer's published example rather than a person's (HR copies them as
   * placeholders), or null: a National Insurance number with the prefix QQ, which HMRC keeps for
   * examples; Service Canada's sample SIN 046 454 286.
   */
  static String sample(String id, String country) {
    if (country.equals("GB") && id.startsWith("QQ")) {
      return "example National Insurance number (prefix QQ)";
    }
    if (country.equals("CA") && id.equals("046454286")) {
      return "Service Canada's sample SIN";
    }
    // SAT's generic RFCs and RENAPO's generic CURP for foreigners: stand-ins, not a person's id
    if (country.equals("MX") && (id.startsWith("XAXX010101") || id.startsWith("XEXX010101"))) {
      return "Mexico's generic RFC or CURP (XAXX/XEXX 010101)";
    }
    return null;
  }
}
