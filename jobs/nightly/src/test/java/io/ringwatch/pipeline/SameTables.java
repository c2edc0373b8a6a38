package io.ringwatch.pipeline;

import io.ringwatch.publish.PublishedTables;
import io.ringwatch.tables.ComparableRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Two outputs' tables compared row for row as the golden test compares a night (ComparableRows:
 * run-specific columns left out), for the tests that require two ways of running a night to
 * publish the same tables.
 */
final class SameTables {
  private final SparkSession spark;
  private final Map<String, Set<String>> runSpecific;

  SameTables(SparkSession spark, Map<String, Set<String>> runSpecific) {
    this.spark = spark;
    this.runSpecific = runSpecific;
  }

  /** A table's committed rows without run-specific columns, as sorted strings. */
  List<String> rows(Path output, String table) {
    return ComparableRows.of(new PublishedTables(spark, output.toString()).committed(table), table, runSpecific)
        .collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** One line per table whose rows differ between {@code a} and {@code b} (named in the lines), with examples. */
  List<String> differences(List<String> tables, Path a, String aName, Path b, String bName) {
    List<String> problems = new ArrayList<>();
    for (String table : tables) {
      ComparableRows.difference(table, rows(a, table), aName, rows(b, table), bName).ifPresent(problems::add);
    }
    return problems;
  }
}
