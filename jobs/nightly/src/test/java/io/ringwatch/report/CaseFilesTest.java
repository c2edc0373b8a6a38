package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.report.CaseData.CaseMember;
import io.ringwatch.report.CaseData.CaseValue;
import io.ringwatch.report.CaseData.Decision;
import io.ringwatch.report.CaseData.Evidence;
import io.ringwatch.report.CaseData.HistoryRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A case file's page from hand-made data (no Spark): hostile text from the tables stays text. */
class CaseFilesTest {
  static final String HOSTILE = "</script><script>alert(1)</script><!-- & \"'";

  static CaseData hostileCase() {
    return new CaseData(LocalDate.of(2026, 11, 20), "run-1", "C-20261120-abc", 2, 97.5, "critical",
        List.of("Shares a bank account " + HOSTILE), List.of(
            new CaseMember("W1", 97.5, "critical", List.of("reason " + HOSTILE)),
            new CaseMember("W2", 80, "high", List.of())),
        List.of(new CaseValue("v0", "bank_account", "bank account", "money", "***12" + HOSTILE, "payroll",
            List.of("W1", "W2"))),
        List.of(new Evidence("W1", "v0", "payroll_payments", "P-1" + HOSTILE),
            new Evidence("W2", "v0", "payroll_payments", "P-2")),
        2, List.of(new HistoryRow(LocalDate.of(2026, 11, 19), "new", 2, 0, 2, 0, List.of())),
        new Decision("cluster", "C-20261120-abc", "confirmed", "auditor " + HOSTILE, "2026-11-20", HOSTILE, false,
            List.of(), List.of()),
        true, true);
  }

  @Test
  void hostileTextInTheTablesStaysText() throws Exception {
    String page = CaseFiles.render(hostileCase());
    assertFalse(page.contains("<script>alert"), "no markup from the tables: " + page);
    assertFalse(page.toLowerCase().contains("</script><script>alert"), page);

    // Well-formed: an XML parser reads the page, and it holds our three scripts only.
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    NodeList scripts = doc.getElementsByTagName("script");
    assertEquals(3, scripts.getLength());
    Element data = (Element) scripts.item(0);
    assertEquals("case-data", data.getAttribute("id"));
    assertEquals("echarts.min.js", ((Element) scripts.item(1)).getAttribute("src"));
    assertEquals("case.js", ((Element) scripts.item(2)).getAttribute("src"));

    // The embedded JSON carries the hostile text unchanged once parsed.
    String json = data.getTextContent();
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    JsonNode node = new ObjectMapper().readTree(json);
    assertEquals("***12" + HOSTILE, node.at("/values/0/masked").asText());
    assertEquals("P-1" + HOSTILE, node.at("/evidence/0/recordId").asText());
    assertEquals("reason " + HOSTILE, node.at("/members/0/reasons/0").asText());
    assertEquals(2, node.at("/members").size());

    // In the markup it is escaped text.
    assertTrue(doc.getDocumentElement().getTextContent().contains("Shares a bank account " + HOSTILE));
    assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)"), page);
  }

  @Test
  void theHeadingNamesTheClusterAndACapIsSaid() {
    CaseData c = hostileCase();
    String page = CaseFiles.render(c);
    assertTrue(page.contains("Cluster C-20261120-abc"), page);
    assertFalse(page.contains("evidence rows; the page holds"), "no cap, no note");
    CaseData capped = new CaseData(c.runDate(), c.runId(), c.clusterId(), c.size(), c.score(), c.band(), c.reasons(),
        c.members(), c.values(), c.evidence(), 12_345, c.history(), null, true, true);
    String cappedPage = CaseFiles.render(capped);
    assertTrue(cappedPage.contains("This cluster has 12,345 evidence rows; the page holds the first 2"), cappedPage);
    assertTrue(cappedPage.contains("No decision recorded for this cluster."), cappedPage);
  }
}
