package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimedZonesTest {
  @ParameterizedTest
  @CsvSource({"US,TX,America/Chicago", "us,California,America/Los_Angeles", "US,,America/Chicago",
      "USA,New York,America/New_York", "US,HI,Pacific/Honolulu", "CA,BC,America/Vancouver", "CA,,America/Toronto",
      "IN,,Asia/Calcutta", "PH,,Asia/Manila", "DE,,Europe/Berlin", "GB,Scotland,Europe/London", "MX,Jalisco,America/Mexico_City",
      "BR,,America/Sao_Paulo", "RU,,Europe/Moscow", "KP,,Asia/Pyongyang", "NG,,Africa/Lagos", "PL,,Europe/Warsaw"})
  void zoneOfTheClaimedPlace(String country, String region, String zone) {
    assertEquals(zone, ClaimedZones.zone(country, region));
  }

  @Test
  void everyZoneIsOneJavaAndSparkKnow() {
    for (String c : java.util.Locale.getISOCountries()) {
      String z = ClaimedZones.zone(c, null);
      if (z != null) {
        assertNotNull(ZoneId.of(z), c);
      }
    }
  }

  @Test
  void unknownCountryHasNoZone() {
    assertNull(ClaimedZones.zone(null, "TX"));
    assertNull(ClaimedZones.zone("Atlantis", null));
  }
}
