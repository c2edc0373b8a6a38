package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.ingest.IngestSettings.DatasetSettings;
import io.ringwatch.run.RunFailure;
import io.ringwatch.privacy.RejectedRecordMasking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one dataset as it was exported and maps its columns onto the canonical names, keeping
 * everything as text so that every value, whatever its format, is checked by the same rules.
 *
 * <p>The result's rows have every canonical column (null when the export lacks it), plus
 * {@code _raw} (the exported fields as text), {@code _corrupt} (the CSV line when the parser could
 * not split it), {@code _malformed} (true then), {@code _undecodable} (a value holds bytes not
 * valid in the file's encoding) and {@code _row} (the row's position, to keep the first of
 * duplicate keys) and {@code _day} (for a dataset exported a day at a time, the day of the entry
 * the row was read from: the unit an incremental night keeps or reads again; null otherwise).
 * {@link Read#record()} turns {@code _raw} and {@code _corrupt} into the masked
 * text shown in rejected_records: built only for rejected rows, since serialising every row of a
 * hundred million events to JSON, and carrying it through the checks, cost more than the checks.
 */
public final class DatasetReader {
  static final String CORRUPT = "_corrupt_record";
  private static final char BOM = '\uFEFF';
  /** What the decoder puts where bytes are not valid in the file's encoding. */
  static final char UNDECODABLE = '\uFFFD';

  /** A field of a rejected row as rejected_records shows it: by its canonical column (null: unknown). */
  private static final UserDefinedFunction MASK_FIELD = udf(
      (String column, String value) -> RejectedRecordMasking.field(column, value), DataTypes.StringType)
      .withName("mask_record_field");

  private DatasetReader() {}

  /** A dataset as exported, and the expression of a row's masked record over its {@code _raw}/{@code _corrupt}. */
  public record Read(Dataset<Row> text, Column record) {}

  public static Read read(SparkSession spark, DatasetSpec spec, DatasetSettings settings,
      String location) {
    return read(spark, spec, settings, location, java.util.Optional.empty());
  }

  /** As above, reading only the {@code days} chosen of a dataset exported a day at a time (none: all of it). */
  static Read read(SparkSession spark, DatasetSpec spec, DatasetSettings settings, String location,
      java.util.Optional<EventDays.Selection> days) {
    String[] paths = days.map(d -> d.paths().toArray(String[]::new)).orElse(new String[] {location});
    Map<String, String> base = new LinkedHashMap<>();
    days.map(EventDays.Selection::basePath).ifPresent(b -> base.put("basePath", b));
    Dataset<Row> raw = switch (settings.format()) {
      case "csv" -> readCsv(spark, spec, settings, location, paths, base);
      case "parquet" -> spark.read().options(base).parquet(paths);
      case "delta" -> spark.read().format("delta").load(location);
      default -> throw new IllegalArgumentException(settings.format());
    };
    return toCanonical(spec, settings, raw, location, days.isPresent());
  }

  private static Dataset<Row> readCsv(SparkSession spark, DatasetSpec spec, DatasetSettings settings,
      String location, String[] paths, Map<String, String> base) {
    if (InputPaths.isEmpty(spark.sparkContext().hadoopConfiguration(), location)) {
      throw RunFailure.input("dataset " + spec.name() + " is an empty file at " + location + " (not even a header row)");
    }
    Map<String, String> options = new LinkedHashMap<>(settings.csvOptions());
    options.putAll(base);
    options.put("header", "true");
    // The header decides the columns; an explicit all-text schema then keeps every value as it
    // was exported and lets the parser flag lines with the wrong number of fields.
    String[] header = spark.read().options(options).option("inferSchema", "false").csv(paths).columns();
    if (header.length == 0) {
      throw RunFailure.input("dataset " + spec.name() + " has no header row at " + location);
    }
    List<StructField> fields = new ArrayList<>();
    for (String name : header) {
      fields.add(DataTypes.createStructField(stripBom(name), DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    return spark.read().options(options)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .option("enforceSchema", "true")
        .schema(new StructType(fields.toArray(new StructField[0])))
        .csv(paths);
  }

  private static Read toCanonical(DatasetSpec spec, DatasetSettings settings, Dataset<Row> exportedRows,
      String location, boolean byDay) {
    List<String> exported = new ArrayList<>(Arrays.asList(exportedRows.columns()));
    boolean csv = exported.remove(CORRUPT);
    Map<String, String> byLowerName = new LinkedHashMap<>();
    for (String name : exported) {
      byLowerName.put(name.trim().toLowerCase(), name);
    }
    List<Column> out = new ArrayList<>();
    List<String> missingRequired = new ArrayList<>();
    Map<String, String> canonicalByExported = new LinkedHashMap<>();
    for (ColumnSpec column : spec.columns()) {
      String source = settings.columns().getOrDefault(column.name(), column.name());
      String actual = byLowerName.get(source.trim().toLowerCase());
      if (actual == null) {
        if (column.required()) {
          missingRequired.add(column.name() + (source.equals(column.name()) ? "" : " (mapped from '" + source + "')"));
        }
        out.add(lit(null).cast(DataTypes.StringType).as(column.name()));
      } else {
        out.add(col(quoted(actual)).cast(DataTypes.StringType).as(column.name()));
        canonicalByExported.put(actual, column.name());
      }
    }
    if (!missingRequired.isEmpty()) {
      throw RunFailure.input("dataset " + spec.name() + " at " + location + " lacks required column(s) "
          + String.join(", ", missingRequired) + "; it has " + String.join(", ", exported));
    }
    Column raw = col("_raw");
    // Keys first and whole, so an auditor finds the row even when a long line is cut.
    Column record = to_json(struct(exported.stream()
        .map(n -> MASK_FIELD.apply(lit(canonicalByExported.get(n)).cast(DataTypes.StringType), raw.getField(n)).as(n))
        .toArray(Column[]::new)));
    out.add(struct(exported.stream().map(n -> col(quoted(n)).cast(DataTypes.StringType).as(n))
        .toArray(Column[]::new)).as("_raw"));
    String undecodable = String.valueOf(UNDECODABLE);
    Column anyUndecodable = lit(false);
    for (String n : exported) {
      anyUndecodable = anyUndecodable.or(coalesce(col(quoted(n)).cast(DataTypes.StringType).contains(undecodable),
          lit(false)));
    }
    if (csv) {
      record = coalesce(maskLine(exported, canonicalByExported, spec.key(), settings).apply(col("_corrupt")), record);
      out.add(col(CORRUPT).as("_corrupt"));
      out.add(col(CORRUPT).isNotNull().as("_malformed"));
      anyUndecodable = anyUndecodable.or(coalesce(col(CORRUPT).contains(undecodable), lit(false)));
    } else {
      out.add(lit(null).cast(DataTypes.StringType).as("_corrupt"));
      out.add(lit(false).as("_malformed"));
    }
    out.add(anyUndecodable.as("_undecodable"));
    out.add((byDay ? inputDay(location).apply(input_file_name()) : lit(null).cast(DataTypes.DateType)).as("_day"));
    out.add(monotonically_increasing_id().as("_row"));
    return new Read(exportedRows.select(out.toArray(new Column[0])), record);
  }

  /** The day of the dated entry each row's file lies under (EventDays#dayOfFile; one answer per file and task). */
  private static UserDefinedFunction inputDay(String location) {
    // Qualified first: Spark names the files it reads by absolute URIs, and a location given by a
    // relative path (--input data/drops) would match none of them.
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
    try {
      path = path.getFileSystem(org.apache.spark.sql.SparkSession.active().sparkContext().hadoopConfiguration())
          .makeQualified(path);
    } catch (java.io.IOException e) {
      throw io.ringwatch.run.RunFailure.input("cannot read " + location + ": " + e.getMessage(), e);
    }
    String root = path.toUri().getPath();
    return udf(io.ringwatch.spark.PerTaskMemo.of((org.apache.spark.sql.api.java.UDF1<String, java.sql.Date>) f -> {
      java.time.LocalDate d = EventDays.dayOfFile(root, f);
      return d == null ? null : java.sql.Date.valueOf(d);
    }), DataTypes.DateType).withName("input_day");
  }

  /**
   * A line the parser could not read, masked field by field by the header's columns
   * ({@link RejectedRecordMasking#line}) and cut to the dataset's rejected-record-max-chars.
   */
  private static UserDefinedFunction maskLine(List<String> exported, Map<String, String> canonicalByExported,
      String key, DatasetSettings settings) {
    List<String> columns = new ArrayList<>();
    for (String n : exported) {
      columns.add(canonicalByExported.get(n));
    }
    ArrayList<String> byPosition = new ArrayList<>(columns); // serializable, nulls allowed
    char delimiter = settings.csvOptions().getOrDefault("sep", ",").charAt(0);
    String q = settings.csvOptions().getOrDefault("quote", "\"");
    char quote = q.isEmpty() ? '\0' : q.charAt(0);
    int maxChars = settings.recordChars();
    return udf((String line) -> RejectedRecordMasking.line(line, byPosition, key, delimiter, quote, maxChars),
        DataTypes.StringType).withName("mask_rejected_line");
  }

  private static String stripBom(String name) {
    return !name.isEmpty() && name.charAt(0) == BOM ? name.substring(1) : name;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
