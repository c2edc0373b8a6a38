package io.ringwatch.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spreadsheet-safe CSV cells (OWASP CSV injection). */
class CsvCellsTest {
  @Test
  void formulaLeadingCellsArePrefixedWithAQuoteAndQuoted() {
    assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
        CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"click\")"));
    assertEquals("\"'+cmd|' /C calc'!A0\"", CsvCells.cell("+cmd|' /C calc'!A0"));
    assertEquals("\"'-2+3\"", CsvCells.cell("-2+3"));
    assertEquals("\"'@SUM(1+1)\"", CsvCells.cell("@SUM(1+1)"));
    assertEquals("\"'\tx\"", CsvCells.cell("\tx"));
    assertEquals("\"'\r=1\"", CsvCells.cell("\r=1"));
  }

  @Test
  void numbersAndOrdinaryTextAreLeftAlone() {
    assertEquals("-12.50", CsvCells.cell("-12.50"));
    assertEquals("+44", CsvCells.cell("+44"));
    assertFalse(CsvCells.looksLikeFormula("1-2"));
    assertEquals("Kim Jong", CsvCells.cell("Kim Jong"));
    assertEquals("<script>", CsvCells.cell("<script>"), "HTML is no formula; CSV is not HTML");
    assertEquals("", CsvCells.cell(null));
    assertEquals("", CsvCells.cell(""));
  }

  @Test
  void rfc4180QuotingStillApplies() {
    assertEquals("\"a, b\"", CsvCells.cell("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
    assertEquals("a,,\"'=1+1\",\"x\ny\"", CsvCells.line("a", null, "=1+1", "x\ny"));
    assertTrue(CsvCells.looksLikeFormula("=1"));
  }
}
