package io.ringwatch.pipeline;

import io.ringwatch.tables.TableNames;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.config.EffectiveSettings;
import io.ringwatch.config.Settings;
import io.ringwatch.enrich.EnrichSettings;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.graph.ClusterIdSettings;
import io.ringwatch.graph.Clustered;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.graph.GraphStage;
import io.ringwatch.graph.StableClusterIds;
import io.ringwatch.ingest.DispositionsInput;
import io.ringwatch.ingest.EventDayFiles;
import io.ringwatch.ingest.IngestSettings;
import io.ringwatch.ingest.IngestStage;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.ingest.KeptDays;
import io.ringwatch.link.LinkSettings;
import io.ringwatch.link.LinkStage;
import io.ringwatch.link.Linked;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.normalize.Normalized;
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
import io.ringwatch.reference.ReferenceLoader;
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
    IngestSettings ingestSettings = night.ingest();
    DispositionsInput.Config dispositionSettings = night.dispositions();
    NormalizeSettings normalizeSettings = night.normalize();
    EnrichSettings enrichSettings = night.enrich();
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
      // Full or incremental (jobs/docs/incremental-nightly.md): whether the rules allow carrying
      // days is known before reading but for the reference data (checked once loaded, below) and
      // the layout (once listed); ingest carries the days the state vouches for only if allowed.
      NightKind allowed = NightKind.decide(lastNight.identity(), new NightKind.Tonight(runDate, settings.digest(),
          build.codeVersion(), lastNight.identity().map(LastPublishedRun.Identity::referenceFingerprint).orElse(""),
          kept.night(), List.of()));
      java.util.function.Function<KeptDays, IngestedInputs> ingest = carry -> log.time("ingest", () -> {
        IngestedInputs read = new IngestStage(spark, ingestSettings, runDate, carry).run(input);
        read.counts().forEach(c -> log.rows(c.dataset() + " accepted", c.accepted())); // for run_audit.stages
        return read;
      });
      IngestedInputs firstRead = ingest.apply(allowed.kind().equals(NightKind.INCREMENTAL) ? kept.keptDays()
          : KeptDays.NONE);
      // Reference data read once, before any further work: damaged sanctions files, or far fewer
      // entries than the last published run's, or a missing IP table stop the run here.
      ReferenceData reference = log.time("reference", () -> {
        ReferenceData r = ReferenceLoader.load(spark, enrichSettings.ipReference(), input,
            screenSettings.sanctionsFiles(), firstRead.sanctionsLocation(), lastNight.sanctionsCounts());
        log.rows("sanctions entries", r.sanctions().size()); // the stage's rows in the log and the benchmark
        return r;
      });
      // The reason names every rule that made a night full. Days carried on a night the reference
      // data or the layout then rule full are read again (the carried summaries hold enrich's columns).
      NightKind ruled = NightKind.decide(lastNight.identity(), new NightKind.Tonight(runDate, settings.digest(),
          build.codeVersion(), reference.fingerprint(), kept.night(), firstRead.eventsReadWhole()));
      boolean readAgain = firstRead.incremental() && !ruled.kind().equals(NightKind.INCREMENTAL);
      if (readAgain) {
        LOG.info("run {}: days were carried, but {}: every day is read again", runId, ruled.reason());
      }
      IngestedInputs ingested = readAgain ? ingest.apply(KeptDays.NONE) : firstRead;
      NightKind afterIngest = ruled.afterIngest(ingested.incremental(), ingested.planLines());
      LOG.info("run {}: {} night ({})", runId, afterIngest.kind(), afterIngest.reason());
      DispositionsInput.Read decisions = DispositionsInput.read(spark, dispositionSettings, input, runDate);
      NormalizeStage normalize = new NormalizeStage(normalizeSettings);
      ScreenStage screen = new ScreenStage(spark, screenSettings, reference.sanctions());
      LinkStage link = new LinkStage(linkSettings, key);
      GraphStage graph = new GraphStage(graphSettings, graphSettings.connectedComponents());
      StableClusterIds clusterIds = new StableClusterIds(clusterIdSettings, runDate);
      ScoreStage score = new ScoreStage(scoreSettings, clusterScoreSettings);

      // The flow, one line a stage: each runs in its timed block, and what it hands on is checked
      // against its schemas and stored (StoredFrames).
      StoredFrames stored = new StoredFrames(log);
      java.util.function.Function<IngestedInputs, Front> normalizeAndEnrich = read -> {
        Normalized n = stored.normalized(() -> normalize.run(read));
        return new Front(read, stored.enriched(() -> enrichStage(spark, enrichSettings, reference, kept, read, runDate,
            ingestSettings.lookbackDays()).run(n)));
      };
      Front front = normalizeAndEnrich.apply(ingested);
      long late = lateSignIns(front.enriched());
      NightKind kind = afterIngest;
      if (late > 0) {
        // A late sign-in inside a carried visit, from another address, needs the visit's sign-ins
        // to cut it (EventSummaries.interleavedWorkers): such a night reads every day.
        kind = new NightKind(NightKind.FULL, afterIngest.reason() + "; but " + late + " worker(s) have sign-ins sent "
            + "late, inside a carried visit: every day read again");
        LOG.info("run {}: {}", runId, kind.reason());
        front = normalizeAndEnrich.apply(ingest.apply(KeptDays.NONE));
      }
      IngestedInputs in = front.in();
      Enriched enriched = front.enriched();
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

  /** The night's inputs as ingest handed them on, and enrich's frames made of them. */
  private record Front(IngestedInputs in, Enriched enriched) {}

  /** Enrich, given on an incremental night the drops ingest carried, as the last night kept them. */
  private static EnrichStage enrichStage(SparkSession spark, EnrichSettings settings, ReferenceData reference,
      KeptState kept, IngestedInputs in, LocalDate runDate, int lookbackDays) {
    return new EnrichStage(spark, settings, reference.ip(),
        in.incremental() ? kept.carriedDrops(in.carried(), runDate.minusDays(lookbackDays)) : null);
  }

  /** On an incremental night, the workers whose visit pieces overlap (a late sign-in inside a carried visit; 0 on a full night). */
  private static long lateSignIns(Enriched enriched) {
    if (!enriched.byDrop() || !enriched.drops().carried()) {
      return 0;
    }
    return EventSummaries.interleavedWorkers(enriched.drops().inWindow(enriched.drops().visits())).count();
  }

  /** The stages run so far, as run_audit records them (publish, which writes it, is not among them). */
  private static List<RunAudit.StageFigures> stageFigures(StageLog log) {
    return log.stages().stream()
        .map(f -> new RunAudit.StageFigures(f.stage(), Math.round(f.nanos() / 1e6) / 1e3, f.rows())).toList();
  }
}
