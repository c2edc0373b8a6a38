package io.ringwatch.score.signals;

import io.ringwatch.privacy.PseudonymKey;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The night's frames signals read: the score stage's inputs without its clusters, so that the
 * signals know nothing of the stage that runs them. Events come as their summaries
 * ({@code io.ringwatch.enrich.EventSummaries}): {@code signin_day_network}, {@code signin_visits},
 * {@code endpoint_day_device}. {@code linkEvidence} is link_evidence (every input row behind each
 * link that counts: {@code io.ringwatch.link.Linked#evidence}), for the signals restating a shared value.
 */
public record SignalInputs(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
    Dataset<Row> signIns, Dataset<Row> signInVisits, Dataset<Row> endpointDays, Dataset<Row> links,
    Dataset<Row> linkEvidence, Dataset<Row> sanctionsHits, PseudonymKey key) {}
