package io.ringwatch.report;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.score.SignalDescriptions;
import io.ringwatch.score.signals.Signal;
import java.util.Map;

/**
 * Settings of the executive report (conf/report.conf).
 *
 * @param signals the signal catalogue as the report explains it, by id: each description with the
 *     thresholds of the score settings read alongside, not their names
 */
public record ReportSettings(int topClusters, int firstPageClusters, int trendRuns, int pictureMaxWorkers,
    int pictureMaxValues, Map<String, Signal> signals) {

  public static ReportSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.report");
    int top = r.intAtLeast("top-clusters", 1);
    int first = r.intAtLeast("first-page-clusters", 0);
    if (first > top) {
      throw new SettingsException("setting ringwatch.report.first-page-clusters (" + first
          + ") must not exceed ringwatch.report.top-clusters (" + top + ")");
    }
    return new ReportSettings(top, first, r.intAtLeast("trend-runs", 2), r.intAtLeast("picture-max-workers", 2),
        r.intAtLeast("picture-max-values", 1), SignalDescriptions.catalogue(settings));
  }
}
