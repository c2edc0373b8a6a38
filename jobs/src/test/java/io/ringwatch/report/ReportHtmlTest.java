package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Masking and escaping of the report's text. */
class ReportHtmlTest {

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
  void hostileTextFromTheTablesIsEscapedWherePeopleReadIt() {
    String script = "<script>alert('x')</script>";
    String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    ReportData.ClusterView c = new ReportData.ClusterView("CL-" + script, 2, 91.0, "critical",
        java.util.List.of("2 workers share vendor " + script + " " + formula, "+cmd|' /C calc'!A0 -2+3 @SUM(1+1)"),
        java.util.List.of(new ReportData.SharedValue("vendor_name", script, java.util.List.of("W1<b>", "W2"))),
        java.util.List.of(new ReportData.Member("W1<img src=x onerror=alert(1)>", 91.0, "critical", "name " + script),
            new ReportData.Member("W2", 80.0, "high", formula)),
        true, 2, Map.of("USD", new BigDecimal("1000")));
    ReportData d = new ReportData(java.time.LocalDate.of(2026, 11, 20), "run-" + script, java.time.Instant.EPOCH,
        "v<i>", null, 10, Map.of("critical", 1L, "high", 1L, "medium", 0L, "low", 8L), 1,
        Map.of("critical", 1L, "high", 0L, "medium", 0L, "low", 0L), 1, 1, 0, 2, Map.of("USD", new BigDecimal("1000")),
        1, 1, java.util.List.of(new ReportData.TrendPoint(java.time.LocalDate.of(2026, 11, 20), 10, 1, 1, 1)),
        java.util.List.of(c), java.util.List.of(new ReportData.SignalCount("s", "title " + script, "desc " + script, 1)),
        java.util.List.of(new ReportData.DatasetRows("hr_workers" + script, 10, 10, 0)), null,
        new ReportData.KeyNote("id" + script, "old" + script));
    String html = ReportHtml.render(d, ReportSettings.from(io.ringwatch.config.SettingsLoader.load(null)));
    assertFalse(html.contains("<script"), "no script element comes from the data");
    assertFalse(html.contains("<img src=x"), "no element comes from the data");
    assertFalse(html.contains("W1<b>"));
    assertTrue(html.contains("&lt;script&gt;"), "the text is shown, escaped");
    assertTrue(html.contains("<b>The key changed on this night</b> (from old"), "a key rotation is said, and why"
        + " nothing needed re-keying");
  }
}
