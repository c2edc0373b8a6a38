package io.ringwatch.lab.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.ingest.Datasets;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.spark.SparkSessionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One measured run: the nightly on one company with the {@link StageRecorder} listening, then the
 * {@link BareScan} of the same inputs (after the nightly, so the floor is taken with a warm JVM
 * and warm file cache: the ratio errs on the strict side). Runs in its own JVM ({@link #main},
 * what {@code ringwatch bench} starts per run so the heap figures and -Xmx are that run's) or in
 * the caller's JVM ({@link #measure}).
 */
public final class BenchRun {
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private BenchRun() {}

  /** Measures one run in this JVM, beside the bare scan of all its inputs. {@code output} must not hold an earlier run. */
  public static RunFigures measure(SparkSession spark, Settings settings, Path input, Path output, String format,
      int workers, LocalDate runDate, String mode) {
    return measure(spark, settings, input, output, format, workers, runDate, mode, SCAN_ALL);
  }

  /** The bare scan beside a run: of all its inputs. */
  public static final String SCAN_ALL = "all";
  /** No bare scan beside a run (a night measured only to make the history another night needs). */
  public static final String SCAN_NONE = "none";

  /**
   * Measures one run in this JVM (an incremental one when {@code output} holds an earlier night's
   * state), beside a bare scan: {@link #SCAN_ALL}, {@link #SCAN_NONE}, or a day (YYYY-MM-DD): that
   * day's event drops only, the new data of an incremental night.
   */
  public static RunFigures measure(SparkSession spark, Settings settings, Path input, Path output, String format,
      int workers, LocalDate runDate, String mode, String scanOf) {
    double loadBefore = loadAverage();
    StageRecorder recorder = new StageRecorder(spark.sparkContext());
    NightlyPipeline.Result result;
    long started = System.nanoTime();
    try {
      result = NightlyPipeline.run(spark, settings, input.toString(), output.toString(), runDate, recorder);
    } finally {
      recorder.close();
    }
    long nightly = System.nanoTime() - started;
    for (Row d : spark.read().format("delta").load(output.resolve("run_audit").toString())
        .filter(col("run_id").equalTo(result.runId())).select(explode(col("datasets")).as("d"))
        .select("d.dataset", "d.rows_read", "d.rows_accepted", "d.rows_in_window").collectAsList()) {
      String ds = d.getString(0);
      boolean events = Datasets.byName(ds).eventTime().isPresent();
      recorder.count("read:" + ds, d.getLong(1));
      recorder.count("accepted:" + ds, events && !d.isNullAt(3) ? d.getLong(3) : d.getLong(2));
    }
    result.rowsWritten().forEach((table, rows) -> recorder.count("written:" + table, rows));
    List<StageFigures> stages = recorder.figures();
    long cpu = StageRecorder.cpuNanos();
    BareScan.Result scan = switch (scanOf) {
      case SCAN_ALL -> BareScan.run(spark, input.toString(), format);
      case SCAN_NONE -> new BareScan.Result(0, 0);
      default -> BareScan.day(spark, input.toString(), LocalDate.parse(scanOf));
    };
    long scanCpu = StageRecorder.cpuNanos() - cpu;
    return new RunFigures(workers, format, mode, heapMax(), stages, nightly, scan.nanos(),
        scan.rows(), inputBytes(input), -1, -1, -1, loadBefore, loadAverage(), null, scanCpu);
  }

  /** The JVM's -Xmx as given (Runtime.maxMemory reports less: it leaves out a survivor space). */
  static long heapMax() {
    long xmx = -1;
    for (String opt : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (opt.matches("-Xmx\\d+[gGmMkK]?")) {
        String v = opt.substring(4);
        char unit = Character.toLowerCase(v.charAt(v.length() - 1));
        long n = Long.parseLong(Character.isDigit(unit) ? v : v.substring(0, v.length() - 1));
        xmx = switch (unit) {
          case 'g' -> n << 30;
          case 'm' -> n << 20;
          case 'k' -> n << 10;
          default -> n;
        };
      }
    }
    return xmx > 0 ? xmx : Runtime.getRuntime().maxMemory();
  }

  /** The bytes of the five input datasets on disk. */
  static long inputBytes(Path input) {
    long sum = 0;
    for (var spec : Datasets.ALL) {
      try (Stream<Path> files = Files.walk(input.resolve(spec.name()))) {
        sum += files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sum;
  }

  /** The 1-minute load average of the machine (other work competing for its cores). */
  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * The child JVM's entry: {@code --input DIR --output DIR --format F --workers N --run-date D
   * --result FILE [--conf FILE] [--scan all|none|YYYY-MM-DD]}. Writes the figures as JSON to the result file (with the error
   * when the run fails) and exits 0 on success.
   */
  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    Path resultFile = Path.of(a.get("--result"));
    int workers = Integer.parseInt(a.get("--workers"));
    String format = a.get("--format");
    RunFigures figures;
    int status = 0;
    try {
      Settings settings = SettingsLoader.load(a.containsKey("--conf") ? Path.of(a.get("--conf")) : null);
      SparkSession spark = SparkSessionFactory.create(settings.spark());
      figures = measure(spark, settings, Path.of(a.get("--input")), Path.of(a.get("--output")), format, workers,
          LocalDate.parse(a.get("--run-date")), "child", a.getOrDefault("--scan", SCAN_ALL));
    } catch (RuntimeException | Error e) {
      e.printStackTrace();
      figures = RunFigures.failure(workers, format, "child", heapMax(), oneLine(e));
      status = 1;
    }
    write(resultFile, figures);
    System.exit(status);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  static void write(Path file, RunFigures figures) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunFigures read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunFigures.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command line that runs {@link #main} in a new JVM like this one, with its own heap. */
  static List<String> childCommand(String heap, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    for (String opt : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!opt.startsWith("-Xmx") && !opt.startsWith("-Xms") && !opt.startsWith("-agentlib")
          && !opt.startsWith("-javaagent") && !opt.startsWith("-XX:MaxRAM")) {
        cmd.add(opt);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchRun.class.getName());
    cmd.addAll(args);
    return cmd;
  }
}
