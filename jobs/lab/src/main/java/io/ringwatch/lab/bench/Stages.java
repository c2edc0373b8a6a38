package io.ringwatch.lab.bench;

import io.ringwatch.tables.TableNames;
import java.util.List;
import java.util.Map;

/**
 * The stages of the nightly as {@code NightlyPipeline} names them, and which of the counted
 * datasets each reads and produces. Counts are keyed {@code read:<dataset>} and
 * {@code accepted:<dataset>} (from {@code run_audit}; events counted inside the look-back window),
 * {@code written:<table>} (rows staged per output table) and the names the nightly logs when it
 * materializes a dataset ({@code workers}, {@code identity_links}, …).
 */
public final class Stages {
  /** The time a run spends outside every timed block (settings, the key, the run lock before ingest). */
  public static final String OTHER = "(other)";

  public static final List<String> NIGHTLY = List.of("ingest", "reference", "normalize", "enrich", "screen", "link", "graph",
      "cluster ids", "score", "stage tables", "publish");

  private static final List<String> INPUTS = List.of("hr_workers", "payroll_payments", "devices", "auth_events",
      "endpoint_events");
  private static final List<String> TABLES = TableNames.ALL;

  private Stages() {}

  /** The counted datasets a stage reads (empty: not meaningful). */
  public static List<String> reads(String stage) {
    return switch (stage) {
      case "ingest" -> prefixed("read:", INPUTS);
      case "normalize" -> List.of("accepted:hr_workers", "accepted:payroll_payments", "accepted:devices");
      case "enrich" -> List.of("accepted:auth_events", "accepted:endpoint_events");
      case "screen", "score" -> List.of("workers");
      case "link" -> List.of("workers", "payments", "devices", "signin_day_network", "endpoint_day_device");
      case "graph" -> List.of("identity_links");
      case "cluster ids" -> List.of("cluster_members");
      case "publish" -> prefixed("written:", TABLES);
      default -> List.of();
    };
  }

  /**
   * The counted datasets a stage produces. Score is lazy: its tables are computed when stage
   * tables writes them, so its rows are those tables' rows and its work shows in stage tables.
   */
  public static List<String> produces(String stage) {
    return switch (stage) {
      case "ingest" -> prefixed("accepted:", INPUTS);
      case "normalize" -> List.of("workers", "payments", "devices");
      case "reference" -> List.of("sanctions entries");
      case "enrich" -> List.of("signin_day_network", "signin_visits", "endpoint_day_device");
      case "screen" -> List.of("sanctions_hits");
      case "link" -> List.of("identity_links");
      case "graph" -> List.of("cluster_members");
      case "cluster ids" -> List.of("stable cluster ids", "cluster_lineage");
      case "score" -> List.of("written:worker_risk", "written:clusters");
      case "stage tables", "publish" -> prefixed("written:", TABLES);
      default -> List.of();
    };
  }

  /** The sum of the named counts, or -1 when none of them is known or the list is empty. */
  public static long total(List<String> names, Map<String, Long> counts) {
    long sum = 0;
    boolean any = false;
    for (String n : names) {
      Long v = counts.get(n);
      if (v != null) {
        sum += v;
        any = true;
      }
    }
    return any ? sum : -1;
  }

  private static List<String> prefixed(String prefix, List<String> names) {
    return names.stream().map(n -> prefix + n).toList();
  }
}
