package io.ringwatch.frames;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns a frame handed between stages must have, with their Spark types: the ones later
 * stages read, typed as the producing stage makes them. Extra columns are allowed, and so is a
 * column's nullability (it says nothing about what a stage reads). A check looks at the frame's
 * schema only (no Spark job), so every boundary can afford one; it fails naming the frame, what
 * is missing or mistyped, and the columns the frame has.
 */
public final class FrameSchema {
  private final String frame;
  private final StructType columns;

  private FrameSchema(String frame, StructType columns) {
    this.frame = frame;
    this.columns = columns;
  }

  /** A frame's required columns in Spark's DDL, e.g. {@code "worker_id STRING, weight DOUBLE"}. */
  public static FrameSchema of(String frame, String ddl) {
    return new FrameSchema(frame, StructType.fromDDL(ddl));
  }

  public static FrameSchema of(String frame, StructType columns) {
    return new FrameSchema(frame, columns);
  }

  /** The same columns under another frame name. */
  public FrameSchema named(String name) {
    return new FrameSchema(name, columns);
  }

  public String frame() {
    return frame;
  }

  public StructType columns() {
    return columns;
  }

  /** {@code df}, after checking its schema (metadata only: no Spark job runs). */
  public Dataset<Row> check(Dataset<Row> df) {
    check(df.schema());
    return df;
  }

  /**
   * {@code df}'s columns of this schema alone, in its order, checked: a table read back with
   * columns of its own besides (a state table's run_date and run_id) as the frame it was written from.
   */
  public Dataset<Row> select(Dataset<Row> df) {
    return check(df.select(java.util.Arrays.stream(columns.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new)));
  }

  /**
   * {@code df} with each of these columns it lacks added as a typed null: for frames made without
   * the producing stage (unit tests, the graph benchmark), never inside the nightly.
   */
  public Dataset<Row> withAbsentAsNull(Dataset<Row> df) {
    Dataset<Row> out = df;
    for (StructField f : columns.fields()) {
      if (field(out.schema(), f.name()) == null) {
        out = out.withColumn(f.name(), org.apache.spark.sql.functions.lit(null).cast(f.dataType()));
      }
    }
    return out;
  }

  /** A frame of these columns and no rows (a table a night writes even when it has nothing for it). */
  public Dataset<Row> empty(org.apache.spark.sql.SparkSession spark) {
    return spark.createDataFrame(java.util.List.of(), columns);
  }

  /** Throws an {@link IllegalStateException} naming every missing or mistyped column. */
  public void check(StructType actual) {
    List<String> problems = new ArrayList<>();
    for (StructField want : columns.fields()) {
      StructField have = field(actual, want.name());
      if (have == null) {
        problems.add("no column " + want.name() + " (" + type(want) + ")");
      } else if (!type(have).equals(type(want))) {
        problems.add("column " + want.name() + " is " + type(have) + ", not " + type(want));
      }
    }
    if (!problems.isEmpty()) {
      List<String> has = new ArrayList<>();
      for (StructField f : actual.fields()) {
        has.add(f.name() + " " + type(f));
      }
      throw new IllegalStateException("frame " + frame + ": " + String.join("; ", problems)
          + " (it has " + (has.isEmpty() ? "no columns" : String.join(", ", has)) + ")");
    }
  }

  private static StructField field(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The type as Spark's SQL names it: nullability of nested fields and array elements left out. */
  private static String type(StructField f) {
    return f.dataType().catalogString();
  }

  @Override
  public String toString() {
    return frame + " " + columns.catalogString();
  }
}
