package io.ringwatch.pipeline;

import io.ringwatch.tables.TableNames;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.config.EffectiveSettings;
import io.ringwatch.config.Settings;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.graph.ClusterIdSettings;
import io.ringwatch.graph.Clustered;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.graph.GraphStage;
import io.ringwatch.graph.StableClusterIds;
import io.ringwatch.ingest.DispositionsInput;
import io.ringwatch.ingest.EventDayFiles;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.link.LinkSettings;
import io.ringwatch.link.LinkStage;
import io.ringwatch.link.Linked;
import io.ringwatch.privacy.KeySource;
import io.ringwatch.privacy.PseudonymKey;
import io.ringwatch.publish.DeltaPublisher;
import io.ringwatch.publish.PublishedHistory;
import io.ringwatch.publish.KeyHistory;
import io.ringwatch.publish.KeptState;
import io.ringwatch.publish.LastPublishedRun;
import io.ringwatch.publish.OutputLayout;
import io.ringwatch.publish.RunStart;
import io.ringwatch.publish.RunAudit;
import io.ringwatch.reference.ReferenceData;
import io.ringwatch.run.BuildInfo;
import io.ringwatch.score.Dispositions;
import io.ringwatch.score.PaidLast12Months;
import io.ringwatch.score.ScoreInputs;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.ScoreStage;
import io.ringwatch.score.SignalRates;
import io.ringwatch.screen.ScreenSettings;
import io.ringwatch.screen.ScreenStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The nightly flow of ../shared/design.md, one line a stage:
 * ingest → reference → normalize → enrich → (screen) → link → graph → score → publish.
 * Settings are validated before Spark does any work; only ingest and the reference loader read,
 * and only publish writes. Each stage is an {@link io.ringwatch.stage.Stage} taking and returning
 * records of frames, whose columns are checked against the producing stage's schemas at every
 * boundary (jobs/docs/frames.md).
 */
