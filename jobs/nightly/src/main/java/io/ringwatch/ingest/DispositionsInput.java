package io.ringwatch.ingest;

import static io.ringwatch.ingest.ColumnSpec.oneOf;
import static io.ringwatch.ingest.ColumnSpec.optional;
import static io.ringwatch.ingest.ColumnSpec.required;
import static io.ringwatch.ingest.ColumnSpec.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.config.Settings;
import io.ringwatch.ingest.IngestSettings.DatasetSettings;
import io.ringwatch.run.RunFailure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auditors' dispositions: an optional input of past decisions on workers and clusters
 * (written by notebooks/databricks/04_record_dispositions.sql), read and checked like the other
 * inputs. When it is absent the run goes on without decisions; rows that break a rule (an unknown
 * decision or subject type, a missing id, an unreadable time) go to {@code rejected_records} with
 * their reason, and never stop the run: a decision that cannot be applied leaves the flag standing.
 *
 * <p>Every decision is a row of its own (nothing is updated in place), so there is no unique key;
 * which decision of a subject counts is decided later (the latest, by {@code decided_at}).
 */
public final class DispositionsInput {
  private static final Logger LOG = LoggerFactory.getLogger(DispositionsInput.class);

  public static final String NAME = "dispositions";

  /** The schema of the Delta table the notebook writes (signal ids as text in CSV: "a;b" or "[a, b]"). */
  public static final DatasetSpec SPEC = new DatasetSpec(NAME, List.of(
      oneOf("subject_type", true, "worker", "cluster"),
      required("subject_id", ColumnType.STRING),
      oneOf("decision", true, "confirmed", "false_positive"),
      required("decided_by", ColumnType.STRING).maxLength(254),
      required("decided_at", ColumnType.TIMESTAMP),
      text("reason").maxLength(4000),
      optional("run_date", ColumnType.DATE),
      text("signals_at_decision").maxLength(4000)),
      // No key: each decision is a row. The validator's duplicate rule then sees every row as unique.
      "_row", List.of(), Optional.empty());

  /** The accepted decisions as handed to scoring. */
  public static final StructType ACCEPTED = new StructType()
      .add("subject_type", DataTypes.StringType).add("subject_id", DataTypes.StringType)
      .add("decision", DataTypes.StringType).add("decided_by", DataTypes.StringType)
      .add("decided_at", DataTypes.TimestampType).add("reason", DataTypes.StringType)
      .add("run_date", DataTypes.DateType)
      .add("signals_at_decision", DataTypes.createArrayType(DataTypes.StringType));

  /**
   * Where the decisions are and how to read them; {@code explicitPath} when the setting names a
   * place other than the default {@code <input>/dispositions}, {@code explicitFormat} when it names a format.
   */
  public record Config(DatasetSettings dataset, boolean explicitPath, boolean explicitFormat) {}

  /**
   * What was read: the accepted decisions ({@link #ACCEPTED}), the rejected rows ({@code dataset},
   * {@code record}, {@code reason}), the counts, and where they were read from (null when absent).
   */
  public record Read(Dataset<Row> accepted, Dataset<Row> rejected, DatasetCounts counts, String location) {
    public boolean present() {
      return location != null;
    }
  }

  private DispositionsInput() {}

  /** Validated with the other settings, before any Spark work. */
  public static Config settings(Settings settings) {
    var block = settings.reader("ringwatch.ingest").block("datasets." + NAME);
    DatasetSettings dataset = IngestSettings.optionalDataset(settings, SPEC);
    return new Config(dataset, !dataset.path().equals(NAME), block.has("format") && !block.string("format").isBlank());
  }

  public static Read read(SparkSession spark, Config config, String inputRoot, LocalDate runDate) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    String location;
    try {
      location = InputPaths.resolve(hadoop, inputRoot, config.dataset().path(), NAME);
    } catch (RunFailure missing) {
      if (config.explicitPath()) {
        LOG.warn("ingest {}: none applied, {} (ringwatch.ingest.datasets.dispositions.path)", NAME, missing.getMessage());
      } else {
        LOG.info("ingest {}: none ({})", NAME, missing.getMessage());
      }
      return none(spark);
    }
    DatasetSettings dataset = config.dataset();
    if (!config.explicitFormat() && io.delta.tables.DeltaTable.isDeltaTable(spark, location)) {
      // The notebook keeps the decisions in a Delta table; read it so without a setting.
      dataset = dataset.withFormat("delta");
    }
    Dataset<Row> checked;
    Row c;
    try {
      DatasetReader.Read text = DatasetReader.read(spark, SPEC, dataset, location);
      // Kept: counted, then read for the accepted and for the rejected rows (a few hundred decisions).
      checked = DatasetValidator.validate(SPEC, dataset, text, java.util.Map.of(), runDate, 0)
          .persist(StorageLevel.MEMORY_AND_DISK());
      c = checked.agg(count(lit(1)), sum(when(col(DatasetValidator.REASON).isNotNull(), 1).otherwise(0))).first();
    } catch (RunFailure e) {
      throw e;
    } catch (Exception e) {
      throw RunFailure.input("dataset " + NAME + " is unreadable at " + location + ": " + e.getMessage(), e);
    }
    long read = c.getLong(0);
    long bad = c.isNullAt(1) ? 0 : c.getLong(1);
    DatasetCounts counts = new DatasetCounts(NAME, read, read - bad, bad, read - bad);
    if (bad > 0) {
      LOG.warn("ingest {}: read {}, accepted {}, rejected {} (see rejected_records; their flags stand)", NAME, read,
          read - bad, bad);
    } else {
      LOG.info("ingest {}: read {}, accepted {}, rejected 0 from {}", NAME, read, read, location);
    }
    Dataset<Row> accepted = checked.filter(col(DatasetValidator.REASON).isNull()).select(
        col("subject_type"), col("subject_id"), col("decision"), col("decided_by"), col("decided_at"), col("reason"),
        col("run_date"), signalIds(col("signals_at_decision")).as("signals_at_decision"));
    Dataset<Row> rejected = checked.filter(col(DatasetValidator.REASON).isNotNull())
        .select(lit(NAME).as("dataset"), col("_record").as("record"), col(DatasetValidator.REASON).as("reason"));
    return new Read(accepted, rejected, counts, location);
  }

  /** No decisions: the input is absent. */
  public static Read none(SparkSession spark) {
    Dataset<Row> empty = spark.createDataFrame(List.of(), ACCEPTED);
    Dataset<Row> noRejects = spark.createDataFrame(List.of(), new StructType().add("dataset", DataTypes.StringType)
        .add("record", DataTypes.StringType).add("reason", DataTypes.StringType));
    return new Read(empty, noRejects, new DatasetCounts(NAME, 0, 0, 0, 0), null);
  }

  /**
   * The signal ids of the text of {@code signals_at_decision}: an array read from Delta or Parquet
   * arrives as "[a, b]", a CSV export may write "a;b", "a, b" or a JSON array. Sorted, distinct.
   */
  static Column signalIds(Column text) {
    Column parts = split(regexp_replace(coalesce(text, lit("")), "[\\[\\]\"]", ""), "[,;|\\s]+");
    return array_sort(array_distinct(filter(parts, x -> x.notEqual(""))));
  }
}
