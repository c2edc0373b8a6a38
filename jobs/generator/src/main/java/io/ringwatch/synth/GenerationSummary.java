package io.ringwatch.synth;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one generation wrote.
 *
 * @param outDir the company's root folder
 * @param rows data rows written per dataset (header excluded, broken rows included), in
 *     writing order
 * @param fraudWorkers workers planted as fraudulent
 * @param rings planted rings
 * @param brokenRows rows listed in {@code truth/broken_rows.csv}
 */
public record GenerationSummary(Path outDir, Map<String, Long> rows, int fraudWorkers, int rings,
    long brokenRows) {

  public GenerationSummary {
    rows = Map.copyOf(rows);
  }

  /** One line for a terminal. */
  public String oneLine(Iterable<String> order) {
    StringBuilder sb = new StringBuilder();
    for (String d : order) {
      Long n = rows.get(d);
      if (n != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(d).append('=').append(n);
      }
    }
    return "generated " + rows.getOrDefault(Datasets.HR_WORKERS, 0L) + " hr rows, " + fraudWorkers
        + " fraudulent workers in " + rings + " rings, " + brokenRows + " broken rows: " + sb
        + " -> " + outDir;
  }

  @Override
  public String toString() {
    return rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }
}
