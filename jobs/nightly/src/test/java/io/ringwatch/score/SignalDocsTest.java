package io.ringwatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.score.signals.Signal;
import io.ringwatch.score.signals.WorkerSignal;
import io.ringwatch.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fast (no Spark): jobs/docs/signals.md shows the catalogue the signal classes hold. Run with
 * {@code -Dringwatch.docs.update=true} to rewrite its generated part.
 */
class SignalDocsTest {
  static final String REGENERATE =
      "mvn -B -q test -pl jobs/nightly -am -Dtest=SignalDocsTest -Dsurefire.failIfNoSpecifiedTests=false "
          + "-Dringwatch.docs.update=true";

  @Test
  void theCommittedPageIsWhatTheCatalogueProduces() throws Exception {
    Path page = SharedSpark.repoRoot().resolve("jobs/docs/signals.md");
    String committed = Files.readString(page, StandardCharsets.UTF_8);
    String generated = SignalDocs.update(committed);
    if (Boolean.getBoolean("ringwatch.docs.update") && !generated.equals(committed)) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
      committed = generated;
    }
    assertEquals(generated, committed, "jobs/docs/signals.md differs from the signal classes; regenerate it: "
        + REGENERATE);
  }

  @Test
  void everySignalIsOnThePageWithItsPointsAndSettings() {
    String catalogue = SignalDocs.catalogue();
    for (Signal s : SignalCatalogue.ALL) {
      assertTrue(catalogue.contains("| [`" + s.id() + "`](#" + s.id() + ") | " + s.title() + " |"), s.id());
      assertTrue(catalogue.contains("\n### " + s.id() + "\n"), s.id());
    }
    for (WorkerSignal s : SignalCatalogue.SIGNALS) {
      assertTrue(catalogue.contains(SignalDefaults.text(s)), s.about().id() + " settings");
    }
    // a setting's comment travels with it
    assertTrue(catalogue.contains("  # sign-ins from two countries closer together than this many hours (0 to 48).\n"
        + "  hours = 2.0\n"), catalogue);
  }

  @Test
  void theHandWrittenProseStaysOutsideTheGeneratedPart() {
    String page = "# Signals\n\nintro\n\n" + SignalDocs.BEGIN + "\nold table\n" + SignalDocs.END + "\n\nafter\n";
    String updated = SignalDocs.update(page);
    assertTrue(updated.startsWith("# Signals\n\nintro\n\n" + SignalDocs.BEGIN), updated);
    assertTrue(updated.endsWith(SignalDocs.END + "\n\nafter\n"), updated);
    assertTrue(!updated.contains("old table"), updated);
  }
}
