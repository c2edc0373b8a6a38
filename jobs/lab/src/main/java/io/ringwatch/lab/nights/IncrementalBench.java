package io.ringwatch.lab.nights;

import io.ringwatch.lab.bench.Bench;
import io.ringwatch.lab.bench.BenchRun;
import io.ringwatch.lab.bench.Markdown;
import io.ringwatch.lab.bench.RunFigures;
import io.ringwatch.lab.bench.StageFigures;
import io.ringwatch.synth.CompanyAsOf;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ringwatch bench --incremental} (issue 23's measure): for each size, the bench's company
 * cut into the exports of two consecutive nights ({@link CompanyAsOf}: HR, payroll and devices as
 * they stood, events as daily drops of an exporter five hours behind UTC). The night before the
 * run date runs first (full: it makes the history and the state); then the run date's night runs
 * twice: in full on a copy of that output without its state, beside the bare scan of all its
 * inputs, and incrementally on the output with the state, beside the bare scan of the one day's
 * new drops. The two nights' tables are compared by Spark, row for row. With a 30-day look-back
 * the incremental night carries 29 days and reads the new one and the last run date's, as the
 * 30th night of a series does (jobs/docs/incremental-nightly.md): a steady night.
 */
public final class IncrementalBench {
  /** What one size measured: the history night, the full and the incremental night, and what differed. */
  public record Figures(int workers, LocalDate night, RunFigures history, RunFigures full, RunFigures incremental,
      String kind, String reason, List<String> differences) {
    public boolean failed() {
      return history.failed() || full.failed() || incremental.failed();
    }

    /** incremental / full wall time: the target is under 0.1 at 1M workers. */
    public double share() {
      return full.nightlyNanos() > 0 ? (double) incremental.nightlyNanos() / full.nightlyNanos() : Double.NaN;
    }
  }

  /** The target of issue 23: the incremental night under a tenth of the full one (at 1M workers). */
  static final double TARGET_SHARE = 0.1;

  private final Bench bench;
  private final Bench.Options opt;
  private final PrintStream progress;

  public IncrementalBench(Bench.Options opt, PrintStream progress) {
    this.bench = new Bench(opt, progress);
    this.opt = opt;
    this.progress = progress;
  }

  public List<Figures> run() {
    List<Figures> all = new ArrayList<>();
    for (int size : opt.sizes()) {
      all.add(size(size));
    }
    return all;
  }

  /** The report's header: the command, the machine and the moment. */
  public String header(String command) {
    return bench.header(command);
  }

  private Figures size(int size) {
    Path company = bench.prepare(size, "csv").input();
    Path input = opt.work().resolve("drops-" + size + "-" + opt.seed());
    Path incremental = opt.work().resolve("out-" + size + "-incremental");
    Path full = opt.work().resolve("out-" + size + "-full");
    Bench.deleteTree(incremental);
    Bench.deleteTree(full);
    LocalDate night = opt.runDate();
    LocalDate before = night.minusDays(1);
    String name = size + "-incremental-";

    progress.printf("bench: %d workers: exports as of %s, events in daily drops%n", size, before);
    CompanyAsOf.cut(company, before, input, CompanyAsOf.Options.DEFAULT);
    stopIfChild();
    progress.printf("bench: %d workers: the night of %s (full, the history)…%n", size, before);
    RunFigures history = bench.measure(size, "csv", input, incremental, name + "history", before, BenchRun.SCAN_NONE);
    report(size, "history", history);
    if (history.failed()) {
      return new Figures(size, night, history, history, history, "–", "", List.of());
    }
    Bench.copyTree(incremental, full);
    Bench.deleteTree(full.resolve("_ringwatch").resolve("state")); // no state: the night is a full recompute

    progress.printf("bench: %d workers: exports as of %s (one drop more)%n", size, night);
    CompanyAsOf.cut(company, night, input, CompanyAsOf.Options.DEFAULT);
    stopIfChild();
    progress.printf("bench: %d workers: the night of %s in full…%n", size, night);
    RunFigures fullNight = bench.measure(size, "csv", input, full, name + "full", night, BenchRun.SCAN_ALL);
    report(size, "full", fullNight);
    progress.printf("bench: %d workers: the night of %s incrementally…%n", size, night);
    RunFigures incrementalNight = bench.measure(size, "csv", input, incremental, name + "incremental", night,
        before.toString()); // the new day's drops: the exporter's day before the run date
    report(size, "incremental", incrementalNight);
    if (fullNight.failed() || incrementalNight.failed()) {
      return new Figures(size, night, history, fullNight, incrementalNight, "–", "", List.of());
    }

    SparkSession spark = bench.session();
    Row kind = NightSeries.kind(spark, incremental, night);
    List<String> differences = new NightRows(spark, night).counted(NightSeries.COMPARED, full, "the full night",
        incremental, "the incremental");
    progress.printf("bench: %d workers: the incremental night was %s (%s); %s%nbench: its reason: %s%n", size,
        kind.getString(0), Reasons.carriedAndRead(kind.getString(1)), differences.isEmpty()
            ? "the same tables as the full night" : "DIFFERENT: " + String.join("; ", differences), kind.getString(1));
    if (!opt.inProcess()) {
      Bench.deleteTree(incremental); // a 1M night's tables are large; the figures are what we keep
      Bench.deleteTree(full);
    }
    return new Figures(size, night, history, fullNight, incrementalNight, kind.getString(0), kind.getString(1),
        differences);
  }

  private void stopIfChild() {
    if (!opt.inProcess()) {
      Bench.stopSession(); // the parent's Spark is not needed while a child runs
    }
  }

  private void report(int size, String which, RunFigures r) {
    progress.printf("bench: %d workers, %s night: %s%n", size, which, r.failed() ? "FAILED " + r.error()
        : "nightly " + Markdown.seconds(r.nightlyNanos()) + " s"
            + (r.scanNanos() > 0 ? ", scan " + Markdown.seconds(r.scanNanos()) + " s" : ""));
  }

  /** The report: one summary row a night, the stages of the full and the incremental night side by side, the verdict. */
  public static String render(String header, List<Figures> all) {
    StringBuilder sb = new StringBuilder(header);
    sb.append("\n## Summary\n\n").append(summary(all));
    for (Figures f : all) {
      sb.append("\n## ").append(Markdown.size(f.workers())).append(" workers, the night of ").append(f.night())
          .append(": full against incremental\n\n");
      if (f.failed()) {
        sb.append("Failed: ").append(firstError(f)).append('\n');
      } else {
        sb.append("The incremental night's `night_reason`: ").append(f.reason()).append("\n\n").append(stages(f));
      }
    }
    sb.append("\n## Verdict\n\n").append(verdict(all));
    return sb.toString();
  }

  static String summary(List<Figures> all) {
    List<List<String>> rows = new ArrayList<>();
    for (Figures f : all) {
      rows.add(row(f, f.night().minusDays(1) + " (history)", "full", "–", f.history(), "–"));
      rows.add(row(f, f.night() + " in full", "full", "–", f.full(), "all inputs"));
      rows.add(row(f, f.night() + " incrementally", f.kind(), Reasons.carriedAndRead(f.reason()), f.incremental(),
          "the day's drops"));
    }
    return Markdown.table(List.of("workers", "night", "kind", "event days carried / read", "nightly s", "CPU s",
        "read MiB", "scan of", "scan s", "nightly/scan", "peak heap GiB", "-Xmx GiB", "load 1m (start/end)"), rows,
        false, false, false, true, true, true, true, false, true, true, true, true, false);
  }

  private static List<String> row(Figures f, String night, String kind, String days, RunFigures r, String scanOf) {
    if (r.failed()) {
      return List.of(Markdown.size(f.workers()), night, "failed", "–", "–", "–", "–", "–", "–", "–", "–",
          Markdown.gib(r.heapMaxBytes()), "–");
    }
    return List.of(Markdown.size(f.workers()), night, kind, days, Markdown.seconds(r.nightlyNanos()),
        cpu(r), Markdown.mib(readBytes(r)), scanOf, r.scanNanos() > 0 ? Markdown.seconds(r.scanNanos()) : "–",
        r.scanNanos() > 0 ? Markdown.ratio(r.ratio()) : "–", Markdown.gib(r.peakHeapBytes()),
        Markdown.gib(r.heapMaxBytes()), Double.isNaN(r.loadBefore()) ? "–"
            : String.format(Locale.ROOT, "%.1f/%.1f", r.loadBefore(), r.loadAfter()));
  }

  /**
   * Per stage, the full night's and the incremental night's wall and CPU seconds and the bytes
   * its tasks read from files (the rows run_audit counts are the same in both by design: a carried
   * day's rows count as read, as the full night's do).
   */
  static String stages(Figures f) {
    Map<String, StageFigures[]> byStage = new LinkedHashMap<>();
    for (StageFigures s : f.full().stages()) {
      byStage.computeIfAbsent(s.stage(), k -> new StageFigures[2])[0] = s;
    }
    for (StageFigures s : f.incremental().stages()) {
      byStage.computeIfAbsent(s.stage(), k -> new StageFigures[2])[1] = s;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, StageFigures[]> e : byStage.entrySet()) {
      StageFigures a = e.getValue()[0];
      StageFigures b = e.getValue()[1];
      rows.add(List.of(e.getKey(), wall(a), wall(b), cpu(a), cpu(b), read(a), read(b),
          a != null && b != null && a.wallNanos() > 0 ? Markdown.ratio((double) b.wallNanos() / a.wallNanos()) : "–"));
    }
    rows.add(List.of("**nightly**", Markdown.seconds(f.full().nightlyNanos()),
        Markdown.seconds(f.incremental().nightlyNanos()), cpu(f.full()), cpu(f.incremental()),
        Markdown.mib(readBytes(f.full())), Markdown.mib(readBytes(f.incremental())), Markdown.ratio(f.share())));
    return Markdown.table(List.of("stage", "full s", "incremental s", "full CPU s", "incremental CPU s",
        "full read MiB", "incremental read MiB", "incremental/full (wall)"), rows, false, true, true, true, true, true,
        true, true);
  }

  private static String wall(StageFigures s) {
    return s == null ? "–" : Markdown.seconds(s.wallNanos());
  }

  private static String cpu(StageFigures s) {
    return s == null || s.cpuNanos() <= 0 ? "–" : Markdown.seconds(s.cpuNanos());
  }

  private static String cpu(RunFigures r) {
    long cpu = r.stages().stream().mapToLong(StageFigures::cpuNanos).sum();
    return cpu > 0 ? Markdown.seconds(cpu) : "–";
  }

  private static String read(StageFigures s) {
    return s == null ? "–" : Markdown.mib(s.inputBytes());
  }

  /** Bytes the night's Spark tasks read from files. */
  static long readBytes(RunFigures r) {
    return r.stages().stream().mapToLong(StageFigures::inputBytes).sum();
  }

  static String verdict(List<Figures> all) {
    StringBuilder sb = new StringBuilder();
    for (Figures f : all) {
      String size = Markdown.size(f.workers()) + " workers: ";
      if (f.failed()) {
        sb.append("- **FAILED**: ").append(size).append(firstError(f)).append('\n');
        continue;
      }
      boolean incremental = "incremental".equals(f.kind());
      sb.append("- ").append(incremental ? "met: " : "**MISSED**: ").append(size)
          .append("the second night is incremental").append(incremental ? "" : " (it ran " + f.kind() + ": "
              + f.reason() + ")").append('\n');
      sb.append("- ").append(f.differences().isEmpty() ? "met: " : "**MISSED**: ").append(size)
          .append("its tables equal the full recompute's").append(f.differences().isEmpty() ? ""
              : " (" + String.join("; ", f.differences()) + ")").append('\n');
      boolean fast = f.share() < TARGET_SHARE;
      sb.append("- ").append(fast ? "met: " : "**MISSED**: ").append(size).append(String.format(Locale.ROOT,
          "incremental night %s s = %.2f of the full night's %s s (target under %.1f, issue 23 at 1M)",
          Markdown.seconds(f.incremental().nightlyNanos()), f.share(), Markdown.seconds(f.full().nightlyNanos()),
          TARGET_SHARE)).append('\n');
    }
    return sb.toString();
  }

  /** Every size's second night ran incrementally and published the full recompute's tables (the time is the verdict's). */
  public static boolean same(List<Figures> all) {
    return all.stream().allMatch(f -> !f.failed() && "incremental".equals(f.kind()) && f.differences().isEmpty());
  }

  private static String firstError(Figures f) {
    return f.history().failed() ? "history night: " + f.history().error()
        : f.full().failed() ? "full night: " + f.full().error() : "incremental night: " + f.incremental().error();
  }
}
