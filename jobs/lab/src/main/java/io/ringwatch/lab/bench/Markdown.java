package io.ringwatch.lab.bench;

import java.util.List;
import java.util.Locale;

/** Markdown tables and the number formats of the benchmark's report. */
public final class Markdown {
  private Markdown() {}

  /**
   * A table with a header row; columns are padded to their widest cell so it also reads as plain
   * text. {@code rightAligned[i]} right-aligns column i (numbers).
   */
  public static String table(List<String> header, List<List<String>> rows, boolean... rightAligned) {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = Math.max(3, header.get(i).length());
    }
    for (List<String> r : rows) {
      if (r.size() != n) {
        throw new IllegalArgumentException("row has " + r.size() + " cells, header " + n + ": " + r);
      }
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width, rightAligned);
    sb.append('|');
    for (int i = 0; i < n; i++) {
      boolean right = i < rightAligned.length && rightAligned[i];
      sb.append(right ? "-".repeat(width[i] + 1) + ":" : "-".repeat(width[i] + 2)).append('|');
    }
    sb.append('\n');
    for (List<String> r : rows) {
      line(sb, r, width, rightAligned);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
    sb.append('|');
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).replace("|", "\\|");
      String pad = " ".repeat(Math.max(0, width[i] - c.length()));
      boolean r = i < right.length && right[i];
      sb.append(' ').append(r ? pad + c : c + pad).append(" |");
    }
    sb.append('\n');
  }

  /** Seconds with one decimal, or "–" for a negative (unknown) duration. */
  public static String seconds(long nanos) {
    return nanos < 0 ? "–" : String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  /** Mebibytes with no decimals (one below 10). */
  public static String mib(long bytes) {
    if (bytes < 0) {
      return "–";
    }
    double m = bytes / (1024.0 * 1024.0);
    return m < 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%,.0f", m);
  }

  public static String gib(long bytes) {
    return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0 * 1024.0));
  }

  /** A count with thousands separators, or "–" when unknown (negative). */
  public static String count(long n) {
    return n < 0 ? "–" : String.format(Locale.ROOT, "%,d", n);
  }

  public static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  public static String ratio(double r) {
    return Double.isNaN(r) || Double.isInfinite(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
  }

  /** 10k, 100k, 1M. */
  public static String size(int workers) {
    if (workers >= 1_000_000 && workers % 1_000_000 == 0) {
      return workers / 1_000_000 + "M";
    }
    if (workers >= 1_000 && workers % 1_000 == 0) {
      return workers / 1_000 + "k";
    }
    return Integer.toString(workers);
  }
}
