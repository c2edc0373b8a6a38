package io.ringwatch.formats;

import java.util.regex.Pattern;

/**
 * CSV cells that are safe to open in a spreadsheet (OWASP "CSV Injection"): a value a
 * spreadsheet would run as a formula, one starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return ({@code =HYPERLINK(...)}, {@code +cmd|...},
 * {@code -2+3}, {@code @SUM(...)}), is prefixed with a single quote and quoted, so it is shown as
 * text. A plain number ({@code -12.50}) is left as it is: a spreadsheet reads it as a number, not
 * a formula. Other values are quoted only when they hold a comma, a quote or a line break (RFC
 * 4180), quotes doubled.
 */
public final class CsvCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private CsvCells() {}

  /** Whether a spreadsheet could take the value for a formula. */
  public static boolean looksLikeFormula(String v) {
    if (v == null || v.isEmpty()) {
      return false;
    }
    char c = v.charAt(0);
    boolean leading = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return leading && !PLAIN_NUMBER.matcher(v).matches();
  }

  /** One cell: empty for null, formula-like values neutralised, quoted when needed. */
  public static String cell(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    if (looksLikeFormula(v)) {
      return quote("'" + v);
    }
    return needsQuotes(v) ? quote(v) : v;
  }

  /** A line of cells joined by commas (no line end). */
  public static String line(String... values) {
    StringBuilder sb = new StringBuilder(160);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(values[i]));
    }
    return sb.toString();
  }

  private static String quote(String v) {
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /** Whether RFC 4180 needs the cell quoted (a comma, quote or line break in it). */
  public static boolean needsQuotes(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
