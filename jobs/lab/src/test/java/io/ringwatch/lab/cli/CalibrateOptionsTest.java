package io.ringwatch.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.synth.Variation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** calibrate's --variations, parsed without running anything (no Spark). */
class CalibrateOptionsTest {

  private static CalibrateCommand parse(String... args) {
    CalibrateCommand c = new CalibrateCommand();
    new CommandLine(c).parseArgs(args);
    return c;
  }

  @Test
  void calibrateRunsAMixtureOfEveryVariationUnlessToldOtherwise() {
    assertEquals(EnumSet.allOf(Variation.class), parse("--work", "w").variations.set());
    assertEquals(Set.of(), parse("--work", "w", "--variations", "none").variations.set());
    assertEquals(EnumSet.of(Variation.EGRESS_ABROAD, Variation.HR_TYPOS),
        parse("--work", "w", "--variations", "hr-typos,egress-abroad").variations.set());
    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
        () -> parse("--work", "w", "--variations", "typos"));
    assertTrue(e.getMessage().contains("unknown variation 'typos'; known: egress-abroad, contractors-abroad"),
        e.getMessage());
  }
}
