package io.ringwatch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What one case file shows: a high or critical cluster of one night, read from the published
 * tables by {@link CaseFiles}. Text from the tables is already masked ({@link ReportFormat#masked})
 * and values are the tables' {@code value_masked}: no clear value ever reaches a case file.
 *
 * @param values the values that tie two or more of its members (identity_links, ignored_reason null)
 * @param evidence the input rows behind its members' links to those values (link_evidence)
 * @param evidenceTotal how many such rows link_evidence holds; more than {@code evidence} when capped
 * @param history the cluster's rows of cluster_lineage over the published nights up to this one
 * @param decision the auditors' decision recorded for the cluster, or null
 * @param lineageKnown whether the output holds cluster_lineage at all
 * @param evidenceKnown whether the output holds link_evidence at all
 */
public record CaseData(LocalDate runDate, String runId, String clusterId, int size, double score, String band,
    List<String> reasons, List<CaseMember> members, List<CaseValue> values, List<Evidence> evidence,
    long evidenceTotal, List<HistoryRow> history, Decision decision, boolean lineageKnown, boolean evidenceKnown) {

  /** A member with its own score and first reasons. */
  public record CaseMember(String workerId, double score, String band, List<String> reasons) {}

  /**
   * A value that ties members: its kind (table id, plain words, family), masked form and holders.
   * {@code id} names it on the page ({@code v0}, {@code v1}, ...).
   */
  public record CaseValue(String id, String kind, String words, String family, String masked, String source,
      List<String> holders) {}

  /** An input row behind a member's link to a value ({@code value} is a {@link CaseValue#id}). */
  public record Evidence(String worker, String value, String dataset, String recordId) {}

  /** One night of the cluster's history (cluster_lineage). */
  public record HistoryRow(LocalDate runDate, String event, int size, int membersKept, int membersAdded,
      int membersRemoved, List<String> previousClusterIds) {}

  /** The decision in clusters.disposition, reason masked. */
  public record Decision(String subjectType, String subjectId, String decision, String decidedBy, String decidedAt,
      String reason, Boolean suppressed, List<String> newSignals, List<String> newMembers) {}

  /** The evidence rows embedded per case file at most; the page says so when a case has more. */
  public static final int MAX_EVIDENCE = 5_000;

  public boolean evidenceCapped() {
    return evidenceTotal > evidence.size();
  }
}
