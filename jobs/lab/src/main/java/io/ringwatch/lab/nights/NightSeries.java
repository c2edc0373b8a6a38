package io.ringwatch.lab.nights;

import static org.apache.spark.sql.functions.col;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.lab.bench.Bench;
import io.ringwatch.pipeline.NightlyPipeline;
import io.ringwatch.publish.PublishedTables;
import io.ringwatch.synth.CompanyAsOf;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.tables.TableNames;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Consecutive nights of one company whose exports change every day, each run incrementally on
 * one output and in full on another, and the two nights' tables compared (issue 23, item 3;
 * jobs/docs/incremental-nightly.md). The company is generated once, as of the last night, and
 * cut into each night's exports by {@link CompanyAsOf}: new hires, leavers, new payments, the
 * first ring hired during the series (it forms while the nights run; GeneratorOptions.seriesDays),
 * some workers leaving during it, events as daily drops; with the
 * options, leavers leaving the HR extract, devices registered late, and an auditor clearing a
 * false positive from one night on. The full output has every earlier night too (the same
 * history, so the same stable cluster ids and lineage) but no state: its night is a full
 * recompute. At the end, optionally, nights before the last are run again in date order on the
 * incremental output (a backfill: past dates while a later night is published), each to equal
 * its original night.
 */
public final class NightSeries {
  /** The tables a night is compared by: the published ones and the event days' state. */
  public static final List<String> COMPARED = Stream.concat(TableNames.ALL.stream(),
      Stream.of(TableNames.EVENT_DAYS, TableNames.EVENT_REJECTS)).toList();

  private NightSeries() {}

  /**
   * The series.
   *
   * @param lastNight the last night's date (the company is generated as of it)
   * @param lookbackDays the events' look-back window (the nightly's {@code ringwatch.ingest.lookback-days})
   * @param leaverDays leavers leave the HR extract this many days after leaving; null: they stay
   * @param deviceLagDays devices reach the devices export this many days after they were shipped
   * @param dispositionNight from this night on (1 = the first) the input holds an auditor's
   *     decision clearing the benign worker the night before it scored highest; 0: none
   * @param backfillNights at the end, this many past nights (the ones before the last) run again
   *     in date order, while the last night stays published
   */
  public record Options(int workers, long seed, LocalDate lastNight, int nights, int lookbackDays, Integer leaverDays,
      int deviceLagDays, int dispositionNight, int backfillNights) {
    public Options {
      if (workers < 10 || nights < 1 || lookbackDays < 1) {
        throw new IllegalArgumentException("at least 10 workers, 1 night and a look-back of 1 day");
      }
      if (dispositionNight < 0 || dispositionNight == 1 || dispositionNight > nights) {
        throw new IllegalArgumentException("the disposition night is 0 (none) or 2.." + nights
            + " (a decision needs a night before it)");
      }
      if (backfillNights < 0 || backfillNights >= nights) {
        throw new IllegalArgumentException("the backfill is 0.." + (nights - 1) + " nights (past nights, before the last)");
      }
    }

    LocalDate night(int i) {
      return lastNight.minusDays(nights - 1L - i);
    }
  }

  /**
   * One night of the series: the incremental output's kind of night and reason, both runs' wall
   * seconds (the full run's 0 when the night was copied: the first night is full in both), and the
   * tables whose rows differ (empty: the same night).
   */
  public record Night(LocalDate date, String step, String kind, String reason, double incrementalSeconds,
      double fullSeconds, List<String> differences) {}

  /** What the series did. */
  public record Result(List<Night> nights, String clearedWorker) {
    public boolean same() {
      return nights.stream().allMatch(n -> n.differences().isEmpty());
    }
  }

  /** Runs the series under {@code work} (emptied first), one line per night on {@code progress}. */
  public static Result run(SparkSession spark, Config config, Options o, Path work, PrintStream progress) {
    Bench.deleteTree(work);
    Path company = work.resolve("company");
    Path input = work.resolve("input");
    Path incremental = work.resolve("out-incremental");
    Path full = work.resolve("out-full");
    Settings settings = Settings.from(ConfigFactory.empty()
        .withValue("ringwatch.privacy.key-file", ConfigValueFactory.fromAnyRef(key(work).toString()))
        .withValue("ringwatch.ingest.lookback-days", ConfigValueFactory.fromAnyRef(o.lookbackDays()))
        .withFallback(config));
    progress.printf("nights: generating %d workers as of %s into %s%n", o.workers(), o.lastNight(), company);
    GeneratorOptions generator = GeneratorOptions.of(o.workers(), o.seed()).withAsOf(o.lastNight())
        .withEventDays(o.nights() + o.lookbackDays() + 1).withGzip(false);
    // a ring hired and some workers leaving during the nights (a single night has no series)
    CompanyGenerator.generate(o.nights() > 1 ? generator.withSeriesDays(o.nights()) : generator, company);
    CompanyAsOf.Options cut = new CompanyAsOf.Options(-5, o.leaverDays(), o.deviceLagDays());
    Disposition disposition = null;
    List<Night> nights = new ArrayList<>();
    for (int i = 0; i < o.nights(); i++) {
      LocalDate date = o.night(i);
      CompanyAsOf.cut(company, date, input, cut);
      if (o.dispositionNight() > 0 && i + 1 >= o.dispositionNight()) {
        if (disposition == null) {
          disposition = Disposition.clearTopBenign(spark, incremental, o.night(i - 1), benign(company));
        }
        disposition.write(input);
      }
      Night night = i == 0 ? firstNight(spark, settings, input, incremental, full, date)
          : night(spark, settings, input, incremental, full, date, i);
      progress.println("nights: " + line(night));
      nights.add(night);
    }
    for (int i = o.nights() - 1 - o.backfillNights(); i < o.nights() - 1; i++) {
      LocalDate date = o.night(i);
      CompanyAsOf.cut(company, date, input, cut);
      if (disposition != null && i + 1 >= o.dispositionNight()) {
        disposition.write(input);
      } else {
        Bench.deleteTree(input.resolve("dispositions"));
      }
      long start = System.nanoTime();
      NightlyPipeline.run(spark, settings, input.toString(), incremental.toString(), date);
      double seconds = (System.nanoTime() - start) / 1e9;
      Row kind = kind(spark, incremental, date);
      Night night = new Night(date, "backfill", kind.getString(0), kind.getString(1), seconds, 0,
          differences(spark, incremental, full, date));
      progress.println("nights: " + line(night));
      nights.add(night);
    }
    return new Result(nights, disposition == null ? null : disposition.workerId());
  }

