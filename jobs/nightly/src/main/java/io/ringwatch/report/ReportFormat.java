package io.ringwatch.report;

import io.ringwatch.privacy.Masking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the report writes numbers, money, dates and text from the tables: one place for the
 * templates ({@code fmt} in {@code ringwatch/report/*.ftlh}), the trend chart and the pictures.
 * Returns plain text; escaping is the template's (FreeMarker's HTML output format) job.
 */
public final class ReportFormat {
  private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MINUTE_UTC =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private ReportFormat() {}

  // ---- counts and scores ----------------------------------------------------------------------

  /** {@code 12,345}. */
  public static String num(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** A count with its noun: {@code 1 worker}, {@code 12,345 workers}. */
  public static String count(long n, String one, String many) {
    return num(n) + " " + (n == 1 ? one : many);
  }

  /** Scores without a needless {@code .0}: {@code 85}, {@code 62.5}. */
  public static String score(double s) {
    return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.US, "%.1f", s);
  }

  /** {@code part} of {@code whole} with one decimal: {@code 3.0%}; {@code 0%} of nothing. */
  public static String pct(long part, long whole) {
    return whole == 0 ? "0%" : String.format(Locale.US, "%.1f%%", 100.0 * part / whole);
  }

  // ---- money ----------------------------------------------------------------------------------

  /** Whole units with the currency's symbol: {@code $412,340}, {@code €12,300}, {@code CA$2,100}, {@code XYZ 5}. */
  public static String money(String currency, BigDecimal amount) {
    return symbol(currency) + num(amount.setScale(0, RoundingMode.HALF_UP).longValue());
  }

  /** All currencies, largest first: {@code $412,340 + €12,300}; {@code nothing} for none. */
  public static String money(Map<String, BigDecimal> byCurrency) {
    String all = moneyExcept(byCurrency, null);
    return all.isEmpty() ? "nothing" : all;
  }

  /** Large amounts shortened for a headline figure: {@code $5.46M}, {@code $412k}, {@code $9,870}. */
  public static String compactMoney(String currency, BigDecimal amount) {
    double v = amount.doubleValue();
    if (Math.abs(v) < 100_000) {
      return money(currency, amount);
    }
    return symbol(currency) + (Math.abs(v) >= 1_000_000 ? String.format(Locale.US, "%.2fM", v / 1e6)
        : String.format(Locale.US, "%.0fk", v / 1e3));
  }

  /** The largest currency's amount, compact ({@link #compactMoney}); {@code 0} when nothing was paid. */
  public static String headlineMoney(Map<String, BigDecimal> byCurrency) {
    Map.Entry<String, BigDecimal> main = mainCurrency(byCurrency);
    return main == null ? "0" : compactMoney(main.getKey(), main.getValue());
  }

  /** The currencies beside the largest, largest first ({@code €12,300 + £800}); empty when there is one. */
  public static String otherMoney(Map<String, BigDecimal> byCurrency) {
    Map.Entry<String, BigDecimal> main = mainCurrency(byCurrency);
    return moneyExcept(byCurrency, main == null ? null : main.getKey());
  }

  static Map.Entry<String, BigDecimal> mainCurrency(Map<String, BigDecimal> byCurrency) {
    return byCurrency.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
  }

  private static String moneyExcept(Map<String, BigDecimal> byCurrency, String currency) {
    List<String> parts = new ArrayList<>();
    byCurrency.entrySet().stream().filter(e -> !e.getKey().equals(currency))
        .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
        .forEach(e -> parts.add(money(e.getKey(), e.getValue())));
    return String.join(" + ", parts);
  }

  /** {@code $}, {@code €}, {@code CA$}; the code and a space where Java knows no symbol of its own. */
  private static String symbol(String currency) {
    String symbol;
    try {
      symbol = Currency.getInstance(currency).getSymbol(Locale.US);
    } catch (IllegalArgumentException e) {
      return currency + " ";
    }
    return symbol.equals(currency) ? currency + " " : symbol;
  }

  // ---- dates ----------------------------------------------------------------------------------

  /** {@code 20 November 2026}. */
  public static String longDay(LocalDate day) {
    return LONG_DAY.format(day);
  }

  /** {@code 20 Nov}. */
  public static String shortDay(LocalDate day) {
    return SHORT_DAY.format(day);
  }

  /** {@code 20 Nov 2026}. */
  public static String shortDayYear(LocalDate day) {
    return SHORT_DAY_YEAR.format(day);
  }

  /** {@code 20 November 2026 23:05 UTC}. */
  public static String minuteUtc(Instant at) {
    return MINUTE_UTC.format(at);
  }

  // ---- text from the tables -------------------------------------------------------------------

  /** Text from the tables with anything that looks like an identifier masked, addresses made readable. */
  public static String masked(String text) {
    return readable(Masking.freeText(text));
  }

  /**
   * {@link #masked(String)} cut to {@code max} characters. Masked before it is cut: an identifier
   * cut in half would no longer look like one and would escape the mask.
   */
  public static String masked(String text, int max) {
    return truncate(masked(text), max);
  }

  /** Address keys are stored as {@code line|postcode}: shown with a comma. */
  public static String readable(String value) {
    return value == null ? "" : value.replace("|", ", ");
  }

  /**
   * At most {@code max} characters, the last an ellipsis when cut. Cut after the last whole word
   * that fits (a reader guesses a missing word, not a missing half), and where it must be only
   * when the first word alone is too long.
   */
  public static String truncate(String s, int max) {
    if (s == null) {
      return "";
    }
    if (s.length() <= max) {
      return s;
    }
    int room = max - 1;
    int cut = room;
    while (cut > 0 && !Character.isWhitespace(s.charAt(cut))) {
      cut--;
    }
    String kept = cut == 0 ? s.substring(0, room) : s.substring(0, cut);
    // "ln, apt…" reads as a cut; "ln,…" as a stray comma.
    return kept.replaceAll("[\\s,;:(\\[–-]+$", "") + "…";
  }
}