public final class NightlyPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NightlyPipeline.class);

  /** What a run did, for the closing summary. */
  public record Result(String runId, Map<String, Long> rowsWritten, long high, long critical, long clusters) {}

  private NightlyPipeline() {}

  /** Checks every stage's settings as a night would, without any work (`ringwatch config`, a night's start). */
  public static void validate(Settings settings) {
    NightSettings.from(settings);
  }

  public static Result run(SparkSession spark, Settings settings, String input, String output, LocalDate runDate) {
    return run(spark, settings, input, output, runDate, StageLog.Listener.NONE);
  }

  /** A run whose stage events also go to {@code listener} (the benchmark's per-stage figures). */
  public static Result run(SparkSession spark, Settings settings, String input, String output, LocalDate runDate,
      StageLog.Listener listener) {
    // Every stage's settings checked before any work.
    NightSettings night = NightSettings.from(settings);
    DispositionsInput.Config dispositionSettings = night.dispositions();
    ScreenSettings screenSettings = night.screen();
    LinkSettings linkSettings = night.link();
    GraphSettings graphSettings = night.graph();
    ScoreSettings scoreSettings = night.score();
    io.ringwatch.score.ClusterScoreSettings clusterScoreSettings = night.clusterScore();
    ClusterIdSettings clusterIdSettings = night.clusterIds();

    Instant started = Instant.now();
    String runId = RunAudit.newRunId(runDate, started);
    MDC.put("run_id", runId); // every log line of the night names it (log4j2.properties; the JSON field run_id)
    StageLog log = new StageLog(listener);
    // The key first: a cluster run without one stops before it touches the output.
    PseudonymKey key = KeySource.resolve(settings, new OutputLayout(output).localKey(),
        spark.sparkContext().hadoopConfiguration(), spark.sparkContext().isLocal());
    // Lock, history check, recovery of a stopped publish, removal of dead runs' scratch: before any work.
    RunStart start = RunStart.begin(spark, settings, output, runId, runDate, TableNames.COMMIT_ORDER);
    try {
      spark.sparkContext().setCheckpointDir(start.checkpoints());
      KeyHistory.Change keyChange = KeyHistory.compare(spark, output, key);
      LOG.info("run {} for {}: input {}, output {}, pseudonym key {} ({})", runId, runDate, input, output, key.id(),
          key.source());
      DeltaPublisher publisher = new DeltaPublisher(spark, output, runId);
      // The last published night and the state it kept, read once: its sanctions counts and its
      // identity are compared with tonight's, and the state vouches for the event days it read.
      LastPublishedRun lastNight = LastPublishedRun.read(spark, output);
      KeptState kept = KeptState.read(spark, output);
      BuildInfo build = BuildInfo.current();
      // Ingest to enrich, full or incremental (NightFront): the rules decide whether the days the
      // state vouches for are carried, and a later finding has every day read again.
      StoredFrames stored = new StoredFrames(log);
      NightFront front = new NightFront(spark, settings, night, log, stored, input, runDate, runId, lastNight, kept,
          build.codeVersion());
      NightFront.Ingested ingested = front.ingest();
      ReferenceData reference = ingested.reference();
      DispositionsInput.Read decisions = DispositionsInput.read(spark, dispositionSettings, input, runDate);
      ScreenStage screen = new ScreenStage(spark, screenSettings, reference.sanctions());
      LinkStage link = new LinkStage(linkSettings, key);
      GraphStage graph = new GraphStage(graphSettings, graphSettings.connectedComponents());
      StableClusterIds clusterIds = new StableClusterIds(clusterIdSettings, runDate);
      ScoreStage score = new ScoreStage(scoreSettings, clusterScoreSettings);

      // The flow, one line a stage: each runs in its timed block, and what it hands on is checked
      // against its schemas and stored (StoredFrames).
      NightFront.Read read = front.enrich(ingested);
      IngestedInputs in = read.in();
      Enriched enriched = read.enriched();
      NightKind kind = read.kind();
      ScreenStage.Screened screened = stored.screened(() -> screen.run(enriched));
      Linked links = stored.linked(() -> link.run(new LinkStage.Input(enriched, screened.hits())));
      Clustered clusters = stored.clustered(() -> graph.run(links));
      // Ids carried over from the last published run (read before this run publishes anything).
      PublishedHistory history = new PublishedHistory(spark, output);
      PublishedHistory.PreviousMembers previous = history.clusterMembersBefore(runDate);
      StableClusterIds.Assigned ids = stored.assigned(() -> clusterIds.run(
          new StableClusterIds.Input(clusters, previous.runDate(), previous.members())));
      ScoreStage.Scored scored = stored.scored(() -> score.run(
          ScoreInputs.of(enriched, links, screened.hits(), ids.clusters(), key)));
      // The auditors' decisions, after scoring (members of decided clusters as published on the decided night).
      Dispositions.Applied decided = !decisions.present()
          ? Dispositions.none(scored.workerRisk(), scored.clusters(), decisions.accepted())
          : stored.decided(() -> Dispositions.apply(scoreSettings, scored.workerRisk(), scored.clusters(),
              decisions.accepted(), history.membersAtDecision(decisions.accepted())));
      Dispositions.Counts decisionCounts = decisions.present() ? Dispositions.counts(decisions.counts(), decided) : null;

      Map<String, Long> written = new LinkedHashMap<>();
      log.time("stage tables", () -> {
        written.put("worker_risk", publisher.stage("worker_risk",
            PaidLast12Months.add(decided.workerRisk(), enriched.payments(), runDate), runDate, runId));
        written.put("clusters", publisher.stage("clusters", decided.clusters(), runDate, runId));
        written.put("cluster_members", publisher.stage("cluster_members",
            ids.clusters().filter(col("cluster_id").isNotNull()).select("cluster_id", "worker_id", "component_id"),
            runDate, runId));
        written.put("identity_links", publisher.stage("identity_links", links.published(), runDate, runId));
        written.put("link_evidence", publisher.stage("link_evidence", links.evidence(), runDate, runId));
        written.put("signal_evidence", publisher.stage("signal_evidence", scored.signalEvidence(), runDate, runId));
        written.put("sanctions_hits", publisher.stage("sanctions_hits", screened.hits(), runDate, runId));
        written.put("rejected_records", publisher.stage("rejected_records",
            in.rejected().drop("day").unionByName(decisions.rejected()), runDate, runId));
        written.put("cluster_lineage", publisher.stage("cluster_lineage", ids.lineage(), runDate, runId));
        // The state kept for later nights (not a published table, so not in run_audit's tables).
        publisher.stage(TableNames.EVENT_DAYS, EventDayFiles.frame(spark, in.eventDays()), runDate, runId);
        publisher.stage(TableNames.EVENT_REJECTS, in.rejected().filter(col("day").isNotNull()), runDate, runId);
        publisher.stage(TableNames.EVENT_DAY_REFS, in.eventDayRefs(), runDate, runId);
        publisher.stage(TableNames.EVENT_DAY_KEYS, in.eventDayKeys(), runDate, runId);
        Enriched.Drops drops = enriched.byDrop() ? enriched.drops() : new Enriched.Drops(
            EventSummaries.SIGNIN_DROP_NETWORK.empty(spark), EventSummaries.ENDPOINT_DROP_DEVICE.empty(spark),
            EventSummaries.SIGNIN_DROP_VISITS.empty(spark)); // one export: no drops to keep
        publisher.stage(TableNames.SIGNIN_DROP_NETWORK, drops.signIns(), runDate, runId);
        publisher.stage(TableNames.ENDPOINT_DROP_DEVICE, drops.endpoints(), runDate, runId);
        publisher.stage(TableNames.SIGNIN_DROP_VISITS, drops.visits(), runDate, runId);
        return null;
      });
      // Scored (not decided) signals: how often each rule fires on this company, before any clearing.
      List<SignalRates.Rate> rates = SignalRates.of(scored.workerRisk());
      Dataset<Row> audit = RunAudit.row(spark, RunAudit.Night.of(started, Instant.now(), "succeeded",
              build.codeVersion(), settings.digest(), input, output, in.counts(), written)
          .withSanctionsLists(screened.lists()).withDispositions(decisionCounts).withSignalRates(rates)
          .withControl(new RunAudit.Control(key.id(), keyChange.changed() ? keyChange.previousKeyId() : null,
              start.recovered() == null ? null : start.recovered().toString()))
          .withProvenance(new RunAudit.Provenance(build.commitLabel(), build.buildTime(), stageFigures(log),
              EffectiveSettings.json(settings.raw())))
          .withKind(new RunAudit.Kind(kind.kind(), kind.reason(), reference.fingerprint())));
      written.put("run_audit", publisher.stage("run_audit", audit, runDate, runId));
      log.time("publish", () -> {
        publisher.publish(TableNames.COMMIT_ORDER, runDate);
        return null;
      });
      // One pass over the published night for the summary line.
      Map<String, Long> bands = publisher.countsBy(TableNames.WORKER_RISK, "risk_band", runDate, runId);
      long high = bands.getOrDefault("high", 0L);
      long critical = bands.getOrDefault("critical", 0L);
      LOG.info("run {} finished in {}: {} workers, {} critical, {} high, {} clusters; tables under {}", runId,
          log.elapsed(), written.get("worker_risk"), critical, high, written.get("clusters"), output);
      return new Result(runId, written, high, critical, written.get("clusters"));
    } finally {
      spark.catalog().clearCache();
      start.close(); // this run's staging and checkpoints, then the lock
      MDC.remove("run_id");
    }
  }

  /** The stages run so far, as run_audit records them (publish, which writes it, is not among them). */
  private static List<RunAudit.StageFigures> stageFigures(StageLog log) {
    return log.stages().stream()
        .map(f -> new RunAudit.StageFigures(f.stage(), Math.round(f.nanos() / 1e6) / 1e3, f.rows())).toList();
  }
}
