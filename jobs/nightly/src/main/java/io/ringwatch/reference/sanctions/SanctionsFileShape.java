package io.ringwatch.reference.sanctions;

import io.ringwatch.run.RunFailure;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row shape one OFAC legacy file must have, counted while the file is read: every row of
 * {@code sdn.csv} (and further files in its layout) has 12 columns, {@code add.csv} 6,
 * {@code alt.csv} 5, {@code sdn_comments.csv} 2. A file without rows, or whose rows mostly do not
 * fit (a layout change upstream, a truncated or foreign file), stops the run with a one-line
 * reason naming the file: screening against the few rows that still parse would pass a damaged
 * list off as a clean night. A few malformed rows (at most {@code maxMalformedShare}) are
 * counted in the parse report and skipped.
 */
final class SanctionsFileShape {
  private final String file;
  private final int expectedColumns;
  private final Map<Integer, Long> malformedByWidth = new TreeMap<>();
  private long rows;
  private long malformed;

  SanctionsFileShape(String file, int expectedColumns) {
    this.file = file;
    this.expectedColumns = expectedColumns;
  }

  /** The shape of a file in the sdn layout ({@code sdn.csv} and the extra sdn files). */
  static SanctionsFileShape sdnLayout(String file) {
    return new SanctionsFileShape(file, 12);
  }

  /** The shape of {@code add.csv}, {@code alt.csv} or {@code sdn_comments.csv}. */
  static SanctionsFileShape of(String file) {
    return switch (file) {
      case "add.csv" -> new SanctionsFileShape(file, 6);
      case "alt.csv" -> new SanctionsFileShape(file, 5);
      case "sdn_comments.csv" -> new SanctionsFileShape(file, 2);
      default -> sdnLayout(file);
    };
  }

  /**
   * Counts one row; true when it has the expected columns and its required fields
   * ({@code requiredPresent}), false when it is malformed and must be skipped.
   */
  boolean accept(String[] row, boolean requiredPresent) {
    rows++;
    if (row.length == expectedColumns && requiredPresent) {
      return true;
    }
    malformed++;
    malformedByWidth.merge(row.length, 1L, Long::sum);
    return false;
  }

  /** Whether a row has the expected number of columns (its fields may then be read). */
  boolean fits(String[] row) {
    return row.length == expectedColumns;
  }

  long rows() {
    return rows;
  }

  long malformed() {
    return malformed;
  }

  /** Stops the run when the file had no rows or more than {@code maxMalformedShare} malformed. */
  void check(double maxMalformedShare) {
    if (rows == 0) {
      throw RunFailure.quality("sanctions file " + file + " holds no rows: a damaged or truncated download? "
          + "Replace it with OFAC's file before the next run");
    }
    if (malformed > maxMalformedShare * rows) {
      long wrongWidth = malformedByWidth.entrySet().stream().filter(e -> e.getKey() != expectedColumns)
          .mapToLong(Map.Entry::getValue).sum();
      String widths = malformedByWidth.entrySet().stream().filter(e -> e.getKey() != expectedColumns)
          .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed()).limit(3)
          .map(e -> e.getValue() + " with " + e.getKey() + " columns")
          .reduce((a, b) -> a + ", " + b).orElse("");
      String what = wrongWidth > 0 ? widths + ", expected " + expectedColumns
          : "required fields empty";
      throw RunFailure.quality(String.format(Locale.ROOT,
          "sanctions file %s: %d of %d rows malformed (%s), more than the %.1f%% allowed "
              + "(ringwatch.screen.reference-checks.max-malformed-share); has OFAC's layout changed or is "
              + "the file damaged? Stopping rather than screening against part of the list",
          file, malformed, rows, what, 100 * maxMalformedShare));
    }
  }
}
