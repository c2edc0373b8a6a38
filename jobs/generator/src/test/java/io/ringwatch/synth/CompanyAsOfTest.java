package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One company cut into the exports of successive nights: what each night holds, and that a day's drop never changes. */
class CompanyAsOfTest {
  static final LocalDate LAST = LocalDate.parse("2026-11-21");
  static final List<LocalDate> NIGHTS = List.of(LAST.minusDays(10), LAST.minusDays(5), LAST);

  @TempDir static Path tmp;
  static Path company;

  @BeforeAll
  static void generateOnceAsOfTheLastNight() {
    company = tmp.resolve("company");
    CompanyGenerator.generate(GeneratorOptions.of(300, 5).withAsOf(LAST).withEventDays(14), company);
    for (LocalDate night : NIGHTS) {
      CompanyAsOf.cut(company, night, tmp.resolve(night.toString()), CompanyAsOf.Options.DEFAULT);
    }
  }

  static List<List<String>> rows(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
      return CompanyAsOf.Csv.records(r).stream().skip(1).map(CompanyAsOf.Csv::fields).toList();
    }
  }

  /** The day of a UTC-5 exporter, or null for a value that is no time. */
  static LocalDate exporterDay(String time) {
    try {
      return LocalDate.ofInstant(java.time.Instant.parse(time).minusSeconds(5 * 3600), java.time.ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static List<String> records(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CompanyAsOf.Csv.records(r);
    }
  }

  @Test
  void aDaysDropIsTheSameFileOnEveryNightThatHasItAndNothingIsLost() throws IOException {
    for (String events : List.of(Datasets.AUTH_EVENTS, Datasets.ENDPOINT_EVENTS)) {
      Map<String, Long> early = CompanyAsOf.rowsPerFile(tmp.resolve(NIGHTS.get(0).toString()).resolve(events));
      Map<String, Long> last = CompanyAsOf.rowsPerFile(tmp.resolve(LAST.toString()).resolve(events));
      for (String drop : early.keySet()) {
        Path a = tmp.resolve(NIGHTS.get(0).toString()).resolve(events).resolve(drop);
        Path b = tmp.resolve(LAST.toString()).resolve(events).resolve(drop);
        assertEquals(-1L, Files.mismatch(a, b), events + " " + drop);
        if (!drop.equals("undated.csv")) {
          assertEquals(Files.getLastModifiedTime(a), Files.getLastModifiedTime(b), "a drop keeps its time: " + drop);
        }
        assertTrue(drop.equals("undated.csv") || drop.compareTo(NIGHTS.get(0) + ".csv") < 0, drop);
      }
      assertTrue(last.size() > early.size() + 4, events + ": the later night has the later days' drops: " + last.keySet());
      // The last night's drops hold every row of the export but those of its own day and later
      // (the generator's events run into the as-of day), which a later night would have.
      List<List<String>> all = rows(company.resolve(events).resolve(events + ".csv.gz"));
      long later = all.stream().filter(f -> f.size() > 1 && exporterDay(f.get(1)) != null
          && !exporterDay(f.get(1)).isBefore(LAST)).count();
      assertEquals(all.size() - later, last.values().stream().mapToLong(Long::longValue).sum(), events);
      assertTrue(last.get("undated.csv") > 0, events + ": rows without a readable time are kept, undated");
    }
  }

  @Test
  void hrHoldsTheWorkersHiredBeforeTheNightWithTheTerminationsKnownByThen() throws IOException {
    int hiredBefore = -1;
    for (LocalDate night : NIGHTS) {
      List<List<String>> hr = rows(tmp.resolve(night.toString()).resolve("hr_workers/hr_workers.csv"));
      int dated = 0;
      for (List<String> f : hr) {
        if (f.size() == Datasets.HR_COLUMNS.size() && f.get(13).matches("\\d{4}-\\d{2}-\\d{2}")) {
          dated++;
          assertTrue(LocalDate.parse(f.get(13)).isBefore(night), f.toString());
          assertTrue(f.get(14).isEmpty() || LocalDate.parse(f.get(14)).isBefore(night), f.toString());
        }
      }
      assertTrue(dated >= hiredBefore, "the workforce only grows by hires here: " + dated + " after " + hiredBefore);
      hiredBefore = dated;
    }
    // Rows other than an emptied termination are the export's own bytes (quoted names included).
    List<String> whole = records(tmp.resolve(LAST.toString()).resolve("hr_workers/hr_workers.csv"));
    assertTrue(whole.stream().anyMatch(l -> l.contains("\"")), "names with commas stay quoted");
    List<List<String>> all = rows(company.resolve("hr_workers/hr_workers.csv.gz"));
    assertEquals(all.stream().filter(f -> f.size() != 23 || !f.get(13).matches("\\d{4}-\\d{2}-\\d{2}")
        || LocalDate.parse(f.get(13)).isBefore(LAST)).count(), whole.size() - 1L);
  }

  @Test
  void paymentsAndDevicesAreThoseDatedBeforeTheNight() throws IOException {
    long previous = -1;
    for (LocalDate night : NIGHTS) {
      List<List<String>> pay = rows(tmp.resolve(night.toString()).resolve("payroll_payments/payroll_payments.csv"));
      for (List<String> f : pay) {
        if (f.size() == Datasets.PAYROLL_COLUMNS.size() && f.get(2).matches("\\d{4}-\\d{2}-\\d{2}")) {
          assertTrue(LocalDate.parse(f.get(2)).isBefore(night), f.toString());
        }
      }
      assertTrue(pay.size() > previous, "each later night has more payments: " + pay.size() + " after " + previous);
      previous = pay.size();
      for (List<String> f : rows(tmp.resolve(night.toString()).resolve("devices/devices.csv"))) {
        if (f.size() == Datasets.DEVICE_COLUMNS.size() && f.get(5).matches("\\d{4}-\\d{2}-\\d{2}")) {
          assertTrue(LocalDate.parse(f.get(5)).isBefore(night), f.toString());
        }
      }
    }
  }

  @Test
  void leaversLeaveTheExtractAfterTheDaysGiven() throws IOException {
    Path cut = tmp.resolve("leavers");
    CompanyAsOf.cut(company, LAST, cut, new CompanyAsOf.Options(-5, 0));
    List<List<String>> hr = rows(cut.resolve("hr_workers/hr_workers.csv"));
    List<List<String>> kept = rows(tmp.resolve(LAST.toString()).resolve("hr_workers/hr_workers.csv"));
    long left = kept.stream().filter(f -> f.size() == 23 && f.get(14).matches("\\d{4}-\\d{2}-\\d{2}")).count();
    assertTrue(left > 0, "the company has leavers");
    assertEquals(kept.size() - left, hr.size());
    assertTrue(hr.stream().noneMatch(f -> f.size() == 23 && f.get(14).matches("\\d{4}-\\d{2}-\\d{2}")));
  }

  @Test
  void aLateAssetRegisterListsADeviceTheDaysGivenAfterItWasShipped() throws IOException {
    Path cut = tmp.resolve("late-devices");
    CompanyAsOf.cut(company, LAST, cut, new CompanyAsOf.Options(-5, null, 3));
    List<List<String>> onTime = rows(tmp.resolve(LAST.toString()).resolve("devices/devices.csv"));
    List<List<String>> late = rows(cut.resolve("devices/devices.csv"));
    long recent = onTime.stream().filter(f -> f.size() == Datasets.DEVICE_COLUMNS.size()
        && f.get(5).matches("\\d{4}-\\d{2}-\\d{2}") && !LocalDate.parse(f.get(5)).isBefore(LAST.minusDays(3))).count();
    assertTrue(recent > 0, "devices shipped in the last three days");
    assertEquals(onTime.size() - recent, late.size());
    for (List<String> f : late) {
      if (f.size() == Datasets.DEVICE_COLUMNS.size() && f.get(5).matches("\\d{4}-\\d{2}-\\d{2}")) {
        assertTrue(LocalDate.parse(f.get(5)).isBefore(LAST.minusDays(3)), f.toString());
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new CompanyAsOf.Options(-5, null, -1));
  }

  @Test
  void fieldsAndLinesRoundTripTheGeneratorsQuoting() {
    List<String> f = new ArrayList<>(List.of("00010000", "Owens, Rebecca X.", "say \"hi\"", "", "plain"));
    String line = CompanyAsOf.Csv.line(f);
    assertEquals("00010000,\"Owens, Rebecca X.\",\"say \"\"hi\"\"\",,plain", line);
    assertEquals(f, CompanyAsOf.Csv.fields(line));
  }

  @Test
  void aCompanyIsNotCutIntoItself() {
    // its exports are streamed while the cut's are written: the same folder would lose them
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompanyAsOf.cut(company, LAST, company.resolve(".").resolve("x").getParent(), CompanyAsOf.Options.DEFAULT));
    assertTrue(e.getMessage().contains("into itself"), e.getMessage());
    assertTrue(Files.exists(company.resolve(Datasets.HR_WORKERS)), "the company is untouched");
  }

  @Test
  void aRecordOverSeveralLinesIsOneRecord() throws IOException {
    try (BufferedReader r = new BufferedReader(new java.io.StringReader("a,\"b\nc\",d\ne,f,g\n"))) {
      assertEquals("a,\"b\nc\",d", CompanyAsOf.Csv.next(r));
      assertEquals("e,f,g", CompanyAsOf.Csv.next(r));
      assertEquals(null, CompanyAsOf.Csv.next(r));
    }
  }
}
