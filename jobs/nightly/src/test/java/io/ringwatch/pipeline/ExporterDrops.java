package io.ringwatch.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A generated event export cut into daily drops as a real exporter sends them (inputs-extensions.md). */
final class ExporterDrops {
  private ExporterDrops() {}

  /**
   * Splits a generated export into drops named by the exporter's day (UTC-5), rows without a
   * readable time to {@code undated.csv}; with {@code oneLate}, the first event moved to the last
   * drop (sent late).
   * Returns the dated drops made.
   */
  static int split(Path dataset, boolean oneLate) throws IOException {
    Path export = dataset.resolve(dataset.getFileName() + ".csv");
    // Byte for byte (Latin-1 maps every byte to one char): a broken row's bytes stay as generated.
    List<String> lines = Files.readAllLines(export, StandardCharsets.ISO_8859_1);
    Map<String, List<String>> drops = new TreeMap<>();
    String late = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 3);
      String drop = "undated";
      try {
        drop = LocalDate.ofInstant(Instant.parse(f[1]).minusSeconds(5 * 3600), ZoneOffset.UTC).toString();
      } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
        // not a time: the undated file, always read
      }
      if (oneLate && late == null && !drop.equals("undated")) {
        late = line;
        continue;
      }
      drops.computeIfAbsent(drop, d -> new ArrayList<>(List.of(lines.get(0)))).add(line);
    }
    String last = drops.keySet().stream().filter(d -> !d.equals("undated")).reduce((a, b) -> b).orElseThrow();
    if (late != null) {
      drops.get(last).add(late);
    }
    drops.computeIfAbsent("undated", d -> new ArrayList<>(List.of(lines.get(0))));
    Files.delete(export);
    for (Map.Entry<String, List<String>> d : drops.entrySet()) {
      Files.write(dataset.resolve(d.getKey() + ".csv"), d.getValue(), StandardCharsets.ISO_8859_1);
    }
    return (int) drops.keySet().stream().filter(d -> !d.equals("undated")).count();
  }
}
