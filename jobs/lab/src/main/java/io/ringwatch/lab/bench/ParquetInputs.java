package io.ringwatch.lab.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import io.ringwatch.ingest.ColumnSpec;
import io.ringwatch.ingest.DatasetSpec;
import io.ringwatch.ingest.Datasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A generated company converted to Parquet in the input layout (inputs.md), as a warehouse
 * export writes it: one folder per dataset, dates, timestamps and amounts typed, identifiers and
 * everything else text; the OFAC files copied as they are. A value the CSV held broken (an
 * unparseable date or amount) becomes null, so ingest rejects its row for a missing required
 * value (or accepts it without the optional value) instead of for the unparseable text.
 */
public final class ParquetInputs {
  /** Written last: its presence means the conversion finished. */
  public static final String DONE = "_BENCH_CONVERTED";

  private ParquetInputs() {}

  public static boolean done(Path dir) {
    return Files.exists(dir.resolve(DONE));
  }

  public static void convert(SparkSession spark, Path csvRoot, Path parquetRoot) {
    for (DatasetSpec spec : Datasets.ALL) {
      Dataset<Row> typed = spark.read().option("header", "true").csv(csvRoot.resolve(spec.name()).toString());
      List<String> present = List.of(typed.columns());
      for (ColumnSpec c : spec.columns()) {
        if (!present.contains(c.name())) {
          continue;
        }
        switch (c.type()) {
          case DATE -> typed = typed.withColumn(c.name(), col(c.name()).cast("date"));
          case TIMESTAMP -> typed = typed.withColumn(c.name(), col(c.name()).cast("timestamp"));
          case DECIMAL -> typed = typed.withColumn(c.name(),
              regexp_replace(col(c.name()), ",", "").cast("decimal(12,2)"));
          default -> { }
        }
      }
      typed.write().mode(SaveMode.Overwrite).parquet(parquetRoot.resolve(spec.name()).toString());
    }
    Bench.copyTree(csvRoot.resolve(Datasets.SANCTIONS), parquetRoot.resolve(Datasets.SANCTIONS));
    try {
      Files.writeString(parquetRoot.resolve(DONE), "converted from " + csvRoot + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
