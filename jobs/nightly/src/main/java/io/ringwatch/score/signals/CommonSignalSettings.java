package io.ringwatch.score.signals;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.SettingsException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The settings several signals share, in {@code ringwatch.score} (conf/score.conf); a signal's
 * own settings are in its block ({@link WorkerSignal#defaults}).
 *
 * @param itRolePattern job titles or departments of IT staff, whose work calls for remote tools
 *     and for signing in on colleagues' devices (the link stage's device-use rule reads it too)
 * @param highRiskCountries sign-in countries of signin_high_risk_country, which
 *     signin_foreign_country leaves to it
 * @param trip what a business trip looks like, for both country signals
 * @param companyNetworkShare share of the workers signing in through a hosting network that makes
 *     it the company's network ({@link SignalContext#locatedSignIns})
 * @param companyNetworkMinWorkers ... and the fewest workers that do
 */
public record CommonSignalSettings(String itRolePattern, List<String> highRiskCountries, Trip trip,
    double companyNetworkShare, int companyNetworkMinWorkers) implements Serializable {

  /** A trip: at most maxStretches stretches of days (gaps of at most stretchGapDays), none longer than maxDays, under maxShare of the sign-ins. */
  public record Trip(int maxDays, int maxStretches, int stretchGapDays, double maxShare) implements Serializable {}

  /** @param r the reader of {@code ringwatch.score} */
  public static CommonSignalSettings from(ConfigReader r) {
    List<String> countries = r.strings("high-risk-countries").stream()
        .map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    for (String c : countries) {
      if (!c.matches("[A-Z]{2}")) {
        throw new SettingsException("setting " + r.full("high-risk-countries") + " holds '" + c
            + "', not an ISO alpha-2 country code");
      }
    }
    return new CommonSignalSettings(r.string("it-role-pattern"), countries,
        new Trip(r.intAtLeast("trip-max-days", 1), r.intAtLeast("trip-max-stretches", 1),
            r.intAtLeast("trip-stretch-gap-days", 1), r.doubleIn("trip-max-share", 0, 1)),
        r.doubleIn("company-network-share", 0, 1), r.intAtLeast("company-network-min-workers", 2));
  }
}
