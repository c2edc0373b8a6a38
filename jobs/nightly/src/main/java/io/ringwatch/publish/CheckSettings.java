package io.ringwatch.publish;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;

/** Settings of the data-quality gate on a published run (conf/publish.conf, block check). */
public record CheckSettings(long minWorkers, double maxRejectShare, double maxFlaggedShare) {
  public static CheckSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.publish.check");
    return new CheckSettings(r.longAtLeast("min-workers", 0), r.doubleIn("max-reject-share", 0, 1),
        r.doubleIn("max-flagged-share", 0, 1));
  }
}
