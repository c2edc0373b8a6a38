package io.ringwatch.pipeline;

import io.ringwatch.config.Settings;
import io.ringwatch.enrich.EnrichSettings;
import io.ringwatch.graph.ClusterIdSettings;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.ingest.DispositionsInput;
import io.ringwatch.ingest.IngestSettings;
import io.ringwatch.link.LinkSettings;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.publish.CheckSettings;
import io.ringwatch.report.ReportSettings;
import io.ringwatch.score.ClusterScoreSettings;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.screen.ScreenSettings;

/**
 * Every stage's settings of a night, read and checked at once before any Spark work: a bad value
 * anywhere (the report's and the check's too, which the night itself does not use) stops the run
 * at its start, and `ringwatch config` checks a site conf the same way. One list, so a new stage's
 * settings cannot be checked in one place and forgotten in the other.
 */
public record NightSettings(IngestSettings ingest, DispositionsInput.Config dispositions, NormalizeSettings normalize,
    EnrichSettings enrich, ScreenSettings screen, LinkSettings link, GraphSettings graph, ScoreSettings score,
    ClusterScoreSettings clusterScore, ClusterIdSettings clusterIds, ReportSettings report, CheckSettings check) {

  public static NightSettings from(Settings settings) {
    return new NightSettings(IngestSettings.from(settings), DispositionsInput.settings(settings),
        NormalizeSettings.from(settings), EnrichSettings.from(settings), ScreenSettings.from(settings),
        LinkSettings.from(settings), GraphSettings.from(settings), ScoreSettings.from(settings),
        ClusterScoreSettings.from(settings), ClusterIdSettings.from(settings), ReportSettings.from(settings),
        CheckSettings.from(settings));
  }
}
