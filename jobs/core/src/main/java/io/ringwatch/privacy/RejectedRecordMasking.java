package io.ringwatch.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What rejected_records shows of a rejected input row: every field masked by the canonical column
 * it is (found by the export's header, field by field, also for a line the CSV parser could not
 * read), so an auditor can find the row and see what broke, and no more.
 *
 * <ul>
 *   <li>keys, dates other than a date of birth, amounts, codes: as exported (cut to
 *       {@link #FIELD_CHARS});</li>
 *   <li>national ids, phones, accounts, IBANs, wallets, payout accounts: the last four characters
 *       ({@link Masking#forKind});</li>
 *   <li>emails: the first letter and the domain;</li>
 *   <li>names (full_name, account_holder_name): initials, {@code A*** L***}: the worker_id or
 *       payment_id finds the row, the name is not needed;</li>
 *   <li>date_of_birth: the year only, {@code 1990-**-**};</li>
 *   <li>street lines and postal codes: {@code ***}; city, region and country stay;</li>
 *   <li>a column we do not know, and every field of a line no sensitive column could hold: the
 *       patterns of {@link Masking#freeTextOfInputRow} (8-digit numbers too).</li>
 * </ul>
 * Only a line that cannot be split into fields at all (a quote never closed) falls back to the
 * patterns alone.
 */
public final class RejectedRecordMasking {
  /** The longest field shown; longer ones are cut with a note of their length. */
  public static final int FIELD_CHARS = 256;

  private static final Map<String, String> KIND = Map.ofEntries(
      Map.entry("national_id", "national_id"), Map.entry("phone", "phone"),
      Map.entry("personal_email", "email"), Map.entry("work_email", "email"),
      Map.entry("bank_account_number", "bank_account"), Map.entry("iban", "bank_account"),
      Map.entry("wallet_address", "wallet"), Map.entry("payee_platform_account", "payout_account"),
      Map.entry("full_name", "name"), Map.entry("account_holder_name", "name"),
      Map.entry("date_of_birth", "date_of_birth"),
      Map.entry("home_address_line1", "street"), Map.entry("ship_to_line1", "street"),
      Map.entry("home_postal_code", "street"), Map.entry("ship_to_postal_code", "street"));

  private RejectedRecordMasking() {}

  /** True when a column's values are masked (not shown as exported). */
  public static boolean sensitive(String column) {
    return column != null && KIND.containsKey(column);
  }

  /**
   * A field of a parsed row: {@code column} is its canonical column, or null for a column the
   * dataset does not know (masked as free text).
   */
  public static String field(String column, String value) {
    if (value == null) {
      return null;
    }
    if (column == null) {
      return Masking.freeTextOfInputRow(truncate(value, FIELD_CHARS));
    }
    String kind = KIND.get(column);
    if (kind == null) {
      return truncate(value, FIELD_CHARS);
    }
    // Masked from the head of the value; a cut is noted after the masked form.
    String head = value.length() > FIELD_CHARS ? value.substring(0, FIELD_CHARS) : value;
    String note = value.length() > FIELD_CHARS ? "… [" + value.length() + " characters]" : "";
    String masked = switch (kind) {
      case "name" -> name(head);
      case "date_of_birth" -> dateOfBirth(head);
      case "street" -> head.isBlank() ? head : "***";
      default -> head.isBlank() ? head : Masking.forKind(kind, head.trim());
    };
    return masked + note;
  }

  /**
   * A raw CSV line the parser could not read (wrong number of fields, broken quoting): split by
   * the delimiter and quote, field i masked as the header's columns say ({@code columns}:
   * canonical names, null where unknown). A line with d fields too many or too few was most
   * likely shifted at one stray or missing delimiter: the fields before it sit under their
   * columns, those after it d places off. Field i is therefore masked as column i (aligned left)
   * and as column i - (fields - columns) (aligned right), each masking that applies; a field no
   * sensitive column could hold goes through the free-text patterns, as does the field under the
   * dataset's key column ({@code key}), which an auditor needs to find the row. Fields are cut to
   * {@link #FIELD_CHARS}, the line to {@code maxChars}.
   */
  public static String line(String line, List<String> columns, String key, char delimiter, char quote, int maxChars) {
    if (line == null) {
      return null;
    }
    boolean cut = line.length() > maxChars;
    String head = cut ? line.substring(0, maxChars) : line;
    List<String> fields = split(head, delimiter, quote);
    if (fields == null) {
      // The key before the first delimiter, when it is the first column and unquoted, stays.
      int d = head.indexOf(delimiter);
      boolean keyFirst = !columns.isEmpty() && columns.get(0) != null && columns.get(0).equals(key)
          && d > 0 && head.substring(0, d).indexOf(quote) < 0;
      String rest = Masking.freeTextOfInputRow(truncate(keyFirst ? line.substring(d) : line, maxChars));
      return keyFirst ? head.substring(0, d) + rest : rest;
    }
    // A cut line's field count says nothing of a shift: align left only.
    int shift = cut ? 0 : fields.size() - columns.size();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String left = column(columns, i);
      String right = column(columns, i - shift);
      String f = truncate(fields.get(i), FIELD_CHARS);
      String masked;
      if (left != null && left.equals(key)) {
        masked = f;
      } else if (sensitive(left) || sensitive(right)) {
        masked = sensitive(left) ? field(left, f) : f;
        masked = sensitive(right) && !right.equals(left) ? field(right, masked) : masked;
      } else {
        masked = Masking.freeTextOfInputRow(f);
      }
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(masked);
    }
    if (cut) {
      out.append("… [line of ").append(line.length()).append(" characters cut]");
    }
    return out.toString();
  }

  private static String column(List<String> columns, int i) {
    return i >= 0 && i < columns.size() ? columns.get(i) : null;
  }

  /**
   * A line's fields, unquoted; null when a quote opened at the start of a field is never closed
   * (the rest of the line cannot be told apart into fields).
   */
  static List<String> split(String line, char delimiter, char quote) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
          f.append(quote);
          i++;
        } else if (c == quote) {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == quote && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == delimiter) {
        fields.add(f.toString());
        f.setLength(0);
        fieldStart = true;
      } else if (c != '\r' && c != '\n') {
        f.append(c);
        fieldStart = false;
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(f.toString());
    return fields;
  }

  /** The first {@code max} characters and a note of the full length, e.g. {@code Ann… [5242880 characters]}. */
  public static String truncate(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max) + "… [" + value.length() + " characters]";
  }

  /** Initials: {@code "Ann Lee"} → {@code "A*** L***"}. */
  public static String name(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String word : value.trim().split("[\\s,]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.appendCodePoint(word.codePointAt(0)).append("***");
    }
    return out.toString();
  }

  /**
   * The year of a date of birth, the other digits starred, in whatever form it was written:
   * {@code 1990-02-03} → {@code 1990-**-**}, {@code 03/02/1990} → {@code **}{@code /**}{@code /1990}.
   * A run of digits other than four long is starred whole.
   */
  public static String dateOfBirth(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (!Character.isDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < value.length() && Character.isDigit(value.charAt(j))) {
        j++;
      }
      out.append(j - i == 4 ? value.substring(i, j) : "*".repeat(j - i));
      i = j;
    }
    return out.toString();
  }
}
