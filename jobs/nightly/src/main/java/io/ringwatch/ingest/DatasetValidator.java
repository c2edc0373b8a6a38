package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.ingest.IngestSettings.DatasetSettings;
import io.ringwatch.privacy.RejectedRecordMasking;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Applies a dataset's rules to the text read by {@link DatasetReader}: parses types, checks
 * required and allowed values, unique keys and references to other datasets, and marks the rows
 * inside the look-back window. Every row stays; a row that breaks a rule carries {@code _reason}
 * (all its problems, separated by "; "), so nothing is dropped silently.
 */
public final class DatasetValidator {
  public static final String REASON = "_reason";
  public static final String IN_WINDOW = "_in_window";
  /**
   * True for an event whose fate depends on the run date, not on its row alone: a time at or after
   * the window's end (outside tonight's window, inside a later night's), or one outside the
   * plausible range (whose reason names a limit computed from the run date). A day holding one
   * cannot be carried to a later night from its state (jobs/docs/incremental-nightly.md).
   */
  public static final String RUN_DATE_BOUND = "_run_date_bound";
  /**
   * True for a row that passed its own rules (a duplicate key or a dangling reference aside): the
   * rows whose keys rank, so the keys a later night must rank a read day's rows against.
   */
  public static final String RULE_VALID = "_rule_valid";

  private static final UserDefinedFunction MASK_FIELD = udf(
      (String column, String value) -> RejectedRecordMasking.field(column, value), DataTypes.StringType)
      .withName("mask_reason_value");

  private DatasetValidator() {}

  /**
   * @param acceptedKeys for each referenced dataset, its accepted rows (with the key column)
   */
  public static Dataset<Row> validate(DatasetSpec spec, DatasetSettings settings, DatasetReader.Read read,
      Map<String, Dataset<Row>> acceptedKeys, LocalDate runDate, int lookbackDays) {
    return validate(spec, settings, read, acceptedKeys, runDate, lookbackDays, null);
  }

