package io.ringwatch.ingest;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.ingest.IngestSettings.PlausibleValues;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The reason a parsed value is implausible for its column ({@link ColumnSpec.Plausible}), or
 * null: dates of birth, business dates and event times, and payment amounts outside the ranges
 * of {@code ringwatch.ingest.plausible}, computed from the run date.
 */
final class PlausibleRanges {
  private static final String SETTING = " (ringwatch.ingest.plausible)";
  private final PlausibleValues limits;
  private final LocalDate runDate;

  PlausibleRanges(PlausibleValues limits, LocalDate runDate) {
    this.limits = limits;
    this.runDate = runDate;
  }

  /** @param shown the value as the reason may show it (masked for a date of birth) */
  Column problem(ColumnSpec c, Column value, Column shown) {
    return switch (c.plausible()) {
      case ANY -> lit(null).cast(DataTypes.StringType);
      case BIRTH_DATE -> between(c, value, shown, limits.earliestBirthDate(), runDate.minusYears(limits.minAgeYears()));
      case BUSINESS_DATE -> between(c, value, shown, limits.earliestDate(), runDate.plusDays(limits.maxDaysAhead()));
      case END_DATE -> between(c, value, shown, limits.earliestDate(), runDate.plusYears(limits.maxEndYearsAhead()));
      case AMOUNT -> amount(c, value, shown);
    };
  }

  private static Column between(ColumnSpec c, Column value, Column shown, LocalDate first, LocalDate last) {
    Column low;
    Column high;
    if (c.type() == ColumnType.TIMESTAMP) {
      low = lit(Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC)));
      high = lit(Timestamp.from(last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    } else {
      low = lit(Date.valueOf(first));
      high = lit(Date.valueOf(last.plusDays(1)));
    }
    String what = c.type() == ColumnType.TIMESTAMP ? "time" : "date";
    return when(value.lt(low).or(value.geq(high)), concat(lit("implausible " + what + " in " + c.name() + ": '"),
        shown, lit("' (expected " + first + " to " + last + SETTING + ")")));
  }

  private Column amount(ColumnSpec c, Column value, Column shown) {
    Column currency = upper(trim(col("currency")));
    Column ceiling = lit(limits.defaultMaxAmount());
    if (!limits.maxAmountByCurrency().isEmpty()) {
      List<Column> pairs = new ArrayList<>();
      limits.maxAmountByCurrency().forEach((k, v) -> {
        pairs.add(lit(k));
        pairs.add(lit(v).cast(DataTypes.createDecimalType(20, 2)));
      });
      ceiling = coalesce(element_at(map(pairs.toArray(new Column[0])), currency),
          lit(limits.defaultMaxAmount()).cast(DataTypes.createDecimalType(20, 2)));
    }
    return when(abs(value).gt(ceiling), concat(lit(c.name() + " "), shown, lit(" "), coalesce(currency, lit("")),
        lit(" beyond the ceiling of "), ceiling.cast(DataTypes.createDecimalType(20, 0)).cast("string"),
        lit(" for one payment (ringwatch.ingest.plausible.max-amount)")));
  }

}
