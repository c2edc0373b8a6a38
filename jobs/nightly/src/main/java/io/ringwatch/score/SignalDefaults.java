package io.ringwatch.score;

import com.google.auto.service.AutoService;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import io.ringwatch.config.CodeDefaults;
import io.ringwatch.score.signals.WorkerSignal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signals' default settings, from their classes, merged under conf/ by the settings loader:
 * {@code ringwatch.score.signals.<id> { points = <default points>, <its defaults()> }}. Also
 * says what replaced the score settings of earlier releases: points by id in
 * {@code ringwatch.score.points}, and tuning keys that moved into their signal's block.
 */
@AutoService(CodeDefaults.class)
public final class SignalDefaults implements CodeDefaults {
  /** Settings of ringwatch.score that moved into a signal's block, with their new paths. */
  static final Map<String, String> MOVED = moved();
  private static final String POINTS = "ringwatch.score.points.";

  private static Map<String, String> moved() {
    Map<String, String> m = new TreeMap<>();
    String hours = "ringwatch.score.signals.activity_in_asian_daytime.";
    m.put("ringwatch.score.asia-hours-share", hours + "share");
    m.put("ringwatch.score.asia-hours-min-events", hours + "min-events");
    m.put("ringwatch.score.asia-hours-own-daytime-max-share", hours + "own-daytime-max-share");
    m.put("ringwatch.score.asia-daytime-utc-offsets", hours + "utc-offsets");
    m.put("ringwatch.score.impossible-travel-hours", "ringwatch.score.signals.impossible_travel.hours");
    String locale = "ringwatch.score.signals.asian_locale_with_other_signals.";
    m.put("ringwatch.score.locale-keyboard-pattern", locale + "keyboard-pattern");
    m.put("ringwatch.score.locale-time-zones", locale + "time-zones");
    m.put("ringwatch.score.locale-min-other-points", locale + "min-other-points");
    m.put("ringwatch.score.payout-platform-methods", "ringwatch.score.signals.platform_payout.methods");
    String changes = "ringwatch.score.signals.payout_account_changes.";
    m.put("ringwatch.score.payout-changes-min-accounts", changes + "min-accounts");
    m.put("ringwatch.score.payout-changes-window-days", changes + "window-days");
    return Map.copyOf(m);
  }

  /** The block of one signal: {@code points} and its own settings, as full paths. */
  public static Config of(WorkerSignal s) {
    return ConfigFactory.parseString(text(s), ConfigParseOptions.defaults()
        .setOriginDescription(s.getClass().getName()));
  }

  /** The HOCON of one signal's block, as jobs/docs/signals.md shows it. */
  public static String text(WorkerSignal s) {
    StringBuilder b = new StringBuilder(WorkerSignal.block(s.about())).append(" {\n");
    b.append("  points = ").append(s.about().defaultPoints()).append('\n');
    for (String line : s.defaults().strip().split("\n")) {
      if (!line.isBlank()) {
        b.append("  ").append(line).append('\n');
      }
    }
    return b.append("}\n").toString();
  }

  @Override
  public Config defaults() {
    Config out = ConfigFactory.empty();
    for (WorkerSignal s : SignalCatalogue.SIGNALS) {
      out = out.withFallback(of(s));
    }
    return out;
  }

  @Override
  public String retired(String path) {
    if (MOVED.containsKey(path)) {
      return "it moved into its signal's block: set " + MOVED.get(path);
    }
    if (path.startsWith(POINTS)) {
      String id = path.substring(POINTS.length());
      boolean known = SignalCatalogue.SIGNALS.stream().anyMatch(s -> s.about().id().equals(id));
      return "a signal's points are set in its block now: " + (known ? "set ringwatch.score.signals." + id + ".points"
          : "ringwatch.score.signals.<id>.points, and " + id + " is no signal of the catalogue (jobs/docs/signals.md)");
    }
    return null;
  }
}