  private static Night firstNight(SparkSession spark, Settings settings, Path input, Path incremental, Path full,
      LocalDate date) {
    long start = System.nanoTime();
    NightlyPipeline.run(spark, settings, input.toString(), incremental.toString(), date);
    double seconds = (System.nanoTime() - start) / 1e9;
    Bench.copyTree(incremental, full); // the first night is full on both: the same rows, run once
    Row kind = kind(spark, incremental, date);
    return new Night(date, "night 1", kind.getString(0), kind.getString(1), seconds, 0, List.of());
  }

  /**
   * The night on both outputs. Which runs first alternates from night to night: the second run of
   * a pair finds the JVM warmer (compiled code, cached snapshots), which at a small company's
   * size is a good part of a night.
   */
  private static Night night(SparkSession spark, Settings settings, Path input, Path incremental, Path full,
      LocalDate date, int index) {
    double incrementalSeconds = 0;
    double fullSeconds = 0;
    for (boolean incrementalRun : index % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false}) {
      if (!incrementalRun) {
        Bench.deleteTree(full.resolve("_ringwatch").resolve("state")); // no state: a full recompute
      }
      long start = System.nanoTime();
      NightlyPipeline.run(spark, settings, input.toString(), (incrementalRun ? incremental : full).toString(), date);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (incrementalRun) {
        incrementalSeconds = seconds;
      } else {
        fullSeconds = seconds;
      }
    }
    Row kind = kind(spark, incremental, date);
    return new Night(date, "night " + (index + 1), kind.getString(0), kind.getString(1), incrementalSeconds,
        fullSeconds, differences(spark, incremental, full, date));
  }

  /** The committed run of {@code date} on {@code output}: its night_kind and night_reason. */
  static Row kind(SparkSession spark, Path output, LocalDate date) {
    return new PublishedTables(spark, output.toString()).committed(TableNames.RUN_AUDIT)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(date))) // the committed run: one row a date
        .select("night_kind", "night_reason").first();
  }

  private static List<String> differences(SparkSession spark, Path incremental, Path full, LocalDate date) {
    return new NightRows(spark, date).differences(COMPARED, full, "the full night", incremental, "the incremental");
  }

  /** One line of progress: the night, its kind, the times, and what differed. */
  public static String line(Night n) {
    return String.format(java.util.Locale.ROOT, "%s %s: %s (%s), %.1f s%s, %s", n.step(), n.date(), n.kind(),
        plan(n), n.incrementalSeconds(),
        n.fullSeconds() > 0 ? String.format(java.util.Locale.ROOT, " against %.1f s in full", n.fullSeconds()) : "",
        n.differences().isEmpty() ? "the same tables" : "DIFFERENT: " + String.join("; ", n.differences()));
  }

  /** Event days carried / read of an incremental night; "–" for a full one (its reason may name a plan it gave up). */
  private static String plan(Night n) {
    return "incremental".equals(n.kind()) ? Reasons.carriedAndRead(n.reason()) : "–";
  }

  /** The series as a Markdown table, one row a night. */
  public static String table(Result result) {
    StringBuilder b = new StringBuilder("| night | date | kind | event days carried / read | incremental s | full s "
        + "| tables |\n|---|---|---|---:|---:|---:|---|\n");
    for (Night n : result.nights()) {
      b.append(String.format(java.util.Locale.ROOT, "| %s | %s | %s | %s | %.1f | %s | %s |%n", n.step(), n.date(),
          n.kind(), plan(n), n.incrementalSeconds(),
          n.fullSeconds() > 0 ? String.format(java.util.Locale.ROOT, "%.1f", n.fullSeconds()) : "–",
          n.differences().isEmpty() ? "same" : "**" + n.differences().size() + " differ**"));
    }
    return b.toString();
  }

  /** Benign workers by the generator's truth (truth/workers.csv: worker_id, is_fraud, …). */
  private static Set<String> benign(Path company) {
    try (Stream<String> lines = Files.lines(company.resolve("truth").resolve("workers.csv"), StandardCharsets.UTF_8)) {
      Set<String> ids = new HashSet<>();
      lines.skip(1).map(l -> l.split(",", 3)).filter(f -> f.length >= 2 && "false".equals(f[1]))
          .forEach(f -> ids.add(f[0]));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pseudonym key for both outputs (the same pseudonyms, so their rows compare), never in the repository. */
  private static Path key(Path work) {
    try {
      Files.createDirectories(work);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      Path file = work.resolve("pseudonym.key");
      Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
