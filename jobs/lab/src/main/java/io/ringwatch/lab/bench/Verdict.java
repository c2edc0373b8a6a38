package io.ringwatch.lab.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The targets of issue 8 on the 2-core, 24 GiB machine, checked against measured runs; a target
 * missed names the stage that misses it.
 *
 * <ul>
 *   <li><b>time</b>: up to 100k workers the nightly takes ≤ 3 minutes, up to 1M ≤ 20 minutes
 *       (none above); a miss names the stage with the largest share of the time;
 *   <li><b>heap</b>: from 1M workers on, the run succeeds with -Xmx ≤ 16 GiB;
 *   <li><b>scan</b>: every run within 3× its bare scan; a miss names the stage with the largest
 *       share and how many bare scans it alone costs;
 *   <li><b>growth</b>: between two sizes of one format, cost grows no worse than linearly (the
 *       exponent log(t₂/t₁) / log(n₂/n₁) ≤ 1, with {@link #GROWTH_SLACK} for noise); a miss names
 *       the stage that grows worst among those taking at least {@link #MIN_SHARE} of the larger
 *       run.
 * </ul>
 */
public final class Verdict {
  public static final double SCAN_RATIO = 3.0;
  public static final long HEAP_LIMIT = 16L << 30;
  public static final double GROWTH_SLACK = 0.05;
  public static final double MIN_SHARE = 0.05;

  /** One target checked: met or missed, with the stage to blame on a miss. */
  public record Line(boolean met, String target, String detail, String stage) {
    public String text() {
      return (met ? "met   " : "MISSED") + "  " + target + ": " + detail;
    }
  }

  private Verdict() {}

  /** The time target for a company of this size, in nanoseconds, or -1 when there is none. */
  public static long timeTarget(int workers) {
    if (workers <= 100_000) {
      return 180_000_000_000L;
    }
    if (workers <= 1_000_000) {
      return 1_200_000_000_000L;
    }
    return -1;
  }

  public static List<Line> check(List<RunFigures> runs) {
    List<Line> out = new ArrayList<>();
    for (RunFigures r : runs) {
      String name = Markdown.size(r.workers()) + " " + r.format();
      if (r.failed()) {
        out.add(new Line(false, name + " run", "failed: " + r.error(), null));
        continue;
      }
      StageFigures top = largest(r);
      String topText = top == null ? "" : String.format(Locale.ROOT, "; largest stage %s (%s s, %s)", top.stage(),
          Markdown.seconds(top.wallNanos()), Markdown.percent(share(top, r)));
      long target = timeTarget(r.workers());
      if (target > 0) {
        boolean met = r.nightlyNanos() <= target;
        out.add(new Line(met, name + " time ≤ " + target / 60_000_000_000L + " min",
            "nightly " + Markdown.seconds(r.nightlyNanos()) + " s" + topText, met || top == null ? null : top.stage()));
      }
      if (r.workers() >= 1_000_000) {
        boolean met = r.heapMaxBytes() <= HEAP_LIMIT;
        out.add(new Line(met, name + " heap ≤ 16 GiB", "ran with -Xmx " + Markdown.gib(r.heapMaxBytes())
            + " GiB, peak in use " + Markdown.gib(r.peakHeapBytes()) + " GiB", null));
      }
      double ratio = r.ratio();
      boolean scanMet = ratio <= SCAN_RATIO;
      String scanDetail = "nightly/scan " + Markdown.ratio(ratio) + " (scan " + Markdown.seconds(r.scanNanos()) + " s)";
      if (!scanMet && top != null) {
        scanDetail += String.format(Locale.ROOT, "; %s alone costs %.1f scans", top.stage(),
            (double) top.wallNanos() / r.scanNanos());
      }
      out.add(new Line(scanMet, name + " within 3× bare scan", scanDetail, scanMet || top == null ? null : top.stage()));
    }
    Map<String, List<RunFigures>> byFormat = new TreeMap<>();
    for (RunFigures r : runs) {
      if (!r.failed()) {
        byFormat.computeIfAbsent(r.format(), f -> new ArrayList<>()).add(r);
      }
    }
    for (List<RunFigures> same : byFormat.values()) {
      same.sort(Comparator.comparingInt(RunFigures::workers));
      for (int i = 1; i < same.size(); i++) {
        RunFigures small = same.get(i - 1);
        RunFigures large = same.get(i);
        if (large.workers() <= small.workers()) {
          continue;
        }
        out.add(growth(small, large));
      }
    }
    return out;
  }

  /** log(t₂/t₁) / log(n₂/n₁): 1 is linear, above 1 worse. */
  public static double exponent(long smallNanos, long largeNanos, int smallWorkers, int largeWorkers) {
    if (smallNanos <= 0 || largeNanos <= 0) {
      return Double.NaN;
    }
    return Math.log((double) largeNanos / smallNanos) / Math.log((double) largeWorkers / smallWorkers);
  }

  static Line growth(RunFigures small, RunFigures large) {
    String name = large.format() + " " + Markdown.size(small.workers()) + " → " + Markdown.size(large.workers());
    double total = exponent(small.nightlyNanos(), large.nightlyNanos(), small.workers(), large.workers());
    boolean met = total <= 1 + GROWTH_SLACK;
    StageFigures worst = null;
    double worstExp = Double.NEGATIVE_INFINITY;
    for (StageFigures s : large.stages()) {
      if (share(s, large) < MIN_SHARE) {
        continue;
      }
      StageFigures before = small.stages().stream().filter(x -> x.stage().equals(s.stage())).findFirst().orElse(null);
      if (before == null) {
        continue;
      }
      double e = exponent(before.wallNanos(), s.wallNanos(), small.workers(), large.workers());
      if (!Double.isNaN(e) && e > worstExp) {
        worstExp = e;
        worst = s;
      }
    }
    String detail = "time grows as size^" + String.format(Locale.ROOT, "%.2f", total)
        + " (" + Markdown.seconds(small.nightlyNanos()) + " s → " + Markdown.seconds(large.nightlyNanos()) + " s)";
    if (worst != null) {
      detail += String.format(Locale.ROOT, "; worst-growing stage %s (size^%.2f)", worst.stage(), worstExp);
    }
    return new Line(met, name + " growth ≤ linear", detail, met || worst == null ? null : worst.stage());
  }

  static double share(StageFigures s, RunFigures r) {
    return r.nightlyNanos() > 0 ? (double) s.wallNanos() / r.nightlyNanos() : Double.NaN;
  }

  static StageFigures largest(RunFigures r) {
    return r.stages().stream().filter(s -> !s.stage().equals(Stages.OTHER))
        .max(Comparator.comparingLong(StageFigures::wallNanos)).orElse(null);
  }
}
