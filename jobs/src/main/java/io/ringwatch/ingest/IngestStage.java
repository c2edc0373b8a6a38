package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.pipeline.RunFailure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads every dataset of the input contract, applies its rules, and splits it
 * into accepted rows and {@code rejected_records}. The run stops with a one-line reason when a
 * dataset is missing or unreadable, or when its share of rejected rows passes the configured limit.
 */
public final class IngestStage {
  private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

  private IngestStage() {}

  public static IngestedInputs run(SparkSession spark, IngestSettings settings, String inputRoot,
      LocalDate runDate) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, String> locations = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      locations.put(spec.name(), InputPaths.resolve(hadoop, inputRoot, settings.dataset(spec.name()).path(), spec.name()));
    }
    String sanctions = InputPaths.resolve(hadoop, inputRoot, settings.sanctionsPath(), Datasets.SANCTIONS);

    Map<String, Dataset<Row>> accepted = new LinkedHashMap<>();
    List<Dataset<Row>> rejected = new ArrayList<>();
    List<DatasetCounts> counts = new ArrayList<>();
    for (DatasetSpec spec : Datasets.ALL) {
      long started = System.nanoTime();
      Dataset<Row> checked;
      Row c;
      // Reading is lazy: a file cut off in transfer fails only when the rows are counted, so both
      // steps name the dataset when they fail.
      try {
        Dataset<Row> text = DatasetReader.read(spark, spec, settings.dataset(spec.name()), locations.get(spec.name()));
        checked = DatasetValidator.validate(spec, settings.dataset(spec.name()), text, accepted, runDate,
            settings.lookbackDays()).persist(StorageLevel.MEMORY_AND_DISK());
        c = checked.agg(count(lit(1)), sum(when(col(DatasetValidator.REASON).isNotNull(), 1).otherwise(0)),
            sum(when(col(DatasetValidator.IN_WINDOW), 1).otherwise(0))).first();
      } catch (RunFailure e) {
        throw e;
      } catch (Exception e) { // SparkException is checked in Java's eyes, though Scala throws it freely
        throw new RunFailure("dataset " + spec.name() + " is unreadable at " + locations.get(spec.name())
            + ": " + rootMessage(e), e);
      }
      long read = c.getLong(0);
      long bad = c.isNullAt(1) ? 0 : c.getLong(1);
      long inWindow = c.isNullAt(2) ? 0 : c.getLong(2);
      DatasetCounts dc = new DatasetCounts(spec.name(), read, read - bad, bad, inWindow);
      counts.add(dc);
      LOG.info("ingest {}: read {}, accepted {}, rejected {}{} ({} ms)", spec.name(), read, read - bad, bad,
          spec.eventTime().isPresent() ? ", in window " + inWindow : "", (System.nanoTime() - started) / 1_000_000);
      if (dc.rejectShare() > settings.maxRejectShare()) {
        throw new RunFailure(String.format(Locale.ROOT,
            "dataset %s: %d of %d rows rejected (%.1f%%), above the limit of %.1f%% (ringwatch.ingest.max-reject-share); "
                + "first reason: %s", spec.name(), bad, read, 100 * dc.rejectShare(), 100 * settings.maxRejectShare(),
            firstReason(checked)));
      }
      if (spec.name().equals(Datasets.HR_WORKERS) && read - bad == 0) {
        throw new RunFailure("dataset hr_workers has no accepted rows at " + locations.get(spec.name()));
      }
      accepted.put(spec.name(), checked.filter(col(DatasetValidator.IN_WINDOW))
          .select(spec.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new)));
      rejected.add(checked.filter(col(DatasetValidator.REASON).isNotNull())
          .select(lit(spec.name()).as("dataset"), col("_record").as("record"),
              col(DatasetValidator.REASON).as("reason")));
    }
    Dataset<Row> allRejected = rejected.get(0);
    for (int i = 1; i < rejected.size(); i++) {
      allRejected = allRejected.unionByName(rejected.get(i));
    }
    return new IngestedInputs(accepted, allRejected, counts, sanctions);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    return m.replaceAll("\\s+", " ");
  }

  private static String firstReason(Dataset<Row> checked) {
    Row r = checked.filter(col(DatasetValidator.REASON).isNotNull()).select(DatasetValidator.REASON).first();
    return r == null ? "" : r.getString(0);
  }
}
