package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_extract;

import io.ringwatch.ingest.IngestSettings.DatasetSettings;
import io.ringwatch.privacy.RejectedRecordMasking;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rule 6 by rows for an id that came (jobs/docs/incremental-nightly.md, slice 4): a device
 * registered late, or a worker hired late in the HR export, turns a carried day's rejects naming
 * it into rows a full night accepts. Those rejects, and only they, are validated again from the
 * records the state keeps ({@code event_rejects.record}) instead of reading the day: a record is
 * the exported row as text, field by field (fields of event datasets are shown as exported), so
 * validating it gives what validating the row gives.
 *
 * <p>Their keys keep their ranks (the reference check comes after the rank): a row that was the
 * first of its key stays first, and a duplicate (its reason says so) stays a duplicate. A record
 * that is not the row (a line the parser could not split, bytes not valid in the file's encoding,
 * a field cut or masked for rejected_records) cannot be validated again: its day is read.
 */
final class RecheckedRejects {
  private static final StructType CAME = StructType.fromDDL("_came_day DATE, _column STRING, _id STRING, _dangling STRING");
  /** The reasons of rows whose record is not the row (DatasetValidator's rule reasons). */
  private static final List<String> NOT_THE_ROW = List.of("malformed CSV line", "bytes that are not valid");

  private RecheckedRejects() {}

  /** Changed ids by the day naming them, with how a reason names one while it is missing. */
  static Dataset<Row> named(SparkSession spark, Collection<ReferenceDrift.Change> changes) {
    List<Row> rows = changes.stream()
        .map(c -> RowFactory.create(Date.valueOf(c.day()), c.column(), c.id(), c.dangling())).toList();
    return spark.createDataFrame(rows, CAME);
  }

  /**
   * Of {@code refs} (event_day_refs rows), all but those of the changed ids ({@link #named}) on
   * their days: the rows naming them are validated again, and those outside the summaries name
   * them anew.
   */
  static Dataset<Row> refsOfOthers(Dataset<Row> refs, Dataset<Row> came) {
    return refs.join(org.apache.spark.sql.functions.broadcast(came), col("day").equalTo(col("_came_day"))
        .and(col("column").equalTo(col("_column"))).and(col("id").equalTo(col("_id"))), "left_anti");
  }

  /** Of {@code rejects} (event_rejects rows), those whose reason names an id of {@code came} ({@link #named}) on their day. */
  static Dataset<Row> naming(Dataset<Row> rejects, Dataset<Row> came) {
    return rejects.join(org.apache.spark.sql.functions.broadcast(came), condition(), "left_semi");
  }

  /** Of {@code rejects}, the others: kept as they are. */
  static Dataset<Row> notNaming(Dataset<Row> rejects, Dataset<Row> came) {
    return rejects.join(org.apache.spark.sql.functions.broadcast(came), condition(), "left_anti");
  }

  private static Column condition() {
    return col("day").equalTo(col("_came_day")).and(expr("instr(reason, _dangling) > 0"));
  }

  /** The days of {@code naming} (rejects of {@code spec}) holding a record that is not its row: read those days. */
  static Set<LocalDate> unreadableDays(DatasetSpec spec, DatasetSettings settings, Dataset<Row> naming) {
    Set<LocalDate> out = new TreeSet<>();
    parsed(spec, settings, naming).filter(col("_rereadable").unary_$bang()).select("day").distinct().collectAsList()
        .forEach(r -> out.add(r.getDate(0).toLocalDate()));
    return out;
  }

  /**
   * {@code naming} (rejects of {@code spec} whose records are their rows) validated again against
   * tonight's referenced datasets: the validator's rows, as ingest's checked rows of a read day
   * (without {@link DatasetValidator#RUN_DATE_BOUND}: a carried day has no such row).
   */
  static Dataset<Row> validated(DatasetSpec spec, DatasetSettings settings, Dataset<Row> naming,
      Map<String, Dataset<Row>> targets, LocalDate runDate, int lookbackDays) {
    Dataset<Row> text = parsed(spec, settings, naming);
    Column duplicate = col("reason").startsWith("duplicate " + spec.key() + " '");
    // A duplicate is ranked against its earlier row, which may not be among these: a key held on a
    // day before its own makes it one again, as the first row did the first time.
    Dataset<Row> duplicates = text.filter(duplicate);
    Dataset<Row> earlier = duplicates.select(regexp_extract(col("reason"), "^duplicate " + java.util.regex.Pattern.quote(
            spec.key()) + " '(.*)' \\(an earlier row has the same key\\)", 1).as("_carried_key"))
        .distinct().withColumn("_carried_day", lit(Date.valueOf(LocalDate.of(1, 1, 1))));
    Dataset<Row> firsts = DatasetValidator.validate(spec, settings, read(spec, text.filter(duplicate.unary_$bang())),
        targets, runDate, lookbackDays);
    Dataset<Row> again = DatasetValidator.validate(spec, settings, read(spec, duplicates), targets, runDate,
        lookbackDays, earlier);
    return firsts.unionByName(again).drop(DatasetValidator.RUN_DATE_BOUND);
  }

  /** Rejects as the reader's rows: the canonical columns from the record, the record kept as it was. */
  private static DatasetReader.Read read(DatasetSpec spec, Dataset<Row> parsed) {
    List<Column> out = new ArrayList<>();
    for (ColumnSpec c : spec.columns()) {
      out.add(col("_fields." + c.name()).as(c.name()));
    }
    // The reader's columns: the record stands for the raw line (the validator writes it as the
    // rejected record), so a row rejected again shows the record it showed.
    out.add(lit(null).cast("struct<_:string>").as("_raw"));
    out.add(col("record").as("_corrupt"));
    out.add(lit(false).as("_malformed"));
    out.add(lit(false).as("_undecodable"));
    out.add(col("day").as("_day"));
    out.add(monotonically_increasing_id().as("_row"));
    return new DatasetReader.Read(parsed.select(out.toArray(Column[]::new)), col("_corrupt"));
  }

  /**
   * {@code rejects} with {@code _fields} (the canonical columns read from the record as the reader
   * maps the export's columns: by configured name, case and spaces aside) and {@code _rereadable}.
   */
  private static Dataset<Row> parsed(DatasetSpec spec, DatasetSettings settings, Dataset<Row> rejects) {
    Dataset<Row> withMap = rejects.withColumn("_m", from_json(col("record"),
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType)));
    List<Column> fields = new ArrayList<>();
    Column rereadable = col("_m").isNotNull();
    for (String prefix : NOT_THE_ROW) {
      rereadable = rereadable.and(col("reason").startsWith(prefix).unary_$bang());
    }
    for (ColumnSpec c : spec.columns()) {
      String source = settings.columns().getOrDefault(c.name(), c.name()).trim().toLowerCase(java.util.Locale.ROOT);
      // The last field of that name, as the reader's lookup by lower-cased name keeps the last.
      Column value = expr("aggregate(map_entries(_m), cast(null as string), (acc, e) -> "
          + "if(lower(trim(e.key)) = '" + source.replace("\\", "\\\\").replace("'", "\\'") + "', e.value, acc))");
      fields.add(value.as(c.name()));
      Column whole = value.isNull().or(value.rlike("… \\[\\d+ characters\\]$").unary_$bang());
      rereadable = rereadable.and(RejectedRecordMasking.sensitive(c.name()) ? value.isNull() : whole);
    }
    return withMap.withColumn("_fields", org.apache.spark.sql.functions.struct(fields.toArray(Column[]::new)))
        .withColumn("_rereadable", rereadable).drop("_m");
  }
}
