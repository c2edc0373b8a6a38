package io.ringwatch.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything the executive report shows, read from the published tables of one run date
 * ({@link ReportReader}) and handed as it is to the report's templates ({@link ReportHtml}).
 * Values are already masked where the tables mask them.
 *
 * @param previousRunDate the latest run date before this one with a published run, or null
 * @param workersByBand workers per risk band (every band present, possibly 0)
 * @param clustersByBand clusters per risk band
 * @param newClusters clusters whose id did not exist in the previous run (all, when there is none)
 * @param newFlaggedClusters of those, the ones in the high or critical band
 * @param grownClusters clusters that existed before and gained members
 * @param newlyFlaggedWorkers workers high or critical now who were not in the previous run
 * @param paidToFlagged payroll of the last 12 months paid to high and critical workers, per
 *     currency; null when the tables do not record it (published before {@code paid_12m})
 * @param sanctionsWorkers workers with at least one sanctions-list hit
 * @param sanctionsConfirmed of those, the ones matching on an identifier or with the date of birth
 *     agreeing (signal {@code sanctions_identifier_match}); the rest resemble a listed name only
 * @param riskyClusters every high and critical cluster of the night, in no particular order (the
 *     report orders them, {@link ClusterView#STRONGEST_FIRST})
 * @param bands score thresholds of the bands (medium, high, critical), or null when unknown
 */
public record ReportData(LocalDate runDate, String runId, Instant finishedAt, String codeVersion,
    LocalDate previousRunDate, long workersScreened, Map<String, Long> workersByBand, long clusters,
    Map<String, Long> clustersByBand, long newClusters, long newFlaggedClusters, long grownClusters,
    long newlyFlaggedWorkers, Map<String, BigDecimal> paidToFlagged, long sanctionsWorkers, long sanctionsConfirmed,
    List<TrendPoint> trend, List<ClusterView> riskyClusters, List<SignalCount> signals,
    List<DatasetRows> datasets, double[] bands, KeyNote key) {

  /** The night's pseudonym key id, and the previous night's when the key changed (null otherwise); null before keys. */
  public record KeyNote(String keyId, String previousKeyId) {}

  /** Risk bands, strongest first. */
  public static final List<String> BANDS = List.of("critical", "high", "medium", "low");

  public long flaggedWorkers() {
    return workersByBand.getOrDefault("critical", 0L) + workersByBand.getOrDefault("high", 0L);
  }

  public long flaggedClusters() {
    return clustersByBand.getOrDefault("critical", 0L) + clustersByBand.getOrDefault("high", 0L);
  }

  /** Input rows set aside by the rules, over all datasets. */
  public long rowsSetAside() {
    return datasets.stream().mapToLong(DatasetRows::rejected).sum();
  }

  /** Workers whose sanctions hits only resemble a listed name. */
  public long sanctionsNameOnly() {
    return sanctionsWorkers - sanctionsConfirmed;
  }

  /** One past run in the trend chart. */
  public record TrendPoint(LocalDate runDate, long workersScreened, long critical, long high, long flaggedClusters) {}

  /** A value that ties workers of a cluster together: kind, masked value, the workers holding it. */
  public record SharedValue(String kind, String valueMasked, List<String> workers) {}

  /** A member of a cluster with its own score. */
  public record Member(String workerId, double score, String band, String topReason) {}

  /**
   * A cluster as the report shows it.
   *
   * @param isNew its id did not exist in the previous run
   * @param newMembers members who were not in it in the previous run (all, when new)
   * @param paid payroll of the last 12 months to its members, per currency (null when unknown)
   */
  public record ClusterView(String clusterId, int size, double score, String band, List<String> reasons,
      List<SharedValue> shared, List<Member> members, boolean isNew, int newMembers, Map<String, BigDecimal> paid) {
    /**
     * By score, strongest first; clusters tied on it (many are at 100) by what they hold: more
     * workers first, then more payroll (its largest currency), then by id so the order is stable.
     */
    public static final Comparator<ClusterView> STRONGEST_FIRST = Comparator.comparingDouble(ClusterView::score)
        .reversed()
        .thenComparing(Comparator.comparingInt(ClusterView::size).reversed())
        .thenComparing(ClusterView::mostPaid, Comparator.reverseOrder())
        .thenComparing(ClusterView::clusterId);

    /** The payroll of its largest currency; zero when unknown. */
    BigDecimal mostPaid() {
      return paid == null ? BigDecimal.ZERO : paid.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
  }

  /** How many high and critical workers carry a signal. */
  public record SignalCount(String signal, String title, String description, long workers) {}

  /** Rows read, accepted and rejected for one input dataset, from run_audit. */
  public record DatasetRows(String dataset, long read, long accepted, long rejected) {}
}
