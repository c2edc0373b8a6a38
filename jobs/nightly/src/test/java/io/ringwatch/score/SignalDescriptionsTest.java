package io.ringwatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.score.signals.Signal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fast (no Spark): a signal's description as readers see it, with the run's values, not setting names. */
class SignalDescriptionsTest {
  static final Settings DEFAULTS = SettingsLoader.load(null);
  /** A setting's name as the descriptions used to print it: {@code own-daytime-max-share}, {@code min-days}. */
  static final Pattern SETTING_NAME = Pattern.compile("\\b(min|max)-[a-z-]+|[a-z]+-(share|points|days|countries|hours)\\b");

  static Settings with(String hocon) {
    return Settings.from(ConfigFactory.parseString(hocon).withFallback(DEFAULTS.raw()).resolve());
  }

  @Test
  void everyDescriptionShowsTheConfiguredValuesAndNoSettingName() {
    Map<String, Signal> catalogue = SignalDescriptions.catalogue(DEFAULTS);
    assertEquals(SignalCatalogue.ALL.size(), catalogue.size());
    for (Signal s : catalogue.values()) {
      assertFalse(s.description().contains("{"), s.id() + ": " + s.description());
      assertFalse(SETTING_NAME.matcher(s.description()).find(), s.id() + ": " + s.description());
    }
    assertTrue(catalogue.get("activity_in_asian_daytime").description().startsWith("At least 60% of the worker's"
        + " sign-ins fall in"), catalogue.get("activity_in_asian_daytime").description());
    assertTrue(catalogue.get("activity_in_asian_daytime").description().contains("at most 50% of them"));
    assertTrue(catalogue.get("signin_high_risk_country").description().contains("from CN, RU or KP address space"));
    assertTrue(catalogue.get("shared_signin_device").description().contains("on at least 3 days"));
    assertTrue(catalogue.get("payout_account_changes").description().contains("3 or more different accounts"));
    assertTrue(catalogue.get("impossible_travel").description().contains("less than 2 hours apart"));
  }

  @Test
  void aChangedSettingChangesTheDescription() {
    Map<String, Signal> c = SignalDescriptions.catalogue(with("""
        ringwatch.score.signals.activity_in_asian_daytime.share = 0.725
        ringwatch.score.signals.impossible_travel.hours = 1.5
        ringwatch.score.high-risk-countries = [KP]
        """));
    assertTrue(c.get("activity_in_asian_daytime").description().startsWith("At least 72.5% of"));
    assertTrue(c.get("impossible_travel").description().contains("less than 1.5 hours apart"));
    assertTrue(c.get("signin_high_risk_country").description().contains("from KP address space"));
  }

  @Test
  void theDocsNameTheSettingsAndATypoStopsTheReport() {
    Signal hours = SignalCatalogue.ALL.stream().filter(s -> s.id().equals("activity_in_asian_daytime")).findFirst()
        .orElseThrow();
    assertTrue(SignalDescriptions.withNames(hours).startsWith("At least `share` of"));
    Signal typo = new Signal("impossible_travel", "t", "within {hour} hours", List.of("x"), "y", 1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SignalDescriptions.withValues(typo, DEFAULTS));
    assertTrue(e.getMessage().contains("{hour}"), e.getMessage());
  }
}
