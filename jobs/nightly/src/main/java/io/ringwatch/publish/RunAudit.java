package io.ringwatch.publish;

import io.ringwatch.ingest.DatasetCounts;
import io.ringwatch.score.Dispositions;
import io.ringwatch.score.SignalRates;
import io.ringwatch.reference.sanctions.ListFileCounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The run_audit row: what ran, with which code and settings, what it read and wrote. */
public final class RunAudit {
  private RunAudit() {}

  public static final StructType DATASET = new StructType().add("dataset", DataTypes.StringType)
      .add("rows_read", DataTypes.LongType).add("rows_accepted", DataTypes.LongType)
      .add("rows_rejected", DataTypes.LongType).add("rows_in_window", DataTypes.LongType);
  public static final StructType TABLE = new StructType().add("table", DataTypes.StringType)
      .add("rows_written", DataTypes.LongType);
  /** One sanctions file of the run (see io.ringwatch.reference.sanctions.ListFileCounts). */
  public static final StructType SANCTIONS_LIST = new StructType().add("list", DataTypes.StringType)
      .add("file", DataTypes.StringType).add("rows", DataTypes.LongType).add("entries", DataTypes.LongType)
      .add("dprk_entries", DataTypes.LongType).add("wallets", DataTypes.LongType).add("emails", DataTypes.LongType)
      .add("orphan_rows", DataTypes.LongType);
  /** What the run did with the auditors' decisions (io.ringwatch.score.Dispositions.Counts); null without them. */
  public static final StructType DISPOSITIONS = new StructType().add("rows_read", DataTypes.LongType)
      .add("rows_accepted", DataTypes.LongType).add("rows_rejected", DataTypes.LongType)
      .add("subjects", DataTypes.LongType).add("applied", DataTypes.LongType).add("suppressed", DataTypes.LongType)
      .add("re_raised", DataTypes.LongType).add("confirmed", DataTypes.LongType)
      .add("members_cleared", DataTypes.LongType);
  /** How many scored workers a signal fired for that night, and their share (io.ringwatch.score.SignalRates). */
  public static final StructType SIGNAL_RATE = new StructType().add("signal", DataTypes.StringType)
      .add("workers", DataTypes.LongType).add("share", DataTypes.DoubleType);
  /** One stage of the run: how long it took and the rows of each dataset it stored. */
  public static final StructType STAGE = new StructType().add("stage", DataTypes.StringType)
      .add("seconds", DataTypes.DoubleType)
      .add("rows", DataTypes.createArrayType(new StructType().add("dataset", DataTypes.StringType)
          .add("rows", DataTypes.LongType)));
  public static final StructType SCHEMA = new StructType()
      .add("started_at", DataTypes.TimestampType).add("finished_at", DataTypes.TimestampType)
      .add("status", DataTypes.StringType).add("code_version", DataTypes.StringType)
      .add("config_digest", DataTypes.StringType).add("input", DataTypes.StringType)
      .add("output", DataTypes.StringType)
      .add("datasets", DataTypes.createArrayType(DATASET)).add("tables", DataTypes.createArrayType(TABLE))
      .add("sanctions_lists", DataTypes.createArrayType(SANCTIONS_LIST))
      .add("dispositions", DISPOSITIONS)
      .add("signal_rates", DataTypes.createArrayType(SIGNAL_RATE))
      .add("key_id", DataTypes.StringType).add("previous_key_id", DataTypes.StringType)
      .add("recovered", DataTypes.StringType)
      .add("build_commit", DataTypes.StringType).add("build_time", DataTypes.StringType)
      .add("stages", DataTypes.createArrayType(STAGE)).add("settings", DataTypes.StringType)
      .add("night_kind", DataTypes.StringType).add("night_reason", DataTypes.StringType)
      .add("reference_fingerprint", DataTypes.StringType);

  /**
   * How the run stood towards its output root: the pseudonym key's id, the last night's key id
   * when it differs (null otherwise), and the stopped publish this run's start finished (null: none).
   */
  public record Control(String keyId, String previousKeyId, String recovered) {
    public static final Control NONE = new Control(null, null, null);
  }

