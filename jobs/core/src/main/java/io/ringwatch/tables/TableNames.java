package io.ringwatch.tables;

import java.util.List;

/**
 * The names of the published tables (../shared/contracts/outputs.md), one place for every stage,
 * command and test that names them.
 */
public final class TableNames {
  private TableNames() {}

  public static final String WORKER_RISK = "worker_risk";
  public static final String CLUSTERS = "clusters";
  public static final String CLUSTER_MEMBERS = "cluster_members";
  public static final String IDENTITY_LINKS = "identity_links";
  /** Every input row behind each link that counts (jobs/docs/outputs-extensions.md). */
  public static final String LINK_EVIDENCE = "link_evidence";
  /** Every input row behind each worker signal (jobs/docs/outputs-extensions.md). */
  public static final String SIGNAL_EVIDENCE = "signal_evidence";
  public static final String SANCTIONS_HITS = "sanctions_hits";
  public static final String REJECTED_RECORDS = "rejected_records";
  public static final String CLUSTER_LINEAGE = "cluster_lineage";
  /** Committed last: its row is a night's commit marker (jobs/docs/outputs-extensions.md). */
  public static final String RUN_AUDIT = "run_audit";

  /** Every published table, in the order a night commits them (run_audit last). */
  public static final List<String> ALL = List.of(WORKER_RISK, CLUSTERS, CLUSTER_MEMBERS, IDENTITY_LINKS,
      LINK_EVIDENCE, SIGNAL_EVIDENCE, SANCTIONS_HITS, REJECTED_RECORDS, CLUSTER_LINEAGE, RUN_AUDIT);

  /**
   * State: what a night keeps for the nights after it (jobs/docs/incremental-nightly.md), under
   * the output's {@code _ringwatch/state/}. Not published (no reader but the job); committed with
   * the night under its run_audit marker, so only committed runs' state is ever read.
   */
  public static final String EVENT_DAYS = "event_days";
  /** The rejected rows of each day read of a daily drop (rejected_records' rows, kept by day). */
  public static final String EVENT_REJECTS = "event_rejects";
  /** The worker and device ids named by each day's rows outside the summaries, found or not (rule 6). */
  public static final String EVENT_DAY_REFS = "event_day_refs";
  /** The keys of each day's rule-valid rows outside the summaries (a later day's duplicates are found against them). */
  public static final String EVENT_DAY_KEYS = "event_day_keys";
  /** signin_day_network's rows of each drop alone (jobs/docs/event-summaries.md). */
  public static final String SIGNIN_DROP_NETWORK = "signin_drop_network";
  /** endpoint_day_device's rows of each drop alone. */
  public static final String ENDPOINT_DROP_DEVICE = "endpoint_drop_device";
  /** signin_visits of each drop's sign-ins alone: merged, the visits of all of them (unless drops interleave). */
  public static final String SIGNIN_DROP_VISITS = "signin_drop_visits";

  /** Every state table. */
  public static final List<String> STATE = List.of(EVENT_DAYS, EVENT_REJECTS, EVENT_DAY_REFS, EVENT_DAY_KEYS,
      SIGNIN_DROP_NETWORK,
      ENDPOINT_DROP_DEVICE, SIGNIN_DROP_VISITS);

  /** What a night commits, in order: its state, then the published tables (run_audit, the marker, last). */
  public static final List<String> COMMIT_ORDER = java.util.stream.Stream.concat(STATE.stream(), ALL.stream()).toList();
}
