package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company meant to be cut into a series of nights (GeneratorOptions.seriesDays): its first ring
 * is hired during the series and some benign workers leave during it; every other HR row is the
 * company's without the option.
 */
class SeriesOfNightsCompanyTest {
  static final LocalDate LAST = LocalDate.parse("2026-11-21");

  @TempDir Path tmp;

  @Test
  void theFirstRingIsHiredAndSomeWorkersLeaveDuringTheSeries() throws IOException {
    GeneratorOptions base = GeneratorOptions.of(300, 5).withAsOf(LAST).withEventDays(20).withGzip(false);
    CompanyGenerator.generate(base, tmp.resolve("base"));
    CompanyGenerator.generate(base.withSeriesDays(10), tmp.resolve("series"));
    Map<String, List<String>> before = hr(tmp.resolve("base"));
    Map<String, List<String>> after = hr(tmp.resolve("series"));
    assertEquals(before.keySet(), after.keySet());

    Set<String> ring = CompanyAsOfTest.rows(tmp.resolve("series/truth/workers.csv")).stream()
        .filter(f -> "R001".equals(f.get(2))).map(f -> f.get(0)).collect(Collectors.toSet());
    assertTrue(ring.size() >= 2, "a ring to form: " + ring);
    for (String id : ring) {
      LocalDate hired = LocalDate.parse(after.get(id).get(13));
      assertTrue(!hired.isBefore(LAST.minusDays(9)) && hired.isBefore(LAST), id + " hired " + hired);
    }
    int leavers = 0;
    for (String id : after.keySet()) {
      List<String> a = after.get(id);
      List<String> b = before.get(id);
      if (ring.contains(id) || a.equals(b)) {
        continue;
      }
      // only a termination during the series, of someone employed before it
      assertEquals("", b.get(14), id);
      LocalDate left = LocalDate.parse(a.get(14));
      assertTrue(!left.isBefore(LAST.minusDays(9)) && left.isBefore(LAST), id + " left " + left);
      assertEquals(b.subList(0, 14), a.subList(0, 14), id);
      leavers++;
    }
    assertTrue(leavers > 0 && leavers < 30, "about 3% of the benign workers leave during the series: " + leavers);
    // The manifest says which company it is; the base company's manifest is unchanged.
    assertTrue(Files.readString(tmp.resolve("series/truth/manifest.json")).contains("\"series_days\": 10"));
    assertFalse(Files.readString(tmp.resolve("base/truth/manifest.json")).contains("series_days"));
  }

  @Test
  void aSeriesLongerThanTheEventsIsRefused() {
    GeneratorOptions base = GeneratorOptions.of(300, 5).withEventDays(20);
    assertThrows(IllegalArgumentException.class, () -> base.withSeriesDays(21));
    assertThrows(IllegalArgumentException.class, () -> base.withSeriesDays(1));
    assertEquals(0, base.seriesDays());
  }

  private static Map<String, List<String>> hr(Path company) throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    for (List<String> f : CompanyAsOfTest.rows(company.resolve("hr_workers/hr_workers.csv"))) {
      if (f.size() == 23) {
        rows.put(f.get(0), f);
      }
    }
    return rows;
  }
}
