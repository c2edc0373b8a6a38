package io.ringwatch.lab.cli;

import io.ringwatch.lab.bench.Bench;
import io.ringwatch.lab.bench.BenchReport;
import io.ringwatch.lab.bench.RunFigures;
import io.ringwatch.lab.nights.IncrementalBench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch bench}: the nightly measured stage by stage at several sizes (jobs/docs/benchmark.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates companies of the given sizes (or reuses them under --work), runs the nightly on each "
        + "as CSV and as Parquet, and prints per stage: wall time, rows in and out, shuffle bytes, peak heap; "
        + "beside it the bare scan of the same inputs and the ratio, then the verdict against the targets "
        + "(see jobs/docs/benchmark.md).",
        "With --incremental: per size, the company's exports of two consecutive nights (events in daily drops); the "
        + "first night runs full, then the second both in full and incrementally on the first's output, beside the "
        + "bare scan of all inputs and of the one day's new drops; the two nights' tables are compared row for row. "
        + "Exit status 1 when a run fails, the second night is not incremental, or its tables differ."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", paramLabel = "N[,N…]", defaultValue = "10000,100000,1000000",
      description = "company sizes in workers (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--formats", split = ",", paramLabel = "csv,parquet", defaultValue = "csv,parquet",
      description = "input formats (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Option(names = "--work", required = true, paramLabel = "DIR",
      description = "work folder: companies (company-<size>-<seed>, reused when present), Parquet copies, "
          + "run logs and figures (logs/)")
  Path work;

  @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "generator seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--run-date", defaultValue = "2026-11-20", paramLabel = "YYYY-MM-DD",
      description = "run date, the generator's as-of date (default: ${DEFAULT-VALUE})")
  LocalDate runDate;

  @Option(names = "--heap", paramLabel = "SIZE",
      description = "-Xmx of every run's JVM (default: 6g up to 100k workers, 16g above)")
  String heap;

  @Option(names = "--in-process", description = "run the nightlies in this JVM instead of one JVM per run")
  boolean inProcess;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf for the runs")
  Path conf;

  @Option(names = "--resume", description = "reuse the figures of runs an earlier bench finished (WORK/logs/*.json)")
  boolean resume;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the markdown report to FILE")
  Path report;

  @Option(names = "--incremental", description = "measure an incremental night beside the full one (CSV daily drops; "
      + "--formats and --resume do not apply)")
  boolean incremental;

  @Override
  public Integer call() {
    if (incremental) {
      return incremental();
    }
    Bench bench = new Bench(new Bench.Options(sizes, formats, work, seed, runDate, heap, inProcess, conf, resume), System.err);
    List<RunFigures> runs = bench.run();
    String command = "ringwatch bench --sizes " + join(sizes) + " --formats " + String.join(",", formats)
        + " --work " + work + " --seed " + seed + (heap == null ? "" : " --heap " + heap)
        + (inProcess ? " --in-process" : "");
    String text = BenchReport.render(bench.header(command), runs);
    print(text);
    return runs.stream().anyMatch(RunFigures::failed) ? 1 : 0;
  }

  private int incremental() {
    if (resume) {
      throw new IllegalArgumentException("--resume does not apply to --incremental: its nights build on each other");
    }
    Bench.Options options = new Bench.Options(sizes, List.of("csv"), work, seed, runDate, heap, inProcess, conf, false);
    IncrementalBench bench = new IncrementalBench(options, System.err);
    List<IncrementalBench.Figures> all = bench.run();
    String command = "ringwatch bench --incremental --sizes " + join(sizes) + " --work " + work + " --seed " + seed
        + " --run-date " + runDate + (heap == null ? "" : " --heap " + heap) + (inProcess ? " --in-process" : "");
    print(IncrementalBench.render(bench.header(command), all));
    return IncrementalBench.same(all) ? 0 : 1;
  }

  private void print(String text) {
    System.out.println(text);
    if (report != null) {
      try {
        if (report.toAbsolutePath().getParent() != null) {
          Files.createDirectories(report.toAbsolutePath().getParent());
        }
        Files.writeString(report, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String join(List<Integer> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
