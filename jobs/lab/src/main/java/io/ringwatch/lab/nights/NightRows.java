package io.ringwatch.lab.nights;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.publish.PublishedTables;
import io.ringwatch.tables.ComparableRows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One night's committed rows of two outputs compared by value (ComparableRows: the columns that
 * differ between two runs by design left out), as the golden test compares a night.
 */
public final class NightRows {
  /** The run, its times and folders, and the kind of night differ by design. */
  static final Map<String, Set<String>> RUN_SPECIFIC = Map.of(
      "*", Set.of("run_id"),
      "run_audit", Set.of("started_at", "finished_at", "stages", "output", "input", "night_kind", "night_reason"));

  private final SparkSession spark;
  private final LocalDate date;

  public NightRows(SparkSession spark, LocalDate date) {
    this.spark = spark;
    this.date = date;
  }

  /** The night's committed rows of a table, as sorted strings. */
  List<String> rows(Path output, String table) {
    return frame(output, table).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private Dataset<Row> frame(Path output, String table) {
    return ComparableRows.of(new PublishedTables(spark, output.toString()).committed(table)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(date))), table, RUN_SPECIFIC);
  }

  /**
   * One line per table whose night differs, with the count of rows only in each (as multisets),
   * computed by Spark: for nights too large to collect (the bench's, up to 1M workers).
   */
  public List<String> counted(List<String> tables, Path a, String aName, Path b, String bName) {
    List<String> problems = new ArrayList<>();
    for (String table : tables) {
      Dataset<Row> first = frame(a, table);
      Dataset<Row> second = frame(b, table);
      long onlyFirst = first.exceptAll(second).count();
      long onlySecond = second.exceptAll(first).count();
      if (onlyFirst + onlySecond > 0) {
        problems.add(table + ": " + onlyFirst + " row(s) only in " + aName + ", " + onlySecond + " only in " + bName);
      }
    }
    return problems;
  }

  /** One line per table whose night differs between {@code a} and {@code b}, with two examples each way. */
  List<String> differences(List<String> tables, Path a, String aName, Path b, String bName) {
    List<String> problems = new ArrayList<>();
    for (String table : tables) {
      ComparableRows.difference(table, rows(a, table), aName, rows(b, table), bName).ifPresent(problems::add);
    }
    return problems;
  }
}
