package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"US|US", "us|US", " USA |US", "U.S.|US", "U.S.A.|US", "United States|US",
      "United States of America|US", "India|IN", "IND|IN", "Deutschland|DE", "Germany|DE", "DEU|DE",
      "México|MX", "Mexico|MX", "UK|GB", "United Kingdom|GB", "England|GB", "Korea, Republic of|KR",
      "South Korea|KR", "North Korea|KP", "Russian Federation|RU", "Viet Nam|VN", "The Philippines|PH",
      "Philippines|PH", "Brasil|BR", "PHL|PH", "Côte d'Ivoire|CI", "China|CN", "Hong Kong|HK"})
  void everyUsualNotationBecomesAlpha2(String raw, String code) {
    assertEquals(code, Countries.alpha2(raw));
    assertEquals(code, Countries.normalize(raw));
  }

  @Test
  void unknownStaysAsWrittenAndBlankIsNull() {
    assertNull(Countries.alpha2("Atlantis"));
    assertEquals("ATLANTIS", Countries.normalize(" Atlantis "));
    assertNull(Countries.normalize("  "));
    assertNull(Countries.normalize(null));
    assertNull(Countries.alpha2("XX"));
  }
}
