package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Regions and countries written either way are one code (countries through {@code normalize.Countries}). */
class RegionsTest {
  @Test
  void countriesInAnyNotationAreTheirAlpha2Code() {
    assertEquals("US", Regions.country("United States of America"));
    assertEquals("US", Regions.country("United States"));
    assertEquals("US", Regions.country("usa"));
    assertEquals("DE", Regions.country("Deutschland"));
    assertEquals("GB", Regions.country("uk"));
    assertEquals("MX", Regions.country("México"));
  }

  @Test
  void unknownCountriesAreFoldedAndBlankIsNull() {
    assertEquals("ATLANTIS", Regions.country(" atlantis "));
    assertNull(Regions.country("  "));
    assertNull(Regions.country(null));
  }

  @Test
  void regionsWrittenEitherWayAreOneCode() {
    assertEquals("TX", Regions.region("Texas"));
    assertEquals("TX", Regions.region(" tx "));
    assertEquals("QC", Regions.region("Québec"));
    assertEquals("LIAONING", Regions.region("Liaoning"));
    assertNull(Regions.region("  "));
  }
}