  /**
   * @param carriedKeys of an incremental night, the keys of the rule-valid rows of the days it
   *     carries from the state ({@code _carried_key}, with the earliest such day, {@code _carried_day}):
   *     a read row whose key a carried earlier day holds is a duplicate, as in a full night, where
   *     that day's row ranks first. Null for a full night.
   */
  public static Dataset<Row> validate(DatasetSpec spec, DatasetSettings settings, DatasetReader.Read read,
      Map<String, Dataset<Row>> acceptedKeys, LocalDate runDate, int lookbackDays, Dataset<Row> carriedKeys) {
    // First, per column, the value trimmed (null when blank, too long or holding NUL bytes: no
    // parser and no later stage, screening included, sees such a value), its length when too long
    // and whether it holds NUL. A projection of its own: with the checks below in one, the
    // generated code of a 23-column export passed the JVM's 64 KB per method and Spark fell back
    // to interpreting it. Blank and length are compared as bytes first: length() counts characters
    // by walking every value's UTF-8 (8% of ingest's CPU on event exports, JFR, 100k workers).
    List<Column> prepared = new ArrayList<>();
    for (String n : read.text().columns()) {
      if (!spec.columnNames().contains(n)) {
        prepared.add(col(n));
      }
    }
    for (ColumnSpec c : spec.columns()) {
      Column trimmed = trim(col(c.name()));
      int max = settings.maxLength(c);
      Column tooLong = coalesce(octet_length(trimmed).gt(max).and(length(trimmed).gt(max)), lit(false));
      Column nul = coalesce(col(c.name()).contains("\u0000"), lit(false));
      prepared.add(when(tooLong, length(trimmed)).as("_chars_" + c.name()));
      prepared.add(nul.as("_nul_" + c.name()));
      prepared.add(when(trimmed.equalTo(lit("")).or(tooLong).or(nul), lit(null).cast(DataTypes.StringType))
          .otherwise(trimmed).as(c.name()));
    }
    Dataset<Row> text = read.text().select(prepared.toArray(new Column[0]));
    // A gzipped export is read by a single task (gzip cannot be split), and the checks below cost
    // three times the parsing; left in that task, the endpoint events were checked on one core for
    // twenty minutes at 1M workers while the other idled. Hashed by their key here, the rows are
    // checked in every core's tasks, and the duplicate-key window below finds them already grouped
    // (the same exchange it needed anyway, moved before the checks: no second shuffle).
    if (keyAsExported(spec, settings)) {
      text = text.repartition(col(spec.key()));
    }
    List<Column> typed = new ArrayList<>();
    List<Column> problems = new ArrayList<>();
    PlausibleRanges ranges = new PlausibleRanges(settings.plausible(), runDate);
    Column timeImplausible = lit(false);
    for (ColumnSpec c : spec.columns()) {
      int max = settings.maxLength(c);
      Column tooLong = col("_chars_" + c.name()).isNotNull();
      Column hasNul = col("_nul_" + c.name());
      Column cleaned = col(c.name());
      Map<String, String> valueMap = settings.values().getOrDefault(c.name(), Map.of());
      if (!valueMap.isEmpty()) {
        List<Column> pairs = new ArrayList<>();
        valueMap.forEach((from, to) -> {
          pairs.add(lit(from));
          pairs.add(lit(to));
        });
        cleaned = coalesce(element_at(map(pairs.toArray(new Column[0])), lower(cleaned)), cleaned);
      }
      Column value = parse(c, cleaned, settings);
      typed.add(value.as(c.name()));
      problems.add(when(tooLong, concat(lit("value too long in " + c.name() + ": "), col("_chars_" + c.name()).cast("string"),
          lit(" characters, limit " + max + " (ringwatch.ingest.datasets." + spec.name() + ".max-length."
              + c.name() + ")"))));
      problems.add(when(hasNul, lit("NUL byte in " + c.name() + " (binary data in a text export)")));
      if (c.required()) {
        problems.add(when(cleaned.isNull().and(tooLong.or(hasNul).unary_$bang()),
            lit("missing required value in " + c.name())));
      }
      Column shown = RejectedRecordMasking.sensitive(c.name()) ? MASK_FIELD.apply(lit(c.name()), cleaned) : cleaned;
      if (c.type() == ColumnType.DATE || c.type() == ColumnType.TIMESTAMP || c.type() == ColumnType.DECIMAL) {
        String what = c.type() == ColumnType.DECIMAL ? "number" : c.type() == ColumnType.DATE ? "date" : "timestamp";
        problems.add(when(cleaned.isNotNull().and(value.isNull()),
            concat(lit("unparseable " + what + " in " + c.name() + ": '"), shown, lit("'"))));
      }
      Column implausible = ranges.problem(c, value, shown);
      problems.add(implausible);
      if (spec.eventTime().filter(c.name()::equals).isPresent()) {
        timeImplausible = implausible.isNotNull();
      }
      if (c.type() == ColumnType.ENUM && !c.allowed().isEmpty()) {
        problems.add(when(value.isNotNull().and(value.isin(c.allowed().toArray()).unary_$bang()),
            concat(lit(c.name() + " '"), value, lit("' is not one of " + String.join(", ", c.allowed())))));
      }
    }
    String encoding = settings.csvOptions().getOrDefault("encoding", "UTF-8");
    Column ruleReason = when(col("_malformed"),
        lit("malformed CSV line: wrong number of fields or broken quoting"))
        .when(col("_undecodable"),
            lit("bytes that are not valid " + encoding + " text (wrong file encoding? see the dataset's csv.encoding)"))
        .otherwise(nullIfEmpty(concat_ws("; ", problems.toArray(new Column[0]))));

    List<Column> selected = new ArrayList<>(typed);
    selected.add(col("_raw"));
    selected.add(col("_corrupt"));
    selected.add(col("_row"));
    selected.add(col("_day"));
    selected.add(ruleReason.as("_rule_reason"));
    selected.add(timeImplausible.as("_time_implausible"));
    Dataset<Row> checked = text.select(selected.toArray(new Column[0]));

    // Of rows sharing a key, the first valid one is kept; the others are duplicates. Of a daily
    // drop, the earliest day's row is the first (the order Spark packs files into tasks follows
    // their sizes, not their days), so a day re-sent later never displaces the row first seen.
    Column key = col(spec.key());
    Column rank = row_number().over(Window.partitionBy(key)
        .orderBy(col("_rule_reason").isNotNull().asc(), col("_day").asc_nulls_last(), col("_row").asc()));
    if (carriedKeys != null) {
      // A carried day is never after a read one but for a day read for its ids alone, whose rows
      // rank first against it as they did (rows of no day, undated, rank after every day).
      checked = checked.join(carriedKeys, key.equalTo(col("_carried_key")), "left");
      rank = when(col("_rule_reason").isNull().and(col("_carried_day").isNotNull())
          .and(col("_day").isNull().or(col("_carried_day").lt(col("_day")))), lit(2)).otherwise(rank);
    }
    Dataset<Row> ranked = checked.withColumn("_key_rank", when(key.isNull(), lit(1)).otherwise(rank));
    if (carriedKeys != null) {
      ranked = ranked.drop("_carried_key", "_carried_day");
    }
    Column reason = coalesce(col("_rule_reason"), when(col("_key_rank").gt(1),
        concat(lit("duplicate " + spec.key() + " '"), key, lit("' (an earlier row has the same key)"))));
    ranked = ranked.withColumn(REASON, reason).withColumn(RULE_VALID, col("_rule_reason").isNull())
        .drop("_rule_reason", "_key_rank");

    for (DatasetSpec.Reference ref : spec.references()) {
      Dataset<Row> target = acceptedKeys.get(ref.target());
      if (target == null) {
        continue;
      }
      DatasetSpec targetSpec = Datasets.byName(ref.target());
      String flag = "_ref_" + ref.column();
      // The keys of a referenced dataset (workers, devices: a few million at most) are sent to
      // every task, so the rows checked against them are not shuffled for the join.
      Dataset<Row> keys = broadcast(target.select(col(targetSpec.key()).as(flag)).distinct());
      ranked = ranked.join(keys, col(ref.column()).equalTo(col(flag)), "left");
      // Every problem of a row is listed, a dangling reference beside a broken value.
      Column dangling = concat(lit(ref.column() + " '"), col(ref.column()), lit("' is not in " + ref.target()));
      ranked = ranked.withColumn(REASON, when(col(ref.column()).isNotNull().and(col(flag).isNull()),
          coalesce(concat(col(REASON), lit("; "), dangling), dangling)).otherwise(col(REASON)))
          .drop(flag);
    }

    Column inWindow = lit(true);
    Column runDateBound = col("_time_implausible");
    if (spec.eventTime().isPresent()) {
      Timestamp start = Timestamp.from(runDate.minusDays(lookbackDays).atStartOfDay().toInstant(ZoneOffset.UTC));
      Timestamp end = Timestamp.from(runDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      Column t = col(spec.eventTime().get());
      inWindow = t.geq(lit(start)).and(t.lt(lit(end)));
      runDateBound = runDateBound.or(coalesce(t.geq(lit(end)), lit(false)));
    }
    // The masked record is written only for the rows that are rejected.
    return ranked.withColumn(IN_WINDOW, col(REASON).isNull().and(coalesce(inWindow, lit(false))))
        .withColumn(RUN_DATE_BOUND, runDateBound).drop("_time_implausible")
        .withColumn("_record", when(col(REASON).isNotNull(), read.record()))
        .drop("_raw", "_corrupt");
  }

  /**
   * True when the checked key is the exported key's cleaned text (a text column no value map
   * rewrites): then the rows hashed by that text are the rows the duplicate-key window groups.
   */
  static boolean keyAsExported(DatasetSpec spec, DatasetSettings settings) {
    return spec.columns().stream().anyMatch(c -> c.name().equals(spec.key()) && c.type() == ColumnType.STRING)
        && settings.values().getOrDefault(spec.key(), Map.of()).isEmpty();
  }

  private static Column parse(ColumnSpec c, Column cleaned, DatasetSettings settings) {
    return switch (c.type()) {
      case STRING -> cleaned;
      case ENUM -> lower(cleaned);
      // The first of the configured patterns that reads the value wins (a strict parser: 2025-02-30 fails).
      case DATE -> coalesce(settings.dateFormats().stream().map(f -> to_date(cleaned, f)).toArray(Column[]::new));
      // ISO-8601 with an offset or Z (a value without one is read as UTC, the session zone),
      // after any patterns the export's settings list.
      case TIMESTAMP -> {
        List<Column> tries = new ArrayList<>();
        settings.timestampFormats().forEach(f -> tries.add(to_timestamp(cleaned, f)));
        // A trailing Z (how identity-provider and EDR exports write UTC) is read by the session
        // zone, UTC, without it: Spark's cast reads any zone name by compiling two regular
        // expressions per value (DateTimeUtils.getZoneId), a tenth of ingest's CPU on events.
        tries.add(when(cleaned.endsWith("Z"),
            cleaned.substr(lit(1), length(cleaned).minus(1)).cast(DataTypes.TimestampType)));
        tries.add(cleaned.cast(DataTypes.TimestampType));
        yield coalesce(tries.toArray(new Column[0]));
      }
      case DECIMAL -> when(cleaned.rlike("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"), regexp_replace(cleaned, ",", ""))
          .otherwise(cleaned).cast(DataTypes.createDecimalType(18, 2));
    };
  }

  private static Column nullIfEmpty(Column c) {
    return when(c.equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(c);
  }
}
