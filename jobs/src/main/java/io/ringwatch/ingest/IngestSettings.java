package io.ringwatch.ingest;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings of the ingest stage (conf/ingest.conf). */
public record IngestSettings(int lookbackDays, double maxRejectShare, Map<String, DatasetSettings> datasets,
    String sanctionsPath) {

  /** Where one dataset is, in which format, and how its export's columns map onto ours. */
  public record DatasetSettings(String path, String format, Map<String, String> columns,
      Map<String, String> csvOptions) {}

  public static IngestSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.ingest");
    String defaultFormat = r.oneOf("format", "csv", "parquet", "delta");
    Map<String, String> csvDefaults = csvOptions(r.block("csv"));
    Map<String, DatasetSettings> datasets = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
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
      datasets.put(spec.name(), new DatasetSettings(d.string("path", spec.name()), format, mapping, csv));
    }
    String sanctions = r.block("datasets.sanctions").string("path", Datasets.SANCTIONS);
    return new IngestSettings(r.intAtLeast("lookback-days", 1), r.doubleIn("max-reject-share", 0.0, 1.0),
        datasets, sanctions);
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
