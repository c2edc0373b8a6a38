package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formatting and masking of the report's text. */
class ReportHtmlTest {

  @Test
  void moneyIsInWholeUnitsLargestCurrencyFirst() {
    assertEquals("$412,340", ReportHtml.money("USD", new BigDecimal("412339.50")));
    Map<String, BigDecimal> paid = new LinkedHashMap<>();
    paid.put("EUR", new BigDecimal("12300.00"));
    paid.put("USD", new BigDecimal("99000.10"));
    String s = ReportHtml.money(paid);
    assertTrue(s.startsWith("$99,000 + "), s);
    assertTrue(s.endsWith("12,300"), s);
    assertEquals("XYZ 5", ReportHtml.money("XYZ", BigDecimal.valueOf(5)));
    assertEquals("nothing", ReportHtml.money(Map.of()));
  }

  @Test
  void textFromTheTablesIsEscapedAndMasked() {
    String t = ReportHtml.txt("3 workers share <one> SSN 123-45-6789 & wallet 0x52908400098527886E0F7030069857D2E4169EE7");
    assertFalse(t.contains("123-45-6789"), t);
    assertFalse(t.contains("0x52908400098527886E0F7030069857D2E4169EE7"), t);
    assertTrue(t.contains("***-**-6789"), t);
    assertTrue(t.contains("&lt;one&gt;") && t.contains("&amp;"), t);
    assertEquals("1 main st, 10001", ReportHtml.txt("1 main st|10001"));
  }

  @Test
  void numbersAndScoresReadNaturally() {
    assertEquals("12,345", ReportHtml.num(12345));
    assertEquals("85", ReportHtml.score(85.0));
    assertEquals("62.5", ReportHtml.score(62.5));
    assertEquals("3.0%", ReportHtml.pct(9, 300));
  }
}
