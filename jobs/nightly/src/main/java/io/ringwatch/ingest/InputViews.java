package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.config.SettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * The input datasets as a night reads them, for an auditor who wants the raw rows behind a flag:
 * each becomes the temporary view {@code input_<dataset>} (input_payroll_payments, …) with the
 * contract's column names, read with the job's own dataset settings (format, location, column
 * mapping of conf/ingest.conf and the site conf), so a notebook works on CSV, Parquet, Delta and
 * mapped exports alike. Values are as exported (strings for CSV); nothing is validated or dropped.
 * Notebook 02 calls it from Python: {@code spark._jvm.io.ringwatch.ingest.InputViews.register(…)}.
 */
public final class InputViews {
  private InputViews() {}

  /**
   * Registers a view per input dataset of {@code inputRoot}; {@code siteConf} is the night's
   * --conf (empty or null: the defaults). Returns the views' names.
   */
  public static List<String> register(SparkSession spark, String inputRoot, String siteConf) {
    IngestSettings settings = IngestSettings.from(SettingsLoader.load(
        siteConf == null || siteConf.isBlank() ? null : Path.of(siteConf)));
    List<String> views = new ArrayList<>();
    for (DatasetSpec spec : Datasets.ALL) {
      String location = InputPaths.resolve(spark.sparkContext().hadoopConfiguration(), inputRoot,
          settings.dataset(spec.name()).path(), spec.name());
      String view = "input_" + spec.name();
      DatasetReader.read(spark, spec, settings.dataset(spec.name()), location).text()
          .select(spec.columnNames().stream().map(c -> col(c)).toArray(Column[]::new))
          .createOrReplaceTempView(view);
      views.add(view);
    }
    return views;
  }
}
