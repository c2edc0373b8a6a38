package io.ringwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ringwatch config` and run_audit.settings: every value with its origin, secrets never shown. */
class EffectiveSettingsTest {
  @TempDir Path dir;

  private static Map<String, EffectiveSettings.Entry> byPath(Config c) {
    return EffectiveSettings.entries(c).stream().collect(Collectors.toMap(EffectiveSettings.Entry::path,
        Function.identity()));
  }

  @Test
  void eachValueNamesTheFileLineOrPropertyItCameFrom() throws Exception {
    Path site = Files.writeString(dir.resolve("site.conf"), "# site\nringwatch.score.bands.critical = 91\n");
    System.setProperty("ringwatch.ingest.lookback-days", "21");
    ConfigFactory.invalidateCaches(); // Typesafe Config caches the system properties
    try {
      Map<String, EffectiveSettings.Entry> e = byPath(SettingsLoader.loadConfig(site));
      assertEquals("91", e.get("ringwatch.score.bands.critical").value());
      assertEquals(site + ": 2", e.get("ringwatch.score.bands.critical").origin());
      assertEquals("system properties", e.get("ringwatch.ingest.lookback-days").origin());
      assertTrue(e.get("ringwatch.score.bands.high").origin().matches(".*score\\.conf: \\d+"),
          e.get("ringwatch.score.bands.high").origin());
      assertTrue(e.get("ringwatch.score.signals.laptop_farm.points").origin().contains("LaptopFarm"),
          "a signal's defaults live with its code");
    } finally {
      System.clearProperty("ringwatch.ingest.lookback-days");
      ConfigFactory.invalidateCaches();
    }
  }

  @Test
  void secretsAreMaskedByTheirNameAndPathsAreNot() {
    Config c = ConfigFactory.parseString("ringwatch { report.mail.password = hunter2, x.api-token = t0k, y.key = k3y,"
        + " privacy.key-file = \"/secrets/ringwatch.key\", z.salt = s4lt, ingest.lookback-days = 30 }");
    Map<String, EffectiveSettings.Entry> e = byPath(c);
    for (String secret : List.of("ringwatch.report.mail.password", "ringwatch.x.api-token", "ringwatch.y.key",
        "ringwatch.z.salt")) {
      assertEquals("\"***\"", e.get(secret).value(), secret);
    }
    assertEquals("\"/secrets/ringwatch.key\"", e.get("ringwatch.privacy.key-file").value(), "a path is no secret");
    String json = EffectiveSettings.json(c);
    for (String clear : List.of("hunter2", "t0k", "k3y", "s4lt")) {
      assertFalse(json.contains(clear), json);
    }
    assertTrue(json.contains("/secrets/ringwatch.key"));
  }

  @Test
  void theJsonIsAConfFileThatGivesTheSameSettingsBack() throws Exception {
    Path site = Files.writeString(dir.resolve("site.conf"), "ringwatch.score.bands.critical = 91\n");
    Config night = SettingsLoader.loadConfig(site);
    Path again = Files.writeString(dir.resolve("again.conf"), EffectiveSettings.json(night));
    Config rerun = SettingsLoader.loadConfig(again);
    assertEquals(SettingsLoader.digest(night), SettingsLoader.digest(rerun));
    assertEquals(EffectiveSettings.entries(night).stream().map(x -> x.path() + "=" + x.value()).toList(),
        EffectiveSettings.entries(rerun).stream().map(x -> x.path() + "=" + x.value()).toList());
  }
}
