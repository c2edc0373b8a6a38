package io.ringwatch.ingest;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.testing.SharedSpark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupts 1% of the shipped sample's rows at random, in the ways exports really break (a
 * required value blanked, a date or amount garbled, a value outside its list, a stray field, a
 * reference to a row that does not exist), and checks that ingest rejects exactly those rows —
 * plus the rows that referred to a corrupted worker or device, which can no longer be trusted —
 * and accepts every other row, with read = accepted + rejected.
 */
@SparkTest
class SampleCorruptionTest {
  private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-20");
  private static final double SHARE = 0.01;

  @TempDir Path dir;

  /** One CSV record of a dataset: its raw text and parsed fields. */
  record Rec(String text, String[] fields) {}

  @Test
  void exactlyTheCorruptedRowsAndTheirDependentsAreRejected() throws Exception {
    Path sample = SharedSpark.repoRoot().resolve("data/sample");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, List<Rec>> records = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      String text = gunzip(sample.resolve(spec.name()).resolve(spec.name() + ".csv.gz"));
      List<String> raw = splitRecords(text);
      CsvParser parser = new CsvParser(new CsvParserSettings());
      headers.put(spec.name(), List.of(parser.parseLine(raw.get(0))));
      records.put(spec.name(), raw.subList(1, raw.size()).stream()
          .map(r -> new Rec(r, parser.parseLine(r))).toList());
    }

    Path clean = dir.resolve("clean");
    write(clean, headers, records);
    IngestedInputs base = ingest(clean);
    // One read of each run's rejected rows per dataset: (key, reason) pairs.
    Map<String, List<String[]>> baseRows = new HashMap<>();
    Map<String, Set<String>> baseRejected = new HashMap<>();
    Map<String, DatasetCounts> baseCounts = countsOf(base);
    for (DatasetSpec spec : Datasets.ALL) {
      baseRows.put(spec.name(), BadInputCorpusTest.rejectedRows(base, spec.name(), null));
      baseRejected.put(spec.name(), keys(baseRows.get(spec.name())));
    }

