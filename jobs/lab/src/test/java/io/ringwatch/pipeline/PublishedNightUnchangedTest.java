package io.ringwatch.pipeline;

import io.ringwatch.testing.EndToEnd;

import io.ringwatch.tables.TableNames;

import static org.junit.jupiter.api.Assertions.fail;

import io.ringwatch.tables.ComparableRows;
import io.ringwatch.testing.PublishedNights;
import io.ringwatch.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The published night of a fixed company (the shared two-night fixture: 2,000 workers, seed 7,
 * the fixed test key) is the one recorded in {@code golden/published-night.txt}: per table its row
 * count and a digest of its rows. A restructuring or a performance change must leave it as it is;
 * a change that means to alter the night records the new figures (run with
 * {@code -Dgolden.update=true}) and says in its commit which tables changed and why.
 * On a difference the rows of this run are written, sorted, under {@code target/golden-actual/},
 * to compare with the same dump from the commit before.
 */
@EndToEnd
class PublishedNightUnchangedTest {
  static final Path GOLDEN = SharedSpark.repoRoot().resolve("jobs/lab/src/test/resources/golden/published-night.txt");

  /**
   * Columns left out: those that differ between two runs of the same inputs by design (as in
   * StandaloneClusterIT), the fixture's temporary folders, and those describing the code and
   * settings rather than the night's findings (a restructured settings layout changes the digest;
   * the reference fingerprint names the fixture's temporary IP files).
   */
  static final Map<String, Set<String>> RUN_SPECIFIC = Map.of(
      "*", Set.of("run_id"),
      "run_audit", Set.of("started_at", "finished_at", "output", "input", "code_version", "config_digest",
          "build_commit", "build_time", "stages", "settings", "reference_fingerprint"));

  @Test
  void theLatestNightOfTheFixedCompanyIsTheRecordedOne() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : TableNames.ALL) {
      List<String> sorted = canonicalRows(table);
      rows.put(table, sorted);
      actual.put(table, sorted.size() + " " + sha256(String.join("\n", sorted)));
    }
    String text = render(actual);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, text);
      return;
    }
    Map<String, String> expected = parse(Files.readString(GOLDEN));
    List<String> differences = new ArrayList<>();
    for (String table : TableNames.ALL) {
      if (!actual.get(table).equals(expected.get(table))) {
        differences.add(table + ": recorded " + expected.get(table) + ", now " + actual.get(table));
      }
    }
    if (!differences.isEmpty()) {
      Path dump = SharedSpark.repoRoot().resolve("jobs/lab/target/golden-actual");
      Files.createDirectories(dump);
      for (Map.Entry<String, List<String>> e : rows.entrySet()) {
        Files.write(dump.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
      }
      fail("the published night of the fixed company changed (rows of this run in " + dump + "):\n"
          + String.join("\n", differences)
          + "\nIf the change is intended, rerun with -Dgolden.update=true and say why in the commit.");
    }
  }

  /** The latest night's rows of a table without run-specific columns, as sorted strings. */
  static List<String> canonicalRows(String table) {
    Dataset<Row> df = ComparableRows.of(PublishedNights.table(table, PublishedNights.RUN_DATE), table, RUN_SPECIFIC);
    String header = String.join(",", df.columns());
    List<String> out = new ArrayList<>(df.collectAsList().stream().map(Row::toString).sorted().toList());
    out.add(0, "# " + header);
    return out;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String render(Map<String, String> figures) {
    StringBuilder sb = new StringBuilder("# table rows sha256-of-sorted-rows (PublishedNightUnchangedTest)\n");
    figures.forEach((t, f) -> sb.append(t).append(' ').append(f).append('\n'));
    return sb.toString();
  }

  static Map<String, String> parse(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split(" ", 2);
      m.put(p[0], p[1]);
    }
    return m;
  }
}
