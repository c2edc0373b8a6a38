package io.ringwatch.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_entries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

/**
 * Published rows made comparable by value across runs: the golden night, the cluster against a
 * local run, an incremental night against a full one (the lab's night series).
 */
public final class ComparableRows {
  private ComparableRows() {}

  /**
   * {@code rows} of {@code table} without the columns {@code runSpecific} names for every table
   * ("*") and for this one; maps, whose order of entries is not part of their value, become
   * arrays of entries sorted by key.
   */
  public static Dataset<Row> of(Dataset<Row> rows, String table, Map<String, Set<String>> runSpecific) {
    Dataset<Row> df = rows;
    for (String c : runSpecific.getOrDefault("*", Set.of())) {
      df = df.drop(c);
    }
    for (String c : runSpecific.getOrDefault(table, Set.of())) {
      df = df.drop(c);
    }
    for (StructField f : df.schema().fields()) {
      if (f.dataType() instanceof BinaryType) {
        throw new IllegalArgumentException(table + "." + f.name() + ": binary values do not compare by value");
      }
      if (f.dataType() instanceof MapType) {
        df = df.withColumn(f.name(), array_sort(map_entries(col(f.name()))));
      }
    }
    return df;
  }

  /**
   * How two runs' rows of {@code table} (as sorted strings) differ, with two examples each way;
   * empty when they are the same.
   */
  public static Optional<String> difference(String table, List<String> first, String firstName,
      List<String> second, String secondName) {
    if (first.equals(second)) {
      return Optional.empty();
    }
    List<String> onlyFirst = new ArrayList<>(first);
    onlyFirst.removeAll(second);
    List<String> onlySecond = new ArrayList<>(second);
    onlySecond.removeAll(first);
    return Optional.of(table + ": " + first.size() + " rows from " + firstName + ", " + second.size()
        + " from " + secondName + "; only in the first " + onlyFirst.stream().limit(2).toList()
        + ", only in the second " + onlySecond.stream().limit(2).toList());
  }
}
