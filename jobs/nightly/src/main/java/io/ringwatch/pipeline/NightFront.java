package io.ringwatch.pipeline;

import io.ringwatch.config.Settings;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.ingest.IngestStage;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.ingest.KeptDays;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.normalize.Normalized;
import io.ringwatch.publish.KeptState;
import io.ringwatch.publish.LastPublishedRun;
import io.ringwatch.reference.ReferenceData;
import io.ringwatch.reference.ReferenceLoader;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front of a night, ingest to enrich, and whether it is full or incremental
 * (jobs/docs/incremental-nightly.md). The rules known before reading decide whether ingest
 * carries the event days the last night's state vouches for. Two later findings make the night
 * full after all, and then every day is read again: the reference data or the layout a rule
 * names (known once loaded and listed), and a late sign-in inside a carried visit (known once
 * enrich has the visits). Each step runs in its timed block of the night's log.
 */
final class NightFront {
  private static final Logger LOG = LoggerFactory.getLogger(NightFront.class);

  /** Tonight's inputs as ingest handed them on, the reference data, and the kind of night so far. */
  record Ingested(IngestedInputs in, ReferenceData reference, NightKind kind) {}

  /** The inputs the night goes on with, enrich's frames of them, and the kind of night with its reason. */
  record Read(IngestedInputs in, Enriched enriched, NightKind kind) {}

  private final SparkSession spark;
  private final Settings settings;
  private final NightSettings night;
  private final StageLog log;
  private final StoredFrames stored;
  private final String input;
  private final LocalDate runDate;
  private final String runId;
  private final LastPublishedRun lastNight;
  private final KeptState kept;
  private final String codeVersion;
  private final NormalizeStage normalize;

  NightFront(SparkSession spark, Settings settings, NightSettings night, StageLog log, StoredFrames stored, String input,
      LocalDate runDate, String runId, LastPublishedRun lastNight, KeptState kept, String codeVersion) {
    this.spark = spark;
    this.settings = settings;
    this.night = night;
    this.log = log;
    this.stored = stored;
    this.input = input;
    this.runDate = runDate;
    this.runId = runId;
    this.lastNight = lastNight;
    this.kept = kept;
    this.codeVersion = codeVersion;
    this.normalize = new NormalizeStage(night.normalize());
  }

  /**
   * Ingest (carrying what the rules known before reading allow), then the reference data, read
   * once before any further work: damaged sanctions files, far fewer entries than the last
   * published run's, or a missing IP table stop the run here.
   */
  Ingested ingest() {
    NightKind allowed = kind(lastNight.identity().map(LastPublishedRun.Identity::referenceFingerprint).orElse(""),
        List.of());
    IngestedInputs firstRead = read(allowed.kind().equals(NightKind.INCREMENTAL) ? kept.keptDays() : KeptDays.NONE);
    ReferenceData reference = log.time("reference", () -> {
      ReferenceData r = ReferenceLoader.load(spark, night.enrich().ipReference(), input,
          night.screen().sanctionsFiles(), firstRead.sanctionsLocation(), lastNight.sanctionsCounts());
      log.rows("sanctions entries", r.sanctions().size()); // the stage's rows in the log and the benchmark
      return r;
    });
    // The reason names every rule that made a night full. Days carried on a night the reference
    // data or the layout then rule full are read again (the carried summaries hold enrich's columns).
    NightKind ruled = kind(reference.fingerprint(), firstRead.eventsReadWhole());
    boolean readAgain = firstRead.incremental() && !ruled.kind().equals(NightKind.INCREMENTAL);
    if (readAgain) {
      LOG.info("run {}: days were carried, but {}: every day is read again", runId, ruled.reason());
    }
    IngestedInputs ingested = readAgain ? read(KeptDays.NONE) : firstRead;
    NightKind afterIngest = ruled.afterIngest(ingested.incremental(), ingested.planLines());
    LOG.info("run {}: {} night ({})", runId, afterIngest.kind(), afterIngest.reason());
    return new Ingested(ingested, reference, afterIngest);
  }

  /**
   * Normalize and enrich; a late sign-in from another address inside a carried visit needs the
   * visit's sign-ins to cut it (EventSummaries.interleavedWorkers): such a night reads every day.
   */
  Read enrich(Ingested ingested) {
    Enriched enriched = normalizeAndEnrich(ingested.in(), ingested.reference());
    long late = lateSignIns(enriched);
    if (late == 0) {
      return new Read(ingested.in(), enriched, ingested.kind());
    }
    NightKind kind = new NightKind(NightKind.FULL, ingested.kind().reason() + "; but " + late + " worker(s) have sign-ins "
        + "sent late, inside a carried visit: every day read again");
    LOG.info("run {}: {}", runId, kind.reason());
    IngestedInputs all = read(KeptDays.NONE);
    return new Read(all, normalizeAndEnrich(all, ingested.reference()), kind);
  }

  private NightKind kind(String referenceFingerprint, List<String> eventsReadWhole) {
    return NightKind.decide(lastNight.identity(), new NightKind.Tonight(runDate, settings.digest(), codeVersion,
        referenceFingerprint, kept.night(), eventsReadWhole));
  }

  private IngestedInputs read(KeptDays carry) {
    return log.time("ingest", () -> {
      IngestedInputs read = new IngestStage(spark, night.ingest(), runDate, carry).run(input);
      read.counts().forEach(c -> log.rows(c.dataset() + " accepted", c.accepted())); // for run_audit.stages
      return read;
    });
  }

  private Enriched normalizeAndEnrich(IngestedInputs in, ReferenceData reference) {
    Normalized n = stored.normalized(() -> normalize.run(in));
    // On an incremental night enrich is given the drops ingest carried, as the last night kept them.
    EnrichStage enrich = new EnrichStage(spark, night.enrich(), reference.ip(), in.incremental()
        ? kept.carriedDrops(in.carried(), in.withdrawn(), runDate.minusDays(night.ingest().lookbackDays())) : null);
    return stored.enriched(() -> enrich.run(n));
  }

  /** On an incremental night, the workers whose visit pieces overlap (a late sign-in inside a carried visit; 0 on a full night). */
  private static long lateSignIns(Enriched enriched) {
    if (!enriched.byDrop() || !enriched.drops().carried()) {
      return 0;
    }
    return EventSummaries.interleavedWorkers(enriched.drops().inWindow(enriched.drops().visits())).count();
  }
}
