package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.ingest.IngestSettings.DatasetSettings;
import io.ringwatch.pipeline.RunFailure;
import io.ringwatch.privacy.Masking;
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
 * <p>The result has every canonical column (null when the export lacks it), plus
 * {@code _record} (the raw row: the CSV line when it was malformed, else the exported fields as
 * JSON), {@code _malformed} (true when the CSV parser could not split the line) and {@code _row}
 * (the row's position, to keep the first of duplicate keys).
 */
public final class DatasetReader {
  static final String CORRUPT = "_corrupt_record";
  private static final char BOM = '\uFEFF';
  /** What the decoder puts where bytes are not valid in the file's encoding. */
  static final char UNDECODABLE = '\uFFFD';

  /** Canonical columns whose values are masked in rejected records, with their masking kind. */
  private static final Map<String, String> SENSITIVE = Map.of(
      "national_id", "national_id", "phone", "phone", "personal_email", "email",
      "bank_account_number", "bank_account", "iban", "bank_account", "wallet_address", "wallet",
      "payee_platform_account", "payout_account");
  private static final UserDefinedFunction MASK_FREE_TEXT =
      udf((String s) -> Masking.freeText(s), DataTypes.StringType).withName("mask_free_text");

  private DatasetReader() {}

  public static Dataset<Row> read(SparkSession spark, DatasetSpec spec, DatasetSettings settings,
      String location) {
    Dataset<Row> raw = switch (settings.format()) {
      case "csv" -> readCsv(spark, spec, settings, location);
      case "parquet" -> spark.read().parquet(location);
      case "delta" -> spark.read().format("delta").load(location);
      default -> throw new IllegalArgumentException(settings.format());
    };
    return toCanonical(spec, settings, raw, location);
  }

  private static Dataset<Row> readCsv(SparkSession spark, DatasetSpec spec, DatasetSettings settings,
      String location) {
    if (InputPaths.isEmpty(spark.sparkContext().hadoopConfiguration(), location)) {
      throw new RunFailure("dataset " + spec.name() + " is an empty file at " + location + " (not even a header row)");
    }
    Map<String, String> options = new LinkedHashMap<>(settings.csvOptions());
    options.put("header", "true");
    // The header decides the columns; an explicit all-text schema then keeps every value as it
    // was exported and lets the parser flag lines with the wrong number of fields.
    String[] header = spark.read().options(options).option("inferSchema", "false").csv(location).columns();
    if (header.length == 0) {
      throw new RunFailure("dataset " + spec.name() + " has no header row at " + location);
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
        .csv(location);
  }

  private static Dataset<Row> toCanonical(DatasetSpec spec, DatasetSettings settings, Dataset<Row> raw,
      String location) {
    List<String> exported = new ArrayList<>(Arrays.asList(raw.columns()));
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
      throw new RunFailure("dataset " + spec.name() + " at " + location + " lacks required column(s) "
          + String.join(", ", missingRequired) + "; it has " + String.join(", ", exported));
    }
    Column record = to_json(struct(exported.stream()
        .map(n -> maskedForRecord(col(quoted(n)).cast(DataTypes.StringType), canonicalByExported.get(n)).as(n))
        .toArray(Column[]::new)));
    if (csv) {
      out.add(org.apache.spark.sql.functions.coalesce(MASK_FREE_TEXT.apply(col(CORRUPT)), record).as("_record"));
      out.add(col(CORRUPT).isNotNull().as("_malformed"));
    } else {
      out.add(record.as("_record"));
      out.add(lit(false).as("_malformed"));
    }
    out.add(monotonically_increasing_id().as("_row"));
    return raw.select(out.toArray(new Column[0]));
  }

  /**
   * A rejected row is shown to whoever reads rejected_records, so its sensitive fields are masked
   * the way outputs mask them, keys and dates stay readable, and columns we do not know are
   * masked as free text (an unmapped "SSN" column must not leak).
   */
  private static Column maskedForRecord(Column value, String canonical) {
    if (canonical == null) {
      return MASK_FREE_TEXT.apply(value);
    }
    String kind = SENSITIVE.get(canonical);
    return kind == null ? value : Masking.forKind(lit(kind), value);
  }

  private static String stripBom(String name) {
    return !name.isEmpty() && name.charAt(0) == BOM ? name.substring(1) : name;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
