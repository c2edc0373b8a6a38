package io.ringwatch.ingest;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Settings of the ingest stage (conf/ingest.conf). */
public record IngestSettings(int lookbackDays, double maxRejectShare, Map<String, DatasetSettings> datasets,
    String sanctionsPath, double maxExpansionRatio) {

  /**
   * Where one dataset is, in which format, how its export's columns map onto ours, how its dates
   * and timestamps are written, and how its export's values of a column map onto ours.
   */
  public record DatasetSettings(String path, String format, Map<String, String> columns,
      Map<String, String> csvOptions, List<String> dateFormats, List<String> timestampFormats,
      Map<String, Map<String, String>> values, Map<String, Integer> maxLengths, PlausibleValues plausible,
      int recordChars) {

    /** The plain settings of a dataset: canonical names, ISO dates and timestamps, default limits. */
    public static DatasetSettings of(String path, String format, Map<String, String> columns,
        Map<String, String> csvOptions) {
      return new DatasetSettings(path, format, columns, csvOptions, List.of(ISO_DATE), List.of(), Map.of(), Map.of(),
          PlausibleValues.DEFAULTS, DEFAULT_RECORD_CHARS);
    }

    /** The same settings read as another format. */
    public DatasetSettings withFormat(String otherFormat) {
      return new DatasetSettings(path, otherFormat, columns, csvOptions, dateFormats, timestampFormats, values,
          maxLengths, plausible, recordChars);
    }

    /** The longest value a column may hold: its max-length setting, else the column's default. */
    public int maxLength(ColumnSpec column) {
      return maxLengths.getOrDefault(column.name(), column.maxLength());
    }
  }

  /**
   * The ranges outside which a value is not a mistake of format but of substance: year 1 or 9999,
   * a worker born last year, a payment of a trillion (ringwatch.ingest.plausible).
   */
  public record PlausibleValues(LocalDate earliestBirthDate, int minAgeYears, LocalDate earliestDate,
      int maxDaysAhead, int maxEndYearsAhead, BigDecimal defaultMaxAmount, Map<String, BigDecimal> maxAmountByCurrency) {
    public static final PlausibleValues DEFAULTS = new PlausibleValues(LocalDate.parse("1900-01-01"), 14,
        LocalDate.parse("1970-01-01"), 366, 10, new BigDecimal("10000000"), Map.of());
  }

  /** Longest raw record kept in rejected_records when the settings say nothing. */
  public static final int DEFAULT_RECORD_CHARS = 2000;

  /** The contract's date form; exports written otherwise list their patterns in date-formats. */
  public static final String ISO_DATE = "yyyy-MM-dd";

  public static IngestSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.ingest");
    String defaultFormat = r.oneOf("format", "csv", "parquet", "delta");
    Map<String, String> csvDefaults = csvOptions(r.block("csv"));
    Map<String, DatasetSettings> datasets = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      datasets.put(spec.name(), dataset(r, spec, defaultFormat, csvDefaults));
    }
    String sanctions = r.block("datasets.sanctions").string("path", Datasets.SANCTIONS);
    return new IngestSettings(r.intAtLeast("lookback-days", 1), r.doubleIn("max-reject-share", 0.0, 1.0),
        datasets, sanctions, r.doubleIn("max-expansion-ratio", 0.0, 1e9));
  }

  /**
   * The settings of an input that is not in {@link Datasets#ALL} (an optional input such as the
   * auditors' dispositions), read from {@code ringwatch.ingest.datasets.<name>} like the others:
   * its path defaults to its name, its format to {@code ringwatch.ingest.format}.
   */
  public static DatasetSettings optionalDataset(Settings settings, DatasetSpec spec) {
    ConfigReader r = settings.reader("ringwatch.ingest");
    return dataset(r, spec, r.oneOf("format", "csv", "parquet", "delta"), csvOptions(r.block("csv")));
  }

  private static PlausibleValues plausible(ConfigReader r) {
    ConfigReader p = r.block("plausible");
    Map<String, BigDecimal> byCurrency = new TreeMap<>();
    BigDecimal fallback = null;
    for (var e : p.doubleMap("max-amount", 0.01, 1e15).entrySet()) {
      BigDecimal v = BigDecimal.valueOf(e.getValue());
      if (e.getKey().equals("default")) {
        fallback = v;
      } else {
        byCurrency.put(e.getKey().toUpperCase(Locale.ROOT), v);
      }
    }
    if (fallback == null) {
      throw new SettingsException("setting " + p.full("max-amount.default") + " is missing");
    }
    return new PlausibleValues(date(p, "earliest-date-of-birth"), p.intAtLeast("min-age-years", 0),
        date(p, "earliest-date"), p.intAtLeast("max-days-ahead", 0), p.intAtLeast("max-end-years-ahead", 0),
        fallback, byCurrency);
  }

  private static LocalDate date(ConfigReader p, String key) {
    try {
      return LocalDate.parse(p.string(key));
    } catch (java.time.format.DateTimeParseException e) {
      throw new SettingsException("setting " + p.full(key) + " must be a date yyyy-MM-dd, not '" + p.string(key) + "'");
    }
  }

  private static Map<String, Integer> maxLengths(ConfigReader d, DatasetSpec spec) {
    Map<String, Integer> out = new TreeMap<>();
    if (!d.has("max-length")) {
      return out;
    }
    ConfigReader m = d.block("max-length");
    for (String column : m.raw().root().keySet()) {
      if (!spec.columnNames().contains(column)) {
        throw new SettingsException("setting " + m.full(column) + " limits a column that " + spec.name()
            + " does not have; its columns are " + String.join(", ", spec.columnNames()));
      }
      out.put(column, m.intAtLeast(ConfigReader.quote(column), 1));
    }
    return out;
  }

  private static DatasetSettings dataset(ConfigReader r, DatasetSpec spec, String defaultFormat,
      Map<String, String> csvDefaults) {
    ConfigReader d = r.block("datasets." + spec.name());
    String format = d.has("format") && !d.string("format").isBlank()
        ? d.oneOf("format", "csv", "parquet", "delta") : defaultFormat;
    Map<String, String> mapping = d.stringMap("columns");
    for (String canonical : mapping.keySet()) {
      if (!spec.columnNames().contains(canonical)) {
        throw new SettingsException("setting " + d.full("columns." + canonical) + " maps a column that "
            + spec.name() + " does not have; its columns are " + String.join(", ", spec.columnNames()));
      }
    }
    Map<String, String> csv = new LinkedHashMap<>(csvDefaults);
    csv.putAll(csvOptions(d.block("csv")));
    List<String> dateFormats = patterns(d, "date-formats", List.of(ISO_DATE));
    List<String> timestampFormats = patterns(d, "timestamp-formats", List.of());
    Map<String, Map<String, String>> values = new TreeMap<>();
    if (d.has("values")) {
      for (String column : d.raw().getConfig("values").root().keySet()) {
        if (!spec.columnNames().contains(column)) {
          throw new SettingsException("setting " + d.full("values." + column) + " maps values of a column that "
              + spec.name() + " does not have; its columns are " + String.join(", ", spec.columnNames()));
        }
        Map<String, String> byExportValue = new TreeMap<>();
        d.stringMap("values." + ConfigReader.quote(column))
            .forEach((k, v) -> byExportValue.put(k.trim().toLowerCase(Locale.ROOT), v));
        values.put(column, byExportValue);
      }
    }
    return new DatasetSettings(d.string("path", spec.name()), format, mapping, csv, dateFormats, timestampFormats,
        values, maxLengths(d, spec), plausible(r), r.intAtLeast("rejected-record-max-chars", 200));
  }

  /** Date-time patterns of java.time / Spark, checked here so that a typo fails before any work. */
  private static List<String> patterns(ConfigReader d, String key, List<String> fallback) {
    if (!d.has(key)) {
      return fallback;
    }
    List<String> out = d.strings(key);
    for (String p : out) {
      try {
        DateTimeFormatter.ofPattern(p);
      } catch (IllegalArgumentException e) {
        throw new SettingsException("setting " + d.full(key) + " holds an invalid pattern '" + p + "': "
            + e.getMessage());
      }
    }
    if (out.isEmpty() && key.equals("date-formats")) {
      throw new SettingsException("setting " + d.full(key) + " must list at least one pattern");
    }
    return out;
  }

  private static Map<String, String> csvOptions(ConfigReader csv) {
    Map<String, String> out = new LinkedHashMap<>();
    if (csv.has("delimiter")) {
      out.put("sep", csv.string("delimiter"));
    }
    if (csv.has("encoding")) {
      out.put("encoding", csv.string("encoding"));
    }
    if (csv.has("multiline")) {
      out.put("multiLine", String.valueOf(csv.bool("multiline")));
    }
    if (csv.has("quote")) {
      out.put("quote", csv.string("quote"));
    }
    if (csv.has("escape")) {
      out.put("escape", csv.string("escape"));
    }
    return out;
  }

  public DatasetSettings dataset(String name) {
    return datasets.get(name);
  }
}
