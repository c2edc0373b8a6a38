package io.ringwatch.score.signals;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.SettingsException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The tuning of the signals added with the signal catalogue's split into families (keys in
 * {@code ringwatch.score}, documented in conf/score.conf). The older keys (it-role-pattern,
 * asia-hours-*, impossible-travel-hours) stay in {@link io.ringwatch.score.ScoreSettings}.
 */
public record SignalSettings(List<String> highRiskCountries, int tripMaxDays, int tripMaxStretches,
    int tripStretchGapDays, double tripMaxShare, List<Integer> asiaDaytimeUtcOffsets, String koreanKeyboardPattern,
    List<String> localeTimeZones, int localeMinOtherPoints, List<String> platformMethods,
    int payoutChangesMinAccounts, int payoutChangesWindowDays, double companyNetworkShare,
    int companyNetworkMinWorkers, double ownDaytimeMaxShare) implements Serializable {

  public static SignalSettings from(ConfigReader r) {
    List<String> countries = r.strings("high-risk-countries").stream()
        .map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    for (String c : countries) {
      if (!c.matches("[A-Z]{2}")) {
        throw new SettingsException("setting " + r.full("high-risk-countries") + " holds '" + c
            + "', not an ISO alpha-2 country code");
      }
    }
    List<Integer> offsets;
    try {
      offsets = r.raw().getIntList("asia-daytime-utc-offsets");
    } catch (com.typesafe.config.ConfigException e) {
      throw new SettingsException("setting " + r.full("asia-daytime-utc-offsets") + " must be a list of whole hours");
    }
    if (offsets.isEmpty() || offsets.stream().anyMatch(o -> o < -12 || o > 14)) {
      throw new SettingsException("setting " + r.full("asia-daytime-utc-offsets")
          + " must list at least one UTC offset between -12 and 14");
    }
    String keyboard = r.regex("locale-keyboard-pattern");
    return new SignalSettings(countries, r.intAtLeast("trip-max-days", 1), r.intAtLeast("trip-max-stretches", 1),
        r.intAtLeast("trip-stretch-gap-days", 1), r.doubleIn("trip-max-share", 0, 1), List.copyOf(offsets), keyboard,
        List.copyOf(r.strings("locale-time-zones")), r.intAtLeast("locale-min-other-points", 0),
        r.strings("payout-platform-methods").stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).toList(),
        r.intAtLeast("payout-changes-min-accounts", 2), r.intAtLeast("payout-changes-window-days", 1),
        r.doubleIn("company-network-share", 0, 1), r.intAtLeast("company-network-min-workers", 2),
        r.doubleIn("asia-hours-own-daytime-max-share", 0, 1));
  }
}
