package io.ringwatch.enrich;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.reference.ip.IpTablesFixture;
import io.ringwatch.testing.SharedSpark;

/** One enrich stage on the shipped reference data, shared by the test classes (preparing it costs seconds). */
final class EnrichFixture {
  private static EnrichStage stage;

  private EnrichFixture() {}

  static synchronized EnrichStage stage() {
    if (stage == null) {
      stage = new EnrichStage(SharedSpark.get(), EnrichSettings.from(SettingsLoader.load(null)), IpTablesFixture.tables());
    }
    return stage;
  }
}
