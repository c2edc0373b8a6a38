package io.ringwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty("ringwatch.spark.shuffle-partitions");
    System.clearProperty("ringwatch.ingest.max-reject-shar");
    com.typesafe.config.ConfigFactory.invalidateCaches();
  }

  @Test
  void defaultsLoadFromThePackedConf() {
    Settings s = SettingsLoader.load(null);
    assertEquals("ringwatch", s.spark().appName());
    assertTrue(s.spark().shufflePartitions() >= 1);
  }

  @Test
  void confFileLayersOverDefaultsAndSystemPropertiesWin() throws Exception {
    Path file = dir.resolve("site.conf");
    Files.writeString(file, "ringwatch.spark { shuffle-partitions = 3, app-name = site }");
    Settings layered = SettingsLoader.load(file);
    assertEquals(3, layered.spark().shufflePartitions());
    assertEquals("site", layered.spark().appName());

    System.setProperty("ringwatch.spark.shuffle-partitions", "5");
    com.typesafe.config.ConfigFactory.invalidateCaches();
    assertEquals(5, SettingsLoader.load(file).spark().shufflePartitions());
  }

  @Test
  void badValueNamesTheSettingInOneLine() throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "ringwatch.spark.shuffle-partitions = 0");
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertEquals("setting ringwatch.spark.shuffle-partitions is 0 but must be at least 1", e.getMessage());

    Files.writeString(file, "ringwatch.spark.shuffle-partitions = many");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("ringwatch.spark.shuffle-partitions must be a whole number"));
  }

  @Test
  void aPatternThatIsNoRegularExpressionNamesTheSetting() throws Exception {
    Path file = dir.resolve("regex.conf");
    Files.writeString(file, "ringwatch.link.device-use.support-role-pattern = \"(help desk\"");
    SettingsException e = assertThrows(SettingsException.class,
        () -> io.ringwatch.link.LinkSettings.from(SettingsLoader.load(file)));
    assertTrue(e.getMessage().startsWith(
        "setting ringwatch.link.device-use.support-role-pattern is no regular expression: "), e.getMessage());
  }

  @Test
  void missingOrBrokenFileIsAClearError() throws Exception {
    SettingsException missing = assertThrows(SettingsException.class,
        () -> SettingsLoader.load(dir.resolve("nope.conf")));
    assertTrue(missing.getMessage().contains("does not exist"));
    Path broken = dir.resolve("broken.conf");
    Files.writeString(broken, "ringwatch { spark { ");
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(broken));
    assertTrue(e.getMessage().startsWith("unreadable configuration"));
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void digestIgnoresTheKeyFileButNotOtherSettings() throws Exception {
    Path a = dir.resolve("a.conf");
    Files.writeString(a, "ringwatch.privacy.key-file = /secrets/one");
    Path b = dir.resolve("b.conf");
    Files.writeString(b, "ringwatch.privacy.key-file = /secrets/two");
    Path c = dir.resolve("c.conf");
    Files.writeString(c, "ringwatch.spark.shuffle-partitions = 17");
    assertEquals(SettingsLoader.load(a).digest(), SettingsLoader.load(b).digest());
    assertNotEquals(SettingsLoader.load(a).digest(), SettingsLoader.load(c).digest());
  }

  @Test
  void digestIgnoresTheJvmPropertiesThatAreNoSettings() {
    // Where the launcher's conf folder and installation are: moving them changes no row, and a
    // changed digest would make the next night full (jobs/docs/incremental-nightly.md, rule 2).
    com.typesafe.config.Config plain = SettingsLoader.loadConfig(null);
    com.typesafe.config.Config moved = com.typesafe.config.ConfigFactory.parseMap(java.util.Map.of(
        "ringwatch.conf.dir", "/opt/ringwatch-2/conf", "ringwatch.home", "/opt/ringwatch-2",
        "ringwatch.repo.root", "/elsewhere")).withFallback(plain);
    assertEquals(SettingsLoader.digest(plain), SettingsLoader.digest(moved));
    assertNotEquals(SettingsLoader.digest(plain), SettingsLoader.digest(com.typesafe.config.ConfigFactory.parseMap(
        java.util.Map.of("ringwatch.ingest.lookback-days", 29)).withFallback(plain)));
  }

  @Test
  void everyClusterExampleLoadsAndLeavesTheMasterToSparkSubmit() throws Exception {
    Path dir = io.ringwatch.testing.SharedSpark.repoRoot().resolve("conf/cluster");
    java.util.List<Path> examples;
    try (var s = Files.list(dir)) {
      examples = s.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    assertEquals(3, examples.size(), "yarn, kubernetes, databricks: " + examples);
    for (Path example : examples) {
      Settings settings = SettingsLoader.load(example);
      assertEquals("", settings.spark().master(), example.toString());
      assertTrue(settings.spark().shufflePartitions() > 8, example.toString());
      // Every stage's settings still validate with the example layered on.
      io.ringwatch.ingest.IngestSettings.from(settings);
      io.ringwatch.link.LinkSettings.from(settings);
      io.ringwatch.score.ScoreSettings.from(settings);
      io.ringwatch.publish.CheckSettings.from(settings);
    }
  }

  @Test
  void aMisspeltSystemPropertyStopsTheRunWithASuggestion() {
    System.setProperty("ringwatch.ingest.max-reject-shar", "0.1");
    com.typesafe.config.ConfigFactory.invalidateCaches();
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(null));
    assertTrue(e.getMessage().startsWith("unknown setting ringwatch.ingest.max-reject-shar (did you mean "
        + "ringwatch.ingest.max-reject-share?)"), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
  }

  @Test
  void aMisspeltKeyInTheConfFileStopsTheRun() throws Exception {
    Path file = dir.resolve("typo.conf");
    Files.writeString(file, "ringwatch.privacy { key-fiel = \"/secrets/key\" }");
    SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("unknown setting ringwatch.privacy.key-fiel (did you mean "
        + "ringwatch.privacy.key-file?)"), e.getMessage());
    // The salt of earlier releases is refused with what replaced it, so no one believes it still protects.
    Files.writeString(file, "ringwatch.privacy { salt = \"our-secret\" }");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().startsWith("setting ringwatch.privacy.salt is no longer read: hashes are keyed now"),
        e.getMessage());
    Files.writeString(file, "ringwatch.ingest { datasets.hr_workers.colums { worker_id = id } }");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("ringwatch.ingest.datasets.hr_workers.colums.worker_id"), e.getMessage());
    Files.writeString(file, "ringwatch.ingest.datasets.hr_worker.path = hr");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("unknown setting ringwatch.ingest.datasets.hr_worker.path (did you mean "
        + "ringwatch.ingest.datasets.hr_workers.path?)"), e.getMessage());
    Files.writeString(file, "ringwatch.ingest.datasets.devices.csv.delimeter = \";\"");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertTrue(e.getMessage().contains("ringwatch.ingest.datasets.devices.csv.delimeter"), e.getMessage());
    Files.writeString(file, "ringwatch.totally-new-block { x = 1 }");
    e = assertThrows(SettingsException.class, () -> SettingsLoader.load(file));
    assertEquals("unknown setting ringwatch.totally-new-block.x; every setting is documented in conf/ "
        + "(application.conf and its includes)", e.getMessage());
  }

  @Test
  void blocksThatAreOpenByDesignAcceptAnyKey() throws Exception {
    Path file = dir.resolve("open.conf");
    Files.writeString(file, String.join("\n",
        "ringwatch.spark.conf { \"spark.executor.memory\" = 8g, \"spark.sql.adaptive.enabled\" = true }",
        "ringwatch.score.signals.ip_kvm.points = 40",
        "ringwatch.ingest.datasets.hr_workers {",
        "  format = parquet, date-formats = [\"MM/dd/yyyy\"], timestamp-formats = [\"yyyy-MM-dd HH:mm:ss\"]",
        "  columns { worker_id = \"Employee ID\" }",
        "  values { employment_type { \"Contingent Worker\" = contractor } }",
        "  csv { encoding = \"windows-1252\", delimiter = \";\" }",
        "  max-length { full_name = 500 }",
        "}",
        "ringwatch.ingest.datasets.dispositions { path = \"/data/decisions\", format = delta }"));
    Settings s = SettingsLoader.load(file);
    assertEquals("8g", s.spark().extraConf().get("spark.executor.memory"));
  }

  @Test
  void launcherPropertiesUnderRingwatchAreNoSettings() {
    // jobs/bin/ringwatch sets -Dringwatch.home and -Dringwatch.conf.dir; surefire ringwatch.repo.root
    assertTrue(UnknownSettings.JVM_PROPERTIES.containsAll(java.util.List.of("ringwatch.home", "ringwatch.conf.dir",
        "ringwatch.repo.root", "ringwatch.spark.log-level")));
    com.typesafe.config.Config c = com.typesafe.config.ConfigFactory.parseString(
        "ringwatch { home = /opt/ringwatch, conf.dir = /opt/ringwatch/conf, spark.log-level = INFO }");
    assertEquals(java.util.List.of(), UnknownSettings.unknown(c, SettingsLoader.loadConfig(null)));
  }

  @Test
  void everyConfigurationTheProjectShipsOrTestsWithHasOnlyKnownSettings() throws Exception {
    com.typesafe.config.Config defaults = SettingsLoader.loadConfig(null);
    Path root = io.ringwatch.testing.SharedSpark.repoRoot();
    java.util.List<Path> files = new java.util.ArrayList<>();
    try (var s = Files.list(root.resolve("conf/cluster"))) {
      s.filter(p -> p.toString().endsWith(".conf")).forEach(files::add);
    }
    for (Path f : files) {
      assertEquals(java.util.List.of(), UnknownSettings.unknown(
          com.typesafe.config.ConfigFactory.parseFile(f.toFile()).withFallback(defaults).resolve(), defaults), f.toString());
    }
    // the bad-input corpus: each case's settings, wrapped as BadInputCorpusTest layers them
    Path corpus = root.resolve("jobs/nightly/src/test/resources/ingest/corpus");
    int cases = 0;
    try (var s = Files.list(corpus)) {
      for (Path c : s.filter(Files::isDirectory).toList()) {
        com.typesafe.config.Config expect = com.typesafe.config.ConfigFactory.parseFile(c.resolve("expect.conf").toFile());
        String overrides = "ringwatch.ingest { max-reject-share = 0.9\n"
            + (expect.hasPath("settings") ? expect.getString("settings") : "") + "\n}";
        assertEquals(java.util.List.of(), UnknownSettings.unknown(
            com.typesafe.config.ConfigFactory.parseString(overrides).withFallback(defaults).resolve(), defaults),
            c.toString());
        cases++;
      }
    }
    assertTrue(cases > 10, cases + " corpus cases");
  }

  @Test
  void suggestionsAreOnlyMadeForCloseKeys() {
    java.util.List<String> known = java.util.List.of("ringwatch.ingest.max-reject-share", "ringwatch.ingest.lookback-days",
        "ringwatch.link.caps.device");
    assertEquals("ringwatch.ingest.lookback-days", Suggestions.closest("ringwatch.ingest.lookback-day", known));
    assertEquals("ringwatch.ingest.lookback-days", Suggestions.closest("ringwatch.lookback-days", known),
        "the same key under another block");
    assertEquals(null, Suggestions.closest("ringwatch.ingest.something-else", known));
  }
}