  /**
   * What one night's run_audit row records: {@link #of} its times, status, code, settings, input,
   * output and counts; the {@code with…} methods add what a full night knows besides (a test
   * sets only what it checks).
   */
  public record Night(Instant started, Instant finished, String status, String codeVersion, String configDigest,
      String input, String output, List<DatasetCounts> datasets, Map<String, Long> tables,
      List<ListFileCounts> sanctionsLists, Dispositions.Counts dispositions, List<SignalRates.Rate> signalRates,
      Control control, Provenance provenance, Kind kind) {
    public static Night of(Instant started, Instant finished, String status, String codeVersion, String configDigest,
        String input, String output, List<DatasetCounts> datasets, Map<String, Long> tables) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          List.of(), null, List.of(), Control.NONE, Provenance.NONE, Kind.NONE);
    }

    /** With the parse counts of each sanctions file. */
    public Night withSanctionsLists(List<ListFileCounts> lists) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          lists, dispositions, signalRates, control, provenance, kind);
    }

    /** With the counts of the auditors' decisions (null when the run read none). */
    public Night withDispositions(Dispositions.Counts counts) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          sanctionsLists, counts, signalRates, control, provenance, kind);
    }

    /** With each signal's firing rate of the night. */
    public Night withSignalRates(List<SignalRates.Rate> rates) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          sanctionsLists, dispositions, rates, control, provenance, kind);
    }

    /** With the run's key and recovery ({@link Control}). */
    public Night withControl(Control c) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          sanctionsLists, dispositions, signalRates, c, provenance, kind);
    }

    /** With what explains the night ({@link Provenance}). */
    public Night withProvenance(Provenance p) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          sanctionsLists, dispositions, signalRates, control, p, kind);
    }

    /** With the night's kind, its reason and the reference fingerprint ({@link Kind}). */
    public Night withKind(Kind k) {
      return new Night(started, finished, status, codeVersion, configDigest, input, output, datasets, tables,
          sanctionsLists, dispositions, signalRates, control, provenance, k);
    }
  }

  /**
   * Whether the night was full or incremental and why (jobs/docs/incremental-nightly.md), and the
   * fingerprint of the reference data it read, which the next night compares with its own.
   */
  public record Kind(String kind, String reason, String referenceFingerprint) {
    public static final Kind NONE = new Kind(null, null, null);
  }

  /** One stage's figures (the pipeline's StageLog, which publish does not depend on). */
  public record StageFigures(String stage, double seconds, Map<String, Long> rows) {}

  /**
   * How to explain and re-run the night: the commit and build time of the jar, each stage's
   * duration and rows, and the effective settings as JSON (secrets masked), which a re-run can
   * take back as its {@code --conf}.
   */
  public record Provenance(String buildCommit, String buildTime, List<StageFigures> stages, String settings) {
    public static final Provenance NONE = new Provenance(null, null, List.of(), null);
  }

  /** The night's run_audit row, as a one-row frame of {@link #SCHEMA}. */
  public static Dataset<Row> row(SparkSession spark, Night n) {
    List<Row> st = n.provenance().stages().stream().map(f -> RowFactory.create(f.stage(), f.seconds(),
        f.rows().entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList())).toList();
    List<Row> sr = n.signalRates().stream().map(x -> RowFactory.create(x.signal(), x.workers(), x.share())).toList();
    List<Row> sl = n.sanctionsLists().stream().map(c -> RowFactory.create(c.list(), c.file(), c.rows(), c.entries(),
        c.dprkEntries(), c.wallets(), c.emails(), c.orphanRows())).toList();
    List<Row> ds = n.datasets().stream().map(c -> RowFactory.create(c.dataset(), c.read(), c.accepted(), c.rejected(),
        c.inWindow())).toList();
    List<Row> ts = n.tables().entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
    Dispositions.Counts d = n.dispositions();
    Row r = RowFactory.create(Timestamp.from(n.started()), Timestamp.from(n.finished()), n.status(), n.codeVersion(),
        n.configDigest(), n.input(), n.output(), ds, ts, sl, d == null ? null : RowFactory.create(d.read(),
            d.accepted(), d.rejected(), d.subjects(), d.applied(), d.suppressed(), d.reRaised(), d.confirmed(),
            d.membersCleared()),
        sr, n.control().keyId(), n.control().previousKeyId(), n.control().recovered(), n.provenance().buildCommit(),
        n.provenance().buildTime(), st, n.provenance().settings(), n.kind().kind(), n.kind().reason(),
        n.kind().referenceFingerprint());
    return spark.createDataFrame(List.of(r), SCHEMA);
  }

  /** A run id: the run date, the start time and a random suffix (unique per attempt). */
  public static String newRunId(LocalDate runDate, Instant started) {
    return "run-" + runDate + "-" + started.toString().replaceAll("[-:.]", "").replace("T", "T") + "-"
        + Integer.toHexString(new java.security.SecureRandom().nextInt(0x10000) | 0x10000).substring(1);
  }
}
