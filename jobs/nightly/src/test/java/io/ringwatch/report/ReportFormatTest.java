package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How the report writes numbers, money, dates and text from the tables (no Spark, no template). */
class ReportFormatTest {

  @Test
  void countsScoresAndSharesReadNaturally() {
    assertEquals("12,345", ReportFormat.num(12345));
    assertEquals("0", ReportFormat.num(0));
    assertEquals("-1,000", ReportFormat.num(-1000));
    assertEquals("1 new cluster", ReportFormat.count(1, "new cluster", "new clusters"));
    assertEquals("0 new clusters", ReportFormat.count(0, "new cluster", "new clusters"));
    assertEquals("1,200 workers", ReportFormat.count(1200, "worker", "workers"));
    assertEquals("85", ReportFormat.score(85.0));
    assertEquals("62.5", ReportFormat.score(62.5));
    assertEquals("3.0%", ReportFormat.pct(9, 300));
    assertEquals("0%", ReportFormat.pct(0, 0), "a share of nothing is no division by zero");
  }

  @Test
  void moneyIsInWholeUnitsLargestCurrencyFirst() {
    assertEquals("$412,340", ReportFormat.money("USD", new BigDecimal("412339.50")));
    assertEquals("€12,300", ReportFormat.money("EUR", new BigDecimal("12300.00")));
    assertEquals("CA$2,100", ReportFormat.money("CAD", new BigDecimal("2100")));
    assertEquals("XYZ 5", ReportFormat.money("XYZ", BigDecimal.valueOf(5)), "an unknown code is written out");
    Map<String, BigDecimal> paid = new LinkedHashMap<>();
    paid.put("EUR", new BigDecimal("12300.00"));
    paid.put("USD", new BigDecimal("99000.10"));
    assertEquals("$99,000 + €12,300", ReportFormat.money(paid));
    assertEquals("nothing", ReportFormat.money(Map.of()));
  }

  @Test
  void headlineMoneyIsTheLargestCurrencyShortenedAndTheRestBesideIt() {
    assertEquals("$5.46M", ReportFormat.compactMoney("USD", new BigDecimal("5461234")));
    assertEquals("$412k", ReportFormat.compactMoney("USD", new BigDecimal("412340")));
    assertEquals("$99,870", ReportFormat.compactMoney("USD", new BigDecimal("99870")));
    assertEquals("XYZ 1.20M", ReportFormat.compactMoney("XYZ", new BigDecimal("1200000")));
    Map<String, BigDecimal> paid = new TreeMap<>(Map.of("USD", new BigDecimal("412340"), "EUR",
        new BigDecimal("12300"), "GBP", new BigDecimal("800")));
    assertEquals("$412k", ReportFormat.headlineMoney(paid));
    assertEquals("€12,300 + £800", ReportFormat.otherMoney(paid));
    assertEquals("", ReportFormat.otherMoney(Map.of("USD", BigDecimal.TEN)));
    assertEquals("0", ReportFormat.headlineMoney(Map.of()));
    assertEquals("", ReportFormat.otherMoney(Map.of()));
  }

  @Test
  void datesInEnglishWhateverTheMachine() {
    LocalDate day = LocalDate.of(2026, 11, 20);
    assertEquals("20 November 2026", ReportFormat.longDay(day));
    assertEquals("20 Nov", ReportFormat.shortDay(day));
    assertEquals("20 Nov 2026", ReportFormat.shortDayYear(day));
    assertEquals("20 November 2026 23:05 UTC", ReportFormat.minuteUtc(Instant.parse("2026-11-20T23:05:59Z")));
  }

  @Test
  void textFromTheTablesIsMaskedAndReadable() {
    String t = ReportFormat.masked("3 workers share <one> SSN 123-45-6789 & wallet 0x52908400098527886E0F7030069857D2E4169EE7");
    assertFalse(t.contains("123-45-6789"), t);
    assertFalse(t.contains("0x52908400098527886E0F7030069857D2E4169EE7"), t);
    assertTrue(t.contains("***-**-6789"), t);
    assertTrue(t.contains("<one> ") && t.contains(" & "), "escaping is left to the page: " + t);
    assertEquals("1 main st, 10001", ReportFormat.masked("1 main st|10001"));
    assertEquals("", ReportFormat.masked(null));
  }

  @Test
  void textIsMaskedBeforeItIsCutSoNoHalfIdentifierShows() {
    // Cut first, the SSN would end "123-45-67…", which no longer looks like an SSN and stays clear.
    String reason = "worker shares national id 123-45-6789 with 3 others";
    String cut = ReportFormat.masked(reason, 40);
    assertFalse(cut.contains("123-45"), cut);
    assertEquals("worker shares national id ***-**-6789…", cut);
    assertEquals("short", ReportFormat.masked("short", 33));
    assertEquals("abcd…", ReportFormat.truncate("abcdefgh", 5));
    assertEquals("", ReportFormat.truncate(null, 5));
  }

  @Test
  void textIsCutAfterAWholeWord() {
    assertEquals("6 workers give one personal email…",
        ReportFormat.truncate("6 workers give one personal email t***@gmail.com", 40));
    assertEquals("7 laptops shipped to 5094 orchard ln…",
        ReportFormat.truncate("7 laptops shipped to 5094 orchard ln, apt 707, 64165", 40), "no stray comma");
    assertEquals("exactly fits", ReportFormat.truncate("exactly fits", 12));
    assertEquals("exactly fits…", ReportFormat.truncate("exactly fits more", 13), "a word ending at the room is whole");
    assertEquals("0x52908400…", ReportFormat.truncate("0x52908400098527886E0F", 11), "one long word: cut inside");
    for (int max = 2; max < 60; max++) {
      String text = "paid by O'Brien & Co into one bank account ending 4821, held by another person";
      String cut = ReportFormat.truncate(text, max);
      assertTrue(cut.length() <= max, cut);
      String kept = cut.endsWith("…") ? cut.substring(0, cut.length() - 1) : cut;
      assertTrue(text.equals(kept) || text.startsWith(kept + " ") || text.startsWith(kept + ",")
          || !kept.contains(" "), "cut inside a word at " + max + ": " + cut);
    }
  }
}
