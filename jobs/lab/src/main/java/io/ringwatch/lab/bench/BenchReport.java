package io.ringwatch.lab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's report: a summary table, one table of stages per run, and the verdict. */
public final class BenchReport {
  private BenchReport() {}

  public static String summary(List<RunFigures> runs) {
    List<List<String>> rows = new ArrayList<>();
    for (RunFigures r : runs) {
      if (r.failed()) {
        rows.add(List.of(Markdown.size(r.workers()), r.format(), "–", "–", "–", "failed", "–", "–", "–", "–",
            Markdown.gib(r.heapMaxBytes()), "–", "–"));
        continue;
      }
      rows.add(List.of(Markdown.size(r.workers()), r.format(), Markdown.mib(r.inputBytes()),
          Markdown.seconds(r.generateNanos()), Markdown.seconds(r.convertNanos()), Markdown.seconds(r.nightlyNanos()),
          Markdown.seconds(r.scanNanos()), Markdown.ratio(r.ratio()), Markdown.ratio(r.cpuRatio()),
          Markdown.gib(r.peakHeapBytes()),
          Markdown.gib(r.heapMaxBytes()), Markdown.mib(r.shuffleBytes()), load(r)));
    }
    return Markdown.table(List.of("workers", "format", "input MiB", "generate s", "convert s", "nightly s", "scan s",
        "nightly/scan", "CPU nightly/scan", "peak heap GiB", "-Xmx GiB", "shuffle MiB", "load 1m (start/end)"), rows,
        false, false, true, true, true, true, true, true, true, true, true, true, false);
  }

  public static String stages(RunFigures r) {
    List<List<String>> rows = new ArrayList<>();
    for (StageFigures s : r.stages()) {
      rows.add(List.of(s.stage(), Markdown.seconds(s.wallNanos()), Markdown.percent(Verdict.share(s, r)),
          s.cpuNanos() > 0 ? Markdown.seconds(s.cpuNanos()) : "–",
          Markdown.count(s.rowsIn()), Markdown.count(s.rowsOut()), Markdown.mib(s.shuffleBytes()),
          Markdown.mib(s.peakHeapBytes()), Markdown.mib(s.liveHeapBytes()),
          Markdown.seconds(s.gcMillis() * 1_000_000L)));
    }
    long cpu = r.stages().stream().mapToLong(StageFigures::cpuNanos).sum();
    rows.add(List.of("**nightly**", Markdown.seconds(r.nightlyNanos()), "100%", cpu > 0 ? Markdown.seconds(cpu) : "–",
        "", "", Markdown.mib(r.shuffleBytes()),
        Markdown.mib(r.peakHeapBytes()), "", ""));
    rows.add(List.of("bare scan (floor)", Markdown.seconds(r.scanNanos()), "",
        r.scanCpuNanos() > 0 ? Markdown.seconds(r.scanCpuNanos()) : "–", Markdown.count(r.scanRows()), "", "", "",
        "", ""));
    return Markdown.table(List.of("stage", "wall s", "share", "CPU s", "rows in", "rows out", "shuffle MiB", "peak heap MiB",
        "heap after GC MiB", "GC s"), rows, false, true, true, true, true, true, true, true, true, true);
  }

  public static String verdict(List<Verdict.Line> lines) {
    StringBuilder sb = new StringBuilder();
    for (Verdict.Line l : lines) {
      sb.append("- ").append(l.met() ? "met: " : "**MISSED**: ").append(l.target()).append(" — ").append(l.detail());
      if (l.stage() != null) {
        sb.append(" → stage **").append(l.stage()).append("**");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The whole report in markdown. */
  public static String render(String header, List<RunFigures> runs) {
    StringBuilder sb = new StringBuilder(header);
    sb.append("\n## Summary\n\n").append(summary(runs));
    for (RunFigures r : runs) {
      sb.append("\n## ").append(Markdown.size(r.workers())).append(" workers, ").append(r.format())
          .append(" (").append(r.mode()).append(", -Xmx ").append(Markdown.gib(r.heapMaxBytes())).append(" GiB)\n\n");
      if (r.failed()) {
        sb.append("Failed: ").append(r.error()).append('\n');
      } else {
        sb.append(stages(r));
      }
    }
    sb.append("\n## Verdict\n\n").append(verdict(Verdict.check(runs)));
    return sb.toString();
  }

  private static String load(RunFigures r) {
    return Double.isNaN(r.loadBefore()) ? "–" : String.format(Locale.ROOT, "%.1f/%.1f", r.loadBefore(), r.loadAfter());
  }
}