    // Corrupt 1% of each dataset's rows whose key is unique and that the clean run accepted.
    Random random = new Random(20261120L);
    Map<String, Set<String>> corrupted = new LinkedHashMap<>();
    Map<String, List<Rec>> broken = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      List<String> header = headers.get(spec.name());
      int keyAt = header.indexOf(spec.key());
      Map<String, Long> keyCounts = records.get(spec.name()).stream()
          .collect(Collectors.groupingBy(r -> String.valueOf(r.fields()[keyAt]), Collectors.counting()));
      Set<String> chosen = new TreeSet<>();
      List<Rec> out = new ArrayList<>();
      for (Rec r : records.get(spec.name())) {
        String key = r.fields()[keyAt];
        boolean eligible = key != null && keyCounts.get(key) == 1 && !baseRejected.get(spec.name()).contains(key);
        if (eligible && random.nextDouble() < SHARE) {
          chosen.add(key);
          out.add(corrupt(spec, header, r, random));
        } else {
          out.add(r);
        }
      }
      assertTrue(chosen.size() >= 0.006 * out.size(), spec.name() + ": only " + chosen.size() + " corrupted");
      corrupted.put(spec.name(), chosen);
      broken.put(spec.name(), out);
    }

    // Rows that the clean run accepted and that refer to a corrupted (or, in turn, dependent) row.
    // A key the export repeats keeps one accepted row in the clean run; when that row now refers
    // to a removed row it is rejected too, so such keys add their clean-run accepted rows.
    Map<String, Set<String>> removed = new HashMap<>();
    Map<String, Set<String>> dependents = new HashMap<>();
    Map<String, Long> repeatedKeyRejects = new HashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      List<String> header = headers.get(spec.name());
      int keyAt = header.indexOf(spec.key());
      Map<String, Long> keyCounts = records.get(spec.name()).stream()
          .collect(Collectors.groupingBy(r -> String.valueOf(r.fields()[keyAt]), Collectors.counting()));
      Map<String, Long> baseRejectedRows = baseRows.get(spec.name()).stream()
          .collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
      Set<String> deps = new TreeSet<>();
      Set<String> repeated = new TreeSet<>();
      for (Rec r : records.get(spec.name())) {
        String key = r.fields()[keyAt];
        if (key == null || corrupted.get(spec.name()).contains(key)) {
          continue;
        }
        for (DatasetSpec.Reference ref : spec.references()) {
          int at = header.indexOf(ref.column());
          String value = at < 0 || at >= r.fields().length ? null : r.fields()[at];
          if (value != null && removed.getOrDefault(ref.target(), Set.of()).contains(value.trim())) {
            if (keyCounts.get(key) > 1) {
              repeated.add(key);
            } else if (!baseRejected.get(spec.name()).contains(key)) {
              deps.add(key);
            }
          }
        }
      }
      repeatedKeyRejects.put(spec.name(), repeated.stream()
          .mapToLong(k -> keyCounts.get(k) - baseRejectedRows.getOrDefault(k, 0L)).sum());
      dependents.put(spec.name(), deps);
      Set<String> gone = new HashSet<>(corrupted.get(spec.name()));
      gone.addAll(deps);
      removed.put(spec.name(), gone);
    }

    Path dirty = dir.resolve("dirty");
    write(dirty, headers, broken);
    IngestedInputs in = ingest(dirty);
    Map<String, DatasetCounts> counts = countsOf(in);
    int totalCorrupted = 0;
    for (DatasetSpec spec : Datasets.ALL) {
      String name = spec.name();
      List<String[]> rows = BadInputCorpusTest.rejectedRows(in, name, null);
      Set<String> newlyRejected = keys(rows);
      newlyRejected.removeAll(baseRejected.get(name));
      Set<String> expected = new TreeSet<>(removed.get(name));
      assertEquals(expected, newlyRejected, name + ": rejected rows beyond the clean run's");
      DatasetCounts c = counts.get(name);
      DatasetCounts b = baseCounts.get(name);
      assertEquals(b.read(), c.read(), name + " read");
      assertEquals(b.rejected() + expected.size() + repeatedKeyRejects.get(name), c.rejected(), name + " rejected");
      assertEquals(c.read(), c.accepted() + c.rejected(), name + " read = accepted + rejected");
      totalCorrupted += corrupted.get(name).size();
      // Corrupted rows carry the rule they broke; dependents say what they refer to.
      Map<String, String> reasons = new HashMap<>();
      rows.forEach(r -> reasons.merge(r[0], r[1], (x, y) -> x + " | " + y));
      for (String key : corrupted.get(name)) {
        boolean ownProblem = java.util.Arrays.stream(reasons.get(key).split("; "))
            .anyMatch(p -> !p.contains("is not in ") || p.contains("ZZ-NOT-A-"));
        assertTrue(ownProblem, name + " " + key + ": " + reasons.get(key));
      }
      for (String key : dependents.get(name)) {
        assertTrue(reasons.get(key).contains("is not in "), name + " " + key + ": " + reasons.get(key));
      }
    }
    assertTrue(totalCorrupted > 3000, "1% of the sample's rows: " + totalCorrupted);
  }

  /** Breaks one record the way real exports break, keeping its key readable. */
  private static Rec corrupt(DatasetSpec spec, List<String> header, Rec r, Random random) {
    String[] f = r.fields().clone();
    List<String> options = new ArrayList<>(List.of("extra-field"));
    for (ColumnSpec c : spec.columns()) {
      int at = header.indexOf(c.name());
      if (at < 0 || c.name().equals(spec.key())) {
        continue;
      }
      if (c.required()) {
        options.add("blank:" + c.name());
      }
      if (c.type() == ColumnType.DATE || c.type() == ColumnType.TIMESTAMP || c.type() == ColumnType.DECIMAL) {
        options.add("garble:" + c.name());
      }
      if (c.type() == ColumnType.ENUM && !c.allowed().isEmpty()) {
        options.add("outside:" + c.name());
      }
    }
    for (DatasetSpec.Reference ref : spec.references()) {
      if (header.contains(ref.column())) {
        options.add("dangling:" + ref.column());
      }
    }
    String how = options.get(random.nextInt(options.size()));
    if (how.equals("extra-field")) {
      return new Rec(r.text() + ",EXTRA", null);
    }
    String column = how.substring(how.indexOf(':') + 1);
    int at = header.indexOf(column);
    f[at] = switch (how.substring(0, how.indexOf(':'))) {
      case "blank" -> random.nextBoolean() ? "" : "   ";
      case "garble" -> List.of("31/13/2025", "2025-02-30", "yesterday", "12.3.4x", "N/A").get(random.nextInt(5));
      case "outside" -> "unknown_" + column;
      default -> "ZZ-NOT-A-" + column;
    };
    return new Rec(toCsv(f), f);
  }

  private static String toCsv(String[] fields) {
    List<String> out = new ArrayList<>();
    for (String v : fields) {
      String s = v == null ? "" : v;
      out.add(s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
    }
    return String.join(",", out);
  }

  private static Set<String> keys(List<String[]> rows) {
    return rows.stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Records of a CSV text: a line break inside quotes stays in its record. */
  static List<String> splitRecords(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      }
      if (ch == '\n' && !quoted) {
        out.add(current.toString().replaceAll("\r$", ""));
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static Map<String, DatasetCounts> countsOf(IngestedInputs in) {
    return in.counts().stream().collect(Collectors.toMap(DatasetCounts::dataset, c -> c));
  }

  private static void write(Path root, Map<String, List<String>> headers, Map<String, List<Rec>> records)
      throws IOException {
    for (var e : records.entrySet()) {
      Path folder = Files.createDirectories(root.resolve(e.getKey()));
      StringBuilder sb = new StringBuilder(String.join(",", headers.get(e.getKey()))).append('\n');
      e.getValue().forEach(r -> sb.append(r.text()).append('\n'));
      Files.writeString(folder.resolve(e.getKey() + ".csv"), sb.toString());
    }
    Files.createDirectories(root.resolve("sanctions"));
  }

  private static IngestedInputs ingest(Path input) throws IOException {
    Path conf = input.resolveSibling(input.getFileName() + ".conf");
    Files.writeString(conf, "ringwatch.ingest.max-reject-share = 0.2");
    return IngestStage.run(SharedSpark.get(), IngestSettings.from(SettingsLoader.load(conf)), input.toString(), RUN_DATE);
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
