package io.ringwatch.score;

import io.ringwatch.enrich.Enriched;
import io.ringwatch.graph.StableClusterIds;
import io.ringwatch.link.LinkStage;
import io.ringwatch.link.Linked;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.privacy.PseudonymKey;
import io.ringwatch.screen.ScreenStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything the score stage reads: the normalised frames, the event summaries, the links with
 * their evidence (link_evidence) and the graph's results.
 * {@code payments} are the payouts ({@link NormalizeStage#payouts}).
 */
public record ScoreInputs(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays, Dataset<Row> links,
    Dataset<Row> linkEvidence, Dataset<Row> sanctionsHits, Dataset<Row> workerClusters, PseudonymKey key) {

  /** The night's frames as the stages before score hand them on ({@code workerClusters} with stable ids). */
  public static ScoreInputs of(Enriched frames, Linked links, Dataset<Row> sanctionsHits,
      Dataset<Row> workerClusters, PseudonymKey key) {
    return new ScoreInputs(frames.workers(), frames.payouts(), frames.devices(), frames.signIns(),
        frames.signInVisits(), frames.endpointDays(), links.links(), links.evidence(), sanctionsHits, workerClusters,
        key);
  }

  /** These inputs, once each frame has the columns of its producer's schema (metadata only). */
  public ScoreInputs checked() {
    new Enriched(workers, payments, devices, signIns, signInVisits, endpointDays).checked(); // payouts: payments' columns
    LinkStage.LINKS.check(links);
    ScreenStage.HITS.check(sanctionsHits);
    StableClusterIds.CLUSTERS.check(workerClusters);
    return this;
  }
}
