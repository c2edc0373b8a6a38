package io.ringwatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.score.signals.ImpossibleTravel;
import io.ringwatch.score.signals.IpKvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast (no Spark): a signal's settings are its block {@code ringwatch.score.signals.<id>},
 * defaults from its class under the user's values; unknown keys in it and the keys of earlier
 * releases stop the run with the key meant.
 */
class SignalSettingsTest {
  @TempDir
  Path dir;

  ScoreSettings load(String conf) throws Exception {
    Path file = dir.resolve("site.conf");
    Files.writeString(file, conf);
    return ScoreSettings.from(SettingsLoader.load(file));
  }

  String refused(String conf) {
    return assertThrows(SettingsException.class, () -> load(conf)).getMessage();
  }

  @Test
  void defaultsComeFromTheSignalsClassesAndTheUserOverridesThem() throws Exception {
    ScoreSettings defaults = load("");
    for (var s : SignalCatalogue.SIGNALS) {
      assertEquals(s.about().defaultPoints(), defaults.points(s.about()), s.about().id());
    }
    ScoreSettings site = load("ringwatch.score.signals.ip_kvm.points = 50\n"
        + "ringwatch.score.signals.impossible_travel { hours = 3 }");
    assertEquals(50, site.points(IpKvm.ABOUT));
    assertEquals(ImpossibleTravel.ABOUT.defaultPoints(), site.points(ImpossibleTravel.ABOUT));
  }

  @Test
  void aBadValueIsRefusedWhenTheSettingsAreRead() {
    assertEquals("setting ringwatch.score.signals.impossible_travel.hours is 72.0 but must be between 0.0 and 48.0",
        refused("ringwatch.score.signals.impossible_travel.hours = 72"));
    assertEquals("setting ringwatch.score.signals.ip_kvm.points is -1 but must be at least 0",
        refused("ringwatch.score.signals.ip_kvm.points = -1"));
    assertEquals("setting ringwatch.score.signals.ip_kvm must be a block { points = ... }",
        refused("ringwatch.score.signals.ip_kvm = 40"));
  }

  @Test
  void anUnknownKeyInASignalsBlockNamesTheNearestOne() {
    String m = refused("ringwatch.score.signals.impossible_travel { hourz = 3 }");
    assertTrue(m.startsWith("unknown setting ringwatch.score.signals.impossible_travel.hourz (did you mean "
        + "ringwatch.score.signals.impossible_travel.hours?)"), m);
    assertTrue(m.endsWith("a signal's settings are documented in jobs/docs/signals.md"), m);
    m = refused("ringwatch.score.signals.laptop_farn.points = 3");
    assertTrue(m.startsWith("unknown setting ringwatch.score.signals.laptop_farn.points (did you mean "
        + "ringwatch.score.signals.laptop_farm.points?)"), m);
  }

  @Test
  void settingsOfEarlierReleasesNameTheKeyThatReplacedThem() {
    assertEquals("setting ringwatch.score.points.ip_kvm is no longer read: a signal's points are set in its block "
        + "now: set ringwatch.score.signals.ip_kvm.points", refused("ringwatch.score.points { ip_kvm = 40 }"));
    assertTrue(refused("ringwatch.score.points.no_such_signal = 4").contains("no_such_signal is no signal"));
    assertEquals("setting ringwatch.score.impossible-travel-hours is no longer read: it moved into its signal's "
        + "block: set ringwatch.score.signals.impossible_travel.hours",
        refused("ringwatch.score.impossible-travel-hours = 3"));
    for (var e : SignalDefaults.MOVED.entrySet()) {
      String m = refused(e.getKey() + " = 1");
      assertTrue(m.endsWith("set " + e.getValue()), m);
    }
  }

  @Test
  void everyMovedKeyLeadsToASettingThatExists() throws Exception {
    var config = SettingsLoader.loadConfig(null);
    for (String now : SignalDefaults.MOVED.values()) {
      assertTrue(config.hasPath(now), now);
    }
    for (String old : SignalDefaults.MOVED.keySet()) {
      assertTrue(!config.hasPath(old), old + " is still in conf/");
    }
  }
}
