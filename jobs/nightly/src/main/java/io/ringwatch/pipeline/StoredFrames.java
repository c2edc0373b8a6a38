package io.ringwatch.pipeline;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.ringwatch.enrich.Enriched;
import io.ringwatch.graph.Clustered;
import io.ringwatch.graph.StableClusterIds.Assigned;
import io.ringwatch.link.DecidedLinks;
import io.ringwatch.link.Linked;
import io.ringwatch.normalize.Normalized;
import io.ringwatch.score.Dispositions;
import io.ringwatch.score.ScoreStage.Scored;
import io.ringwatch.screen.ScreenStage.Screened;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * Runs each stage of the night in its timed block ({@link StageLog#time}), checks the frames it
 * hands on against their schemas, and stores them. Storing computes a frame once and cuts its
 * lineage: later stages (and every round of the iterative ones) then read the stored rows instead
 * of re-planning all earlier stages. Which frames are stored inside a stage's block and which
 * just after it is as the nightly has always logged them: the "▶", "✔" and rows lines are read
 * by the benchmark (lab bench.Stages) and by NightKillIT.
 */
final class StoredFrames {
  private final StageLog log;
  private int stored;

  StoredFrames(StageLog log) {
    this.log = log;
  }

  /** The workers stored in the block, payments and devices after it; the events once enriched. */
  Normalized normalized(Supplier<Normalized> stage) {
    Normalized n = log.time("normalize", () -> {
      Normalized out = stage.get().checked();
      return new Normalized(store("workers", out.workers()), out.payments(), out.devices(), out.authEvents(),
          out.endpointEvents());
    });
    return new Normalized(n.workers(), store("payments", n.payments()), store("devices", n.devices()), n.authEvents(),
        n.endpointEvents());
  }

  /**
   * The event summaries stored in the block: every later reader reads them, and storing them is
   * the one pass over the events (the enriched events themselves are never stored).
   */
  Enriched enriched(Supplier<Enriched> stage) {
    return log.time("enrich", () -> {
      Enriched out = stage.get().checked();
      if (out.byDrop()) {
        // Each drop's rows stored first (the night keeps them as state), the summaries merged from them.
        Enriched.Drops d = out.drops();
        out = out.withDrops(d.stored(store("signin_drop_network", d.signIns()),
            store("endpoint_drop_device", d.endpoints()), store("signin_drop_visits", d.visits())));
      }
      return out.withSummaries(store("signin_day_network", out.signIns()), store("signin_visits", out.signInVisits()),
          store("endpoint_day_device", out.endpointDays()));
    });
  }

  Screened screened(Supplier<Screened> stage) {
    return log.time("screen", () -> {
      Screened out = stage.get().checked();
      return new Screened(store("sanctions_hits", out.hits()), out.lists());
    });
  }

  /**
   * The links stored, then their evidence found from the stored links (deciding them once); the
   * evidence is stored too, as publish and score both read it.
   */
  Linked linked(Supplier<DecidedLinks> stage) {
    return log.time("link", () -> stage.get().checked().linked(this::store).checked());
  }

  Clustered clustered(Supplier<Clustered> stage) {
    return log.time("graph", () -> new Clustered(store("cluster_members", stage.get().checked().workerClusters())));
  }

  /** Both frames stored after the block. */
  Assigned assigned(Supplier<Assigned> stage) {
    Assigned a = log.time("cluster ids", () -> stage.get().checked());
    return new Assigned(store("stable cluster ids", a.clusters()), store("cluster_lineage", a.lineage()),
        a.previousRunDate());
  }

  /** Stored: the tables, the dispositions and the signal rates all read the scores. */
  Scored scored(Supplier<Scored> stage) {
    return log.time("score", () -> {
      Scored out = stage.get().checked();
      log.rows("scored clusters", out.clusters().count()); // stored by the score stage
      return new Scored(store("scored workers", out.workerRisk()), out.clusters(), out.signalEvidence());
    });
  }

  /** The auditors' decisions applied (only when there are any: no block otherwise). */
  Dispositions.Applied decided(Supplier<Dispositions.Applied> step) {
    return log.time("dispositions", () -> {
      Dispositions.Applied a = step.get();
      return new Dispositions.Applied(store("worker_risk", a.workerRisk()), store("clusters", a.clusters()), a.latest());
    });
  }

  /**
   * Computes a frame once, cuts its lineage, and logs its rows, counted while they are written
   * (as ingest counts): a count afterwards was a job of its own per frame, thirteen a night.
   */
  private Dataset<Row> store(String name, Dataset<Row> df) {
    Observation counted = new Observation("stored_" + (++stored));
    Dataset<Row> out = df.observe(counted, count(lit(1)).as("rows")).checkpoint(true);
    try {
      log.rows(name, (Long) counted.getAsJava().get("rows"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting " + name, e);
    }
    return out;
  }
}
