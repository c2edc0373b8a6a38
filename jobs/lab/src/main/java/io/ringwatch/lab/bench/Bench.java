package io.ringwatch.lab.bench;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.spark.SparkSessionFactory;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ringwatch bench}: for each size, a generated company (reused when already under the work
 * folder: the generator is deterministic), as CSV and as Parquet, the nightly measured stage by
 * stage beside the bare scan of the same inputs; the report and the verdict against the targets.
 *
 * <p>Each run goes in its own JVM by default ({@link BenchRun#main}, same class path and JVM
 * options as this one, -Xmx per size), so its heap figures are that run's alone and a 1M run can
 * have 16 GiB; {@code inProcess} runs it in this JVM instead (the tests; heap figures then cover
 * whatever else this JVM holds).
 */
public final class Bench {
  /** What to measure. */
  public record Options(List<Integer> sizes, List<String> formats, Path work, long seed, LocalDate runDate,
      String heap, boolean inProcess, Path conf, boolean resume) {
    public Options {
      if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
        throw new IllegalArgumentException("--sizes must list positive worker counts, got " + sizes);
      }
      for (String f : formats) {
        if (!f.equals("csv") && !f.equals("parquet")) {
          throw new IllegalArgumentException("--formats takes csv and/or parquet, got '" + f + "'");
        }
      }
      if (heap != null && !heap.matches("\\d+[gGmM]")) {
        throw new IllegalArgumentException("--heap takes a JVM heap size such as 16g, got '" + heap + "'");
      }
    }
  }

  private final Options opt;
  private final java.io.PrintStream progress;

  public Bench(Options opt, java.io.PrintStream progress) {
    this.opt = opt;
    this.progress = progress;
  }

  /** -Xmx of a run: the option, or 6g (the launcher's default) up to 100k workers and 16g above. */
  public static String heapFor(int workers, String heap) {
    return heap != null ? heap : workers <= 100_000 ? "6g" : "16g";
  }

  /** A run's input, and what it took to make it (-1: reused, or not needed). */
  public record Prepared(Path input, long generateNanos, long convertNanos) {}

  /**
   * The input of one run: the company of that size (generated unless already complete under the
   * work folder: the generator is deterministic) and, for Parquet, its Parquet copy (converted
   * unless already complete).
   */
  public Prepared prepare(int size, String format) {
    Path company = opt.work().resolve("company-" + size + "-" + opt.seed());
    long generate = -1;
    if (!CompanyGenerator.isComplete(company)) {
      progress.printf("bench: generating %d workers (seed %d) into %s%n", size, opt.seed(), company);
      long t = System.nanoTime();
      CompanyGenerator.generate(GeneratorOptions.of(size, opt.seed()), company);
      generate = System.nanoTime() - t;
    }
    if (!format.equals("parquet")) {
      return new Prepared(company, generate, -1);
    }
    Path parquet = opt.work().resolve("company-" + size + "-" + opt.seed() + "-parquet");
    long convert = -1;
    if (!ParquetInputs.done(parquet)) {
      progress.printf("bench: converting %s to Parquet%n", company.getFileName());
      long t = System.nanoTime();
      ParquetInputs.convert(session(), company, parquet);
      convert = System.nanoTime() - t;
    }
    return new Prepared(parquet, generate, convert);
  }

  public List<RunFigures> run() {
    List<RunFigures> runs = new ArrayList<>();
    mkdirs(opt.work().resolve("logs"));
    for (int size : opt.sizes()) {
      for (String format : opt.formats()) {
        String name = size + "-" + format;
        Path saved = opt.work().resolve("logs").resolve(name + ".json");
        if (opt.resume() && !opt.inProcess() && Files.exists(saved) && !BenchRun.read(saved).failed()) {
          progress.printf("bench: %d workers, %s: figures of an earlier run reused from %s%n", size, format, saved);
          runs.add(BenchRun.read(saved));
          continue;
        }
        Prepared in = prepare(size, format);
        if (!opt.inProcess()) {
          stopSession(); // the parent's Spark is not needed while a child runs
        }
        Path output = opt.work().resolve("out-" + name);
        deleteTree(output);
        progress.printf("bench: nightly on %d workers, %s (%s)…%n", size, format,
            opt.inProcess() ? "in-process" : "own JVM, -Xmx" + heapFor(size, opt.heap()));
        double before = BenchRun.loadAverage();
        long t = System.nanoTime();
        RunFigures r = measure(size, format, in.input(), output, name, opt.runDate(), BenchRun.SCAN_ALL);
        long process = opt.inProcess() ? -1 : System.nanoTime() - t;
        r = r.withParent(in.generateNanos(), in.convertNanos(), process,
            r.failed() ? before : r.loadBefore(), r.failed() ? BenchRun.loadAverage() : r.loadAfter());
        progress.printf("bench: %d workers, %s: %s%n", size, format, r.failed() ? "FAILED " + r.error()
            : "nightly " + Markdown.seconds(r.nightlyNanos()) + " s, scan " + Markdown.seconds(r.scanNanos())
                + " s, ratio " + Markdown.ratio(r.ratio()));
        runs.add(r);
        if (!opt.inProcess()) {
          deleteTree(output); // a 1M night's tables are large; the figures are what we keep
          BenchRun.write(saved, r); // with the parent's figures, for --resume
        }
      }
    }
    return runs;
  }

  /**
   * One nightly of {@code runDate} on {@code output} measured, in this JVM or in its own, beside
   * the bare scan {@code scan} names ({@link BenchRun#measure}); the child's figures and log are
   * kept as WORK/logs/{@code name}.json and .log.
   */
  public RunFigures measure(int size, String format, Path input, Path output, String name, LocalDate runDate,
      String scan) {
    return opt.inProcess() ? inProcess(size, format, input, output, runDate, scan)
        : child(size, format, input, output, name, runDate, scan);
  }

  private RunFigures inProcess(int size, String format, Path input, Path output, LocalDate runDate, String scan) {
    Settings settings = SettingsLoader.load(confFor(format));
    try {
      return BenchRun.measure(session(), settings, input, output, format, size, runDate, "in-process", scan);
    } catch (RuntimeException e) {
      return RunFigures.failure(size, format, "in-process", Runtime.getRuntime().maxMemory(), BenchRun.oneLine(e));
    }
  }

  private RunFigures child(int size, String format, Path input, Path output, String name, LocalDate runDate,
      String scan) {
    Path result = opt.work().resolve("logs").resolve(name + ".json");
    Path log = opt.work().resolve("logs").resolve(name + ".log");
    String heap = heapFor(size, opt.heap());
    try {
      Files.createDirectories(result.getParent());
      Files.deleteIfExists(result);
      List<String> cmd = BenchRun.childCommand(heap, List.of("--input", input.toString(), "--output",
          output.toString(), "--format", format, "--workers", Integer.toString(size), "--run-date",
          runDate.toString(), "--result", result.toString(), "--conf", confFor(format).toString(), "--scan", scan));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int status = p.waitFor();
      if (Files.exists(result)) {
        return BenchRun.read(result);
      }
      return RunFigures.failure(size, format, "child", parseHeap(heap),
          "the run's JVM exited with status " + status + " without figures; see " + log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The settings overlay of a run: the user's --conf, then the input format. */
  Path confFor(String format) {
    Path file = opt.work().resolve("bench-" + format + ".conf");
    StringBuilder sb = new StringBuilder("# written by ringwatch bench\n");
    if (opt.conf() != null) {
      sb.append("include file(\"").append(opt.conf().toAbsolutePath().toString().replace("\\", "\\\\")
          .replace("\"", "\\\"")).append("\")\n");
    }
    sb.append("ringwatch.ingest.format = ").append(format).append('\n');
    try {
      Files.writeString(file, sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toAbsolutePath();
  }

  public SparkSession session() {
    return session(SettingsLoader.load(opt.conf()));
  }

  /** The JVM's Spark session (a test's, when a command runs inside one), else one made from the settings. */
  public static SparkSession session(io.ringwatch.config.Settings settings) {
    return SparkSession.getDefaultSession().isDefined() ? SparkSession.getDefaultSession().get()
        : SparkSessionFactory.create(settings.spark());
  }

  public static void stopSession() {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
      SparkSession.clearDefaultSession();
      SparkSession.clearActiveSession();
      System.gc();
    }
  }

  static long parseHeap(String heap) {
    long n = Long.parseLong(heap.substring(0, heap.length() - 1));
    return Character.toLowerCase(heap.charAt(heap.length() - 1)) == 'g' ? n << 30 : n << 20;
  }

  /** The report's header: the command, the machine and the moment. */
  public String header(String command) {
    StringBuilder sb = new StringBuilder("# ringwatch benchmark\n\n");
    sb.append("- command: `").append(command).append("`\n");
    sb.append("- taken: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
    sb.append("- machine: ").append(machineLine()).append('\n');
    sb.append("- runs: ").append(opt.inProcess() ? "in this JVM" : "each nightly in its own JVM (-Xmx per run)")
        .append(", Spark local[*]; times are wall clock; the machine is shared, so the 1-minute load average ")
        .append("at the start and end of each run is in the summary\n");
    return sb.toString();
  }

  public static String machineLine() {
    int cores = Runtime.getRuntime().availableProcessors();
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    String cpu = "";
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim())
          .orElse("");
    } catch (IOException | UncheckedIOException e) {
      // not Linux: the cores and memory say enough
    }
    return String.format(Locale.ROOT, "%d cores%s, %s GiB memory, %s %s, Java %s", cores,
        cpu.isEmpty() ? "" : " (" + cpu + ")", Markdown.gib(memory), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"));
  }

  private static void mkdirs(Path p) {
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a local folder and everything in it; nothing when it is absent. */
  public static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> files = Files.walk(p)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a local folder into another (created), files replaced. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
