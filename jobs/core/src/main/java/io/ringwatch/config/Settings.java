package io.ringwatch.config;

import com.typesafe.config.Config;

/**
 * Every setting of a run, typed and validated at start. Each stage reads only its own block;
 * the raw configuration is kept for the digest recorded in run_audit.
 */
public final class Settings {
  private final Config raw;
  private final SparkSettings spark;
  private final String logFormat;

  private Settings(Config raw) {
    this.raw = raw;
    this.spark = SparkSettings.from(new ConfigReader(raw, "ringwatch.spark"));
    new ConfigReader(raw, "ringwatch.privacy").string("key-file");
    this.logFormat = new ConfigReader(raw, "ringwatch.run").oneOf("log-format", "text", "json");
  }

  public static Settings from(Config raw) {
    return new Settings(raw);
  }

  public Config raw() {
    return raw;
  }

  /** A reader of one block of the configuration, e.g. {@code reader("ringwatch.link")}. */
  public ConfigReader reader(String block) {
    return new ConfigReader(raw, block);
  }

  public SparkSettings spark() {
    return spark;
  }

  /** "text" or "json" (ringwatch.run.log-format). */
  public String logFormat() {
    return logFormat;
  }

  public String digest() {
    return SettingsLoader.digest(raw);
  }
}
