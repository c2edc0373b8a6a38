package io.ringwatch.lab.bench;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.xxhash64;

import io.ringwatch.ingest.DatasetSpec;
import io.ringwatch.ingest.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The floor a nightly run is measured against: Spark reads every input dataset (the five of
 * inputs.md; the sanctions files are small and fixed) and every column of every row once (the
 * largest 64-bit hash over all columns, and the row count), with nothing else: CSV read as text
 * with its header, Parquet as it is typed.
 */
public final class BareScan {
  private BareScan() {}

  /** What the scan read: rows, and wall time. */
  public record Result(long rows, long nanos) {}

  public static Result run(SparkSession spark, String input, String format) {
    List<String> paths = new ArrayList<>();
    for (DatasetSpec spec : Datasets.ALL) {
      paths.add(Path.of(input).resolve(spec.name()).toString());
    }
    return scan(spark, paths, format);
  }

  /**
   * The floor of an incremental night: one day's new data, the drop named {@code <day>.csv} of
   * each event dataset laid out in daily drops (as {@code CompanyAsOf} cuts them). Datasets
   * without that drop are left out.
   */
  public static Result day(SparkSession spark, String input, LocalDate day) {
    List<String> paths = new ArrayList<>();
    for (DatasetSpec spec : Datasets.ALL) {
      Path drop = Path.of(input).resolve(spec.name()).resolve(day + ".csv");
      if (spec.eventTime().isPresent() && Files.isRegularFile(drop)) {
        paths.add(drop.toString());
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no event drop of " + day + " under " + input);
    }
    return scan(spark, paths, "csv");
  }

  private static Result scan(SparkSession spark, List<String> paths, String format) {
    long started = System.nanoTime();
    long rows = 0;
    for (String path : paths) {
      Dataset<Row> df = format.equals("parquet") ? spark.read().parquet(path)
          : spark.read().option("header", "true").csv(path);
      Column[] all = Arrays.stream(df.columns()).map(df::col).toArray(Column[]::new);
      Row r = df.agg(count(lit(1)), max(xxhash64(all))).first();
      rows += r.getLong(0);
    }
    return new Result(rows, System.nanoTime() - started);
  }
}
