package io.ringwatch.pipeline;

import io.ringwatch.testing.EndToEnd;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import io.ringwatch.synth.Variation;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic test of the generator's benign variations (habits of other companies): the same
 * company is run by {@code nightly} without them and with them, and no benign worker may rise to
 * high or critical because of them. Turning on a legitimate habit (a proxy abroad, contractors
 * paid through Wise, placeholders in a foreign notation, cloud desktops, a move HR does not know
 * of, typos, large households, laptops IT support signs in on, reassigns and lends) must never
 * make an innocent person a suspect.
 *
 * <p>CI runs every US-company variation at once (two nightly runs); {@code
 * -Dringwatch.metamorphic=each} runs one company per variation as well (the form, a few
 * minutes more). {@code foreign-company} moves the whole company and is measured by calibrate.
 */
@EndToEnd
class VariationsMetamorphicTest {
  static final int WORKERS = 300;
  static final long SEED = 21;
  static final LocalDate RUN_DATE = GeneratorOptions.DEFAULT_AS_OF;

  /** Benign workers' bands in one nightly run of the company with these variations. */
  static Map<String, String> benignBands(Path dir, Set<Variation> variations) throws Exception {
    String label = variations.isEmpty() ? "base" : Variation.label(variations);
    Path input = dir.resolve("company-" + label);
    CompanyGenerator.generate(GeneratorOptions.of(WORKERS, SEED).withGzip(false).withVariations(variations), input);
    Path output = dir.resolve("out-" + label);
    NightlyPipeline.run(SharedSpark.get(), SettingsLoader.load(null), input.toString(), output.toString(), RUN_DATE);
    Map<String, String> band = new HashMap<>();
    for (Row r : SharedSpark.get().read().format("delta").load(output.resolve("worker_risk").toString())
        .select("worker_id", "risk_band", "reasons").collectAsList()) {
      band.put(r.getString(0), r.getString(1) + " " + r.getList(2));
    }
    Map<String, String> benign = new HashMap<>();
    for (Row r : SharedSpark.get().read().option("header", true)
        .csv(input.resolve("truth").resolve("workers.csv").toString())
        .filter(col("is_fraud").equalTo("false")).select("worker_id").collectAsList()) {
      benign.put(r.getString(0), band.getOrDefault(r.getString(0), "low (not scored)"));
    }
    return benign;
  }

  static boolean flagged(String band) {
    return band.startsWith("high") || band.startsWith("critical");
  }

  /** The benign workers flagged with the variations on who were not flagged without them. */
  static List<String> risen(Map<String, String> base, Map<String, String> varied) {
    List<String> out = new ArrayList<>();
    varied.forEach((w, b) -> {
      if (flagged(b) && !flagged(base.getOrDefault(w, "low"))) {
        out.add(w + ": " + base.getOrDefault(w, "?") + " -> " + b);
      }
    });
    return out;
  }

  @Test
  void noBenignWorkerRisesWhenOtherCompaniesHabitsAreTurnedOn() throws Exception {
    Path dir = io.ringwatch.testing.TestFiles.tempDirectory("ringwatch-metamorphic");
    Map<String, String> base = benignBands(dir, Set.of());
    EnumSet<Variation> benignHabits = EnumSet.allOf(Variation.class);
    benignHabits.remove(Variation.FOREIGN_COMPANY);
    Map<String, String> all = benignBands(dir, benignHabits);
    assertEquals(base.keySet(), all.keySet(), "the variations keep the same workers and the same benign ones");
    List<String> risen = risen(base, all);
    assertTrue(risen.isEmpty(), "benign workers risen to high or critical with " + benignHabits + ":\n"
        + String.join("\n", risen));
    if ("each".equals(System.getProperty("ringwatch.metamorphic"))) {
      List<String> each = new ArrayList<>();
      for (Variation v : benignHabits) {
        risen(base, benignBands(dir, EnumSet.of(v))).forEach(r -> each.add(v + " " + r));
      }
      assertTrue(each.isEmpty(), "benign workers risen, per variation:\n" + String.join("\n", each));
    }
  }
}
