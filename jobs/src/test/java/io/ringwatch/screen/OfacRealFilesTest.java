package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ringwatch.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser on the real OFAC files in ../shared/data/sanctions/ofac, checked against counts
 * from SOURCE.md and against counts made here independently by a line scan of the raw text.
 */
class OfacRealFilesTest {
  static Path dir;
  static SanctionsList list;

  @BeforeAll
  static void parse() {
    dir = SharedSpark.sharedData().resolve("sanctions").resolve("ofac");
    assumeTrue(Files.isRegularFile(dir.resolve("sdn.csv")),
        "real OFAC files not found at " + dir + " (shared data folder absent): skipped");
    list = OfacParser.parse(dir, List.of("sdn_dprk_supplement.csv"), true);
  }

  @Test
  void entryCountsMatchTheFiles() {
    assertEquals(14_965 + 44, list.size());
    assertEquals(14_965, list.report().get("rows.sdn.csv"));
    assertEquals(44, list.report().get("rows.sdn_dprk_supplement.csv"));
    assertEquals(0, list.report().get("sdn_rows_malformed"));
    long dprkInSdn = list.entries().stream().filter(e -> e.source().equals("sdn.csv"))
        .filter(e -> e.programs().stream().anyMatch(p -> p.startsWith("DPRK"))).count();
    assertEquals(484, dprkInSdn, "SOURCE.md: 484 entries of sdn.csv carry a DPRK* program");
    long dprkInSupplement = list.entries().stream().filter(e -> e.source().equals("sdn_dprk_supplement.csv"))
        .filter(e -> e.programs().stream().anyMatch(p -> p.startsWith("DPRK"))).count();
    assertEquals(31, dprkInSupplement);
    // orphans are expected (files of different dates) and counted
    assertTrue(list.report().get("alt_orphan") > 0);
    assertTrue(list.report().get("add_orphan") > 0);
    assertEquals(28, list.report().get("rows.sdn_comments.csv"));
    assertEquals(28, list.report().get("comments_appended") + list.report().get("comments_stale")
        + list.report().get("comments_orphan"));
  }

  @Test
  void walletsAndEmailsMatchAnIndependentScan() throws Exception {
    // Independent count: last quoted field of each sdn line = remarks; a remark of exactly 1000
    // characters is continued by its sdn_comments.csv row(s).
    Map<String, String> remarks = new HashMap<>();
    for (String f : List.of("sdn.csv", "sdn_dprk_supplement.csv")) {
      for (String line : Files.readAllLines(dir.resolve(f), StandardCharsets.ISO_8859_1)) {
        int comma = line.indexOf(',');
        if (comma < 0 || !line.endsWith("\"")) {
          continue;
        }
        int open = line.lastIndexOf(",\"");
        remarks.put(line.substring(0, comma), line.substring(open + 2, line.length() - 1));
      }
    }
    for (String line : Files.readAllLines(dir.resolve("sdn_comments.csv"), StandardCharsets.ISO_8859_1)) {
      int comma = line.indexOf(',');
      if (comma < 0) {
        continue;
      }
      String ent = line.substring(0, comma);
      String r = remarks.get(ent);
      if (r != null && r.length() == 1000) {
        String text = line.substring(comma + 2);
        remarks.put(ent, r + text.substring(0, text.lastIndexOf('"')));
      }
    }
    Pattern wallet = Pattern.compile("Digital Currency Address - ");
    Pattern email = Pattern.compile("Email Address ");
    long wallets = 0;
    long emails = 0;
    for (String r : remarks.values()) {
      Matcher m = wallet.matcher(r);
      while (m.find()) {
        wallets++;
      }
      m = email.matcher(r);
      while (m.find()) {
        emails++;
      }
    }
    long parsedWallets = list.entries().stream().mapToLong(e -> e.wallets().size()).sum();
    long parsedEmails = list.entries().stream().mapToLong(e -> e.emails().size()).sum();
    System.out.printf("real OFAC: %d wallets, %d emails (scan %d, %d); report %s%n",
        parsedWallets, parsedEmails, wallets, emails, list.report());
    assertTrue(wallets > 500, "scan found " + wallets);
    assertEquals(wallets, parsedWallets);
    assertEquals(emails, parsedEmails);
  }

  @Test
  void knownItWorkerDesignations() {
    SanctionsEntry song = list.byUid("OFAC-SDN:49970");
    assertNotNull(song);
    assertEquals("SONG, Kum Hyok", song.primaryName());
    assertEquals(List.of("wangge327@yahoo.com"), song.emails());
    assertEquals(1987, song.dobs().get(0).from().getYear());
    SanctionsEntry sim = list.byUid("OFAC-SDN:42498");
    assertEquals(3, sim.wallets().size());
    assertEquals("ETH", sim.wallets().get(0).currency());
    assertTrue(sim.citesNorthKoreaRegulations());
    SanctionsEntry chinyong = list.byUid("OFAC-SDN:43379");
    assertTrue(chinyong.aliases().stream().anyMatch(a -> a.name().contains("JINYONG")));
  }
}
