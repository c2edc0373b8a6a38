package io.ringwatch.reference.ip;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.enrich.EnrichSettings;
import io.ringwatch.testing.SharedSpark;

/** The shipped IP reference tables as the default settings name them, read once for the test classes (seconds). */
public final class IpTablesFixture {
  private static IpTables tables;

  private IpTablesFixture() {}

  public static synchronized IpTables tables() {
    if (tables == null) {
      tables = IpTablesLoader.load(EnrichSettings.from(SettingsLoader.load(null)).ipReference(), null,
          SharedSpark.get().sparkContext().hadoopConfiguration());
    }
    return tables;
  }
}
