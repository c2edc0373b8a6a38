package io.ringwatch.ingest;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Settings of the ingest stage (conf/ingest.conf). */
public record IngestSettings(int lookbackDays, double maxRejectShare, Map<String, DatasetSettings> datasets,
    String sanctionsPath) {

  /**
   * Where one dataset is, in which format, how its export's columns map onto ours, how its dates
   * and timestamps are written, and how its export's values of a column map onto ours.
   */
  public record DatasetSettings(String path, String format, Map<String, String> columns,
      Map<String, String> csvOptions, List<String> dateFormats, List<String> timestampFormats,
      Map<String, Map<String, String>> values) {

    /** The plain settings of a dataset: canonical names, ISO dates and timestamps. */
    public static DatasetSettings of(String path, String format, Map<String, String> columns,
        Map<String, String> csvOptions) {
      return new DatasetSettings(path, format, columns, csvOptions, List.of(ISO_DATE), List.of(), Map.of());
    }
  }

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
        datasets, sanctions);
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
        values);
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
