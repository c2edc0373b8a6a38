package io.ringwatch.config;

import com.typesafe.config.Config;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rejects settings the job does not have. Every path under {@code ringwatch} of the resolved
 * configuration (the --conf file and -D properties over the defaults) must be a setting of the
 * shipped defaults, so a misspelt key ({@code max-reject-shar}) stops the run instead of being
 * ignored, and the value meant for it silently falling back to the default. Open by design:
 * <ul>
 *   <li>{@code ringwatch.spark.conf.*}: any Spark setting, passed on as it is;</li>
 *   <li>per dataset of {@code ringwatch.ingest.datasets} (each dataset must be one of the shipped
 *   ones): {@code path}, {@code format}, {@code date-formats}, {@code timestamp-formats}, any
 *   key of {@code columns}, {@code values} and {@code max-length} (the export's names and values,
 *   column length limits), and in {@code csv}
 *   the keys of {@code ringwatch.ingest.csv};</li>
 *   <li>JVM properties of the launcher and the tools that are no settings: {@link #JVM_PROPERTIES}.</li>
 * </ul>
 * Values inside lists (watchlists, company offices) are checked by their stage's settings. A
 * setting of an earlier release is refused with what replaced it: {@link #RETIRED} here, and
 * what each {@link CodeDefaults} says of the settings it took over.
 */
public final class UnknownSettings {
  /** System properties under ringwatch. that are read directly, not settings of conf/. */
  public static final Set<String> JVM_PROPERTIES = Set.of("ringwatch.conf.dir", "ringwatch.home",
      "ringwatch.repo.root", "ringwatch.build.dir", "ringwatch.spark.log-level", "ringwatch.bench.stage",
      "ringwatch.metamorphic", "ringwatch.eval.full", "ringwatch.killtest.stages",
      "ringwatch.docs.update");
  /** Settings of earlier releases, with what replaced them. */
  private static final java.util.Map<String, String> RETIRED = java.util.Map.of("ringwatch.privacy.salt",
      "hashes are keyed now: give the key in RINGWATCH_KEY or ringwatch.privacy.key-file (README \"Pseudonym key\")");
  private static final List<String> OPEN_BLOCKS = List.of("ringwatch.spark.conf.");
  private static final String DATASETS = "ringwatch.ingest.datasets.";
  /** The signals' blocks, whose defaults live in their classes (CodeDefaults). */
  private static final String SIGNALS = "ringwatch.score.signals.";
  private static final Set<String> DATASET_KEYS = Set.of("path", "format", "date-formats", "timestamp-formats");
  private static final Set<String> DATASET_OPEN = Set.of("columns", "values", "max-length");

  private UnknownSettings() {}

  /** Throws a {@link SettingsException} naming the first unknown setting of {@code resolved}. */
  public static void check(Config resolved, Config defaults) {
    List<String> unknown = unknown(resolved, defaults);
    List<CodeDefaults> contributions = CodeDefaults.all();
    for (String key : unknown) {
      String why = RETIRED.get(key);
      for (int i = 0; why == null && i < contributions.size(); i++) {
        why = contributions.get(i).retired(key);
      }
      if (why != null) {
        throw new SettingsException("setting " + key + " is no longer read: " + why);
      }
    }
    if (!unknown.isEmpty()) {
      String key = unknown.get(0);
      String close = Suggestions.closest(key, known(defaults));
      throw new SettingsException("unknown setting " + key + (close == null ? "" : " (did you mean " + close + "?)")
          + (unknown.size() > 1 ? " and " + (unknown.size() - 1) + " more: " + String.join(", ",
              unknown.subList(1, Math.min(unknown.size(), 6))) : "")
          + (key.startsWith(SIGNALS) ? "; a signal's settings are documented in jobs/docs/signals.md"
              : "; every setting is documented in conf/ (application.conf and its includes)"));
    }
  }

  /** The unknown settings of {@code resolved}, sorted. */
  public static List<String> unknown(Config resolved, Config defaults) {
    Set<String> out = new TreeSet<>();
    if (!resolved.hasPath("ringwatch")) {
      return List.of();
    }
    for (var e : resolved.getConfig("ringwatch").entrySet()) {
      String path = "ringwatch." + e.getKey();
      if (!isKnown(path, defaults)) {
        out.add(path);
      }
    }
    return List.copyOf(out);
  }

  static boolean isKnown(String path, Config defaults) {
    if (defaults.hasPathOrNull(path) || JVM_PROPERTIES.contains(path)) {
      return true;
    }
    for (String open : OPEN_BLOCKS) {
      if (path.startsWith(open)) {
        return true;
      }
    }
    if (path.startsWith(DATASETS)) {
      String[] parts = path.substring(DATASETS.length()).split("\\.", 3); // dataset, key, rest
      if (parts.length < 2 || !defaults.hasPath(DATASETS + parts[0])) {
        return false;
      }
      if (parts.length == 2) {
        return DATASET_KEYS.contains(parts[1]);
      }
      return DATASET_OPEN.contains(parts[1])
          || (parts[1].equals("csv") && defaults.hasPath("ringwatch.ingest.csv." + parts[2]));
    }
    return false;
  }

  /** Every setting path of the defaults (for suggestions). */
  static Set<String> known(Config defaults) {
    Set<String> out = new TreeSet<>();
    if (defaults.hasPath("ringwatch")) {
      defaults.getConfig("ringwatch").entrySet().forEach(e -> out.add("ringwatch." + e.getKey()));
    }
    return out;
  }
}
