package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import org.junit.jupiter.api.Test;

class ReportSettingsTest {
  private static final Settings DEFAULTS = SettingsLoader.load(null);

  private static ReportSettings with(String hocon) {
    return ReportSettings.from(Settings.from(ConfigFactory.parseString(hocon).withFallback(DEFAULTS.raw()).resolve()));
  }

  @Test
  void defaultsLoadFromConf() {
    ReportSettings s = ReportSettings.from(DEFAULTS);
    assertEquals(40, s.topClusters());
    assertEquals(3, s.firstPageClusters());
    assertEquals(12, s.trendRuns());
  }

  @Test
  void badValuesStopWithOneLineNamingTheSetting() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> with("ringwatch.report { top-clusters = 2, first-page-clusters = 3 }"));
    assertTrue(e.getMessage().contains("ringwatch.report.first-page-clusters"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    e = assertThrows(SettingsException.class, () -> with("ringwatch.report.trend-runs = 1"));
    assertTrue(e.getMessage().contains("ringwatch.report.trend-runs"), e.getMessage());
  }

  @Test
  void theGlossaryShowsTheScoreSettingsValuesNotTheirNames() {
    ReportSettings s = with("ringwatch.score.signals.activity_in_asian_daytime.share = 0.7");
    String hours = s.signals().get("activity_in_asian_daytime").description();
    assertTrue(hours.startsWith("At least 70% of the worker's sign-ins"), hours);
    assertFalse(hours.contains("share of"), hours);
    assertEquals("Activity in Asian daytime, at night where the worker claims to be",
        s.signals().get("activity_in_asian_daytime").title());
  }
}
