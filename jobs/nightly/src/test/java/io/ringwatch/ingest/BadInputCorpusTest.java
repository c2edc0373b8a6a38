package io.ringwatch.ingest;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueType;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.run.RunFailure;
import io.ringwatch.testing.SharedSpark;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus (src/test/resources/ingest/corpus): one folder per way a real export
 * breaks, each holding the broken file(s) that replace the matching dataset of {@code _base}
 * and an {@code expect.conf} with the outcome: the run stops with a given one-line message and exit
 * status (../shared/contracts/cli.md), or it
 * goes on with the given counts, reasons, rejected keys and accepted values. Adding a case is
 * adding a folder.
 */
@SparkTest
class BadInputCorpusTest {
  private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-20");

  static Path corpus() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/ingest/corpus").toURI());
  }

  @TestFactory
  Stream<DynamicTest> everyCaseHasItsExpectedOutcome() throws Exception {
    Path root = corpus();
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
    }
    assertTrue(cases.size() >= 32, "the corpus lost cases: " + cases);
    // Never a hang: a case that takes minutes is a failure, whatever it would have ended with.
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
        () -> assertTimeoutPreemptively(Duration.ofMinutes(3), () -> runCase(root, c))));
  }

  private void runCase(Path root, Path caseDir) throws Exception {
    Config expect = ConfigFactory.parseFile(caseDir.resolve("expect.conf").toFile());
    Path input = Files.createTempDirectory("corpus-" + caseDir.getFileName());
    try {
      assemble(root.resolve("_base"), caseDir, input, expect.hasPath("remove") ? expect.getStringList("remove") : List.of());
      if (expect.hasPath("generated")) {
        GeneratedCorpusFiles.write(expect.getString("generated"), input);
      }
      String overrides = "ringwatch.ingest { max-reject-share = 0.9\n"
          + (expect.hasPath("settings") ? expect.getString("settings") : "") + "\n}";
      String outcome = expect.getString("outcome");
      if (outcome.equals("stop")) {
        RunFailure failure = assertThrows(RunFailure.class, () -> ingest(input, overrides));
        for (String m : strings(expect, expect.hasPath("messages") ? "messages" : "message")) {
          assertTrue(failure.getMessage().contains(m), "expected '" + m + "' in: " + failure.getMessage());
        }
        assertFalse(failure.getMessage().contains("\n"), "one line: " + failure.getMessage());
        assertTrue(failure.getMessage().length() < 600, "a short line: " + failure.getMessage());
        assertEquals(expect.getInt("exit-status"), failure.kind().exitStatus(), "exit status (cli.md) of "
            + failure.getMessage());
        return;
      }
      assertEquals("accepted", outcome);
      IngestedInputs in = ingest(input, overrides);
      checkCase(expect, in);
    } finally {
      TestFiles.deleteTree(input);
    }
  }

  private void checkCase(Config expect, IngestedInputs in) {
    Map<String, DatasetCounts> counts = in.counts().stream()
        .collect(Collectors.toMap(DatasetCounts::dataset, c -> c));
    for (DatasetCounts c : counts.values()) {
      assertEquals(c.read(), c.accepted() + c.rejected(), "read = accepted + rejected for " + c.dataset());
    }
    if (expect.hasPath("counts")) {
      Config expected = expect.getConfig("counts");
      for (String dataset : expected.root().keySet()) {
        Config e = expected.getConfig(dataset);
        DatasetCounts c = counts.get(dataset);
        if (e.hasPath("read")) {
          assertEquals(e.getLong("read"), c.read(), dataset + " read");
        }
        if (e.hasPath("accepted")) {
          assertEquals(e.getLong("accepted"), c.accepted(), dataset + " accepted");
        }
        if (e.hasPath("rejected")) {
          assertEquals(e.getLong("rejected"), c.rejected(), dataset + " rejected");
        }
        if (e.hasPath("in-window")) {
          assertEquals(e.getLong("in-window"), c.inWindow(), dataset + " in window");
        }
      }
    }
    List<Row> rejected = in.rejected().collectAsList();
    assertEquals(counts.values().stream().mapToLong(DatasetCounts::rejected).sum(), rejected.size(),
        "every rejected row is in rejected_records");
    String reasons = rejected.stream().map(r -> r.getString(0) + ": " + r.getString(2))
        .collect(Collectors.joining("\n"));
    for (String reason : strings(expect, "reasons")) {
      assertTrue(reasons.contains(reason), "expected reason '" + reason + "' among:\n" + reasons);
    }
    String records = rejected.stream().map(r -> r.getString(1)).collect(Collectors.joining("\n"));
    if (expect.hasPath("max-record-chars")) {
      for (Row r : rejected) {
        assertTrue(r.getString(1).length() <= expect.getInt("max-record-chars"),
            "a rejected record of " + r.getString(1).length() + " characters: " + r.getString(1).substring(0, 300));
      }
    }
    for (String secret : strings(expect, "forbidden")) {
      assertFalse(records.contains(secret), "clear sensitive value in rejected_records:\n" + records);
    }
    if (expect.hasPath("rejected-keys")) {
      Config keys = expect.getConfig("rejected-keys");
      for (String dataset : keys.root().keySet()) {
        String field = expect.hasPath("record-key") ? expect.getString("record-key") : null;
        assertEquals(new TreeSet<>(keys.getStringList(dataset)), rejectedKeys(in, dataset, field), dataset + " rejected keys");
      }
    }
    if (expect.hasPath("values")) {
      Config values = expect.getConfig("values");
      for (String dataset : values.root().keySet()) {
        DatasetSpec spec = Datasets.byName(dataset);
        Config byKey = values.getConfig(dataset);
        for (String key : byKey.root().keySet()) {
          Row row = in.dataset(dataset).filter(col(spec.key()).equalTo(key)).first();
          Config columns = byKey.getConfig(key);
          for (String column : columns.root().keySet()) {
            assertEquals(columns.getString(column), String.valueOf((Object) row.getAs(column)),
                dataset + " " + key + " " + column);
          }
        }
      }
    }
  }

  /** The keys of a dataset's rejected rows: from the JSON record, or the first field of a raw line. */
  static Set<String> rejectedKeys(IngestedInputs in, String dataset) {
    return rejectedKeys(in, dataset, null);
  }

  /** As above, where the export names the key column {@code field} (null: the canonical name). */
  static Set<String> rejectedKeys(IngestedInputs in, String dataset, String field) {
    return rejectedRows(in, dataset, field).stream().map(r -> r[0])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** (key, reason) of every rejected row of a dataset, the key read as {@link #rejectedKeys} says. */
  static List<String[]> rejectedRows(IngestedInputs in, String dataset, String field) {
    DatasetSpec spec = Datasets.byName(dataset);
    String path = "$['" + (field == null ? spec.key() : field) + "']";
    return in.rejected().filter(col("dataset").equalTo(dataset))
        .select(col("record"), get_json_object(col("record"), path), col("reason"))
        .collectAsList().stream()
        .map(r -> new String[] {
            r.isNullAt(1) ? r.getString(0).split(",", 2)[0].replace("\"", "") : r.getString(1), r.getString(2)})
        .toList();
  }

  private static List<String> strings(Config c, String path) {
    if (!c.hasPath(path)) {
      return List.of();
    }
    return c.getValue(path).valueType() == ConfigValueType.LIST ? c.getStringList(path) : List.of(c.getString(path));
  }

  /** The base datasets, with each of the case's files or folders replacing its dataset. */
  private static void assemble(Path base, Path caseDir, Path input, List<String> remove) throws IOException {
    io.ringwatch.testing.TestFiles.copyTree(base, input);
    Files.createDirectories(input.resolve("sanctions"));
    for (String dataset : remove) {
      TestFiles.deleteTree(input.resolve(dataset));
    }
    try (Stream<Path> files = Files.list(caseDir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.equals("expect.conf")) {
          continue;
        }
        String dataset = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (Datasets.ALL.stream().noneMatch(s -> s.name().equals(dataset))) {
          fail("corpus file " + f + " names no dataset");
        }
        TestFiles.deleteTree(input.resolve(dataset));
        if (Files.isDirectory(f)) {
          io.ringwatch.testing.TestFiles.copyTree(f, input.resolve(dataset));
        } else {
          Files.createDirectories(input.resolve(dataset));
          Files.copy(f, input.resolve(dataset).resolve(name));
        }
      }
    }
  }

  private static IngestedInputs ingest(Path input, String overrides) throws IOException {
    Path conf = Files.createTempFile(input, "case", ".conf");
    Files.writeString(conf, overrides);
    try {
      return IngestStage.run(SharedSpark.get(), IngestSettings.from(SettingsLoader.load(conf)), input.toString(), RUN_DATE);
    } finally {
      Files.delete(conf);
    }
  }
}
