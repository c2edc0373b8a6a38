package io.ringwatch.reference.sanctions;

import io.ringwatch.testing.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    dir = SharedData.require("sanctions/ofac/sdn.csv").getParent();
    list = OfacParser.parse(dir, List.of("sdn_dprk_supplement.csv"), true);
  }

  /** One sdn-layout line read by a regular expression, not by the parser's CSV reader. */
  static final Pattern SDN_LINE = Pattern.compile("^(\\d+),\"((?:[^\"]|\"\")*)\",(?:\"([^\"]*)\"|-0- ?),(?:\"([^\"]*)\"|-0- ?),");

  /** ent_num → program field, per sdn-layout file, by line scan. */
  static Map<String, String> scanPrograms(String file) throws Exception {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.ISO_8859_1)) {
      Matcher m = SDN_LINE.matcher(line);
      if (m.find()) {
        out.put(m.group(1), m.group(4) == null ? "" : m.group(4));
      }
    }
    return out;
  }

  /** ent_nums of the first column of a file, one per line (alt, add, comments). */
  static List<String> scanEntNums(String file) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.ISO_8859_1)) {
      int comma = line.indexOf(',');
      if (comma > 0 && line.substring(0, comma).matches("\\d+")) {
        out.add(line.substring(0, comma));
      }
    }
    return out;
  }

  @Test
  void entryCountsMatchAnIndependentScanOfTheFiles() throws Exception {
    Map<String, String> sdn = scanPrograms("sdn.csv");
    Map<String, String> supplement = scanPrograms("sdn_dprk_supplement.csv");
    java.util.Set<String> all = new java.util.HashSet<>(sdn.keySet());
    all.addAll(supplement.keySet());
    assertEquals(all.size(), list.size(), "distinct ent_nums of the two sdn-layout files");
    assertEquals(sdn.size(), list.report().get("rows.sdn.csv"));
    assertEquals(supplement.size(), list.report().get("rows.sdn_dprk_supplement.csv"));
    assertEquals(0, list.report().get("sdn_rows_malformed"));
    // an ent_num in both files is taken from the later one (the supplement)
    long overlap = sdn.keySet().stream().filter(supplement::containsKey).count();
    assertEquals(overlap, list.report().get("sdn_ent_num_replaced"));
    assertEquals(sdn.size() - overlap, list.report().get("entries.sdn.csv"));
    assertEquals(supplement.size(), list.report().get("entries.sdn_dprk_supplement.csv"));
    // DPRK-program entries per file: scan of the program field vs parsed programs
    for (var f : List.of(Map.entry("sdn.csv", sdn), Map.entry("sdn_dprk_supplement.csv", supplement))) {
      long scanned = f.getValue().entrySet().stream()
          .filter(e -> f.getKey().equals("sdn_dprk_supplement.csv") || !supplement.containsKey(e.getKey()))
          .filter(e -> e.getValue().contains("DPRK")).count();
      long parsed = list.entries().stream().filter(e -> e.source().equals(f.getKey()))
          .filter(e -> e.programs().stream().anyMatch(p -> p.startsWith("DPRK"))).count();
      assertEquals(scanned, parsed, "DPRK-program entries of " + f.getKey());
      assertTrue(parsed > 0);
    }
    // rows of alt/add/comments whose ent_num is in no sdn-layout file are counted as orphans
    for (var f : List.of(Map.entry("alt.csv", "alt_orphan"), Map.entry("add.csv", "add_orphan"),
        Map.entry("sdn_comments.csv", "comments_orphan"))) {
      List<String> ents = scanEntNums(f.getKey());
      assertEquals(ents.size(), list.report().get("rows." + f.getKey()), f.getKey());
      assertEquals(ents.stream().filter(e -> !all.contains(e)).count(), list.report().get(f.getValue()), f.getValue());
    }
    assertTrue(list.report().get("alt_orphan") > 0 && list.report().get("add_orphan") > 0,
        "the shared copy mixes publication dates: orphans expected");
    assertEquals(list.report().get("rows.sdn_comments.csv"), list.report().get("comments_appended")
        + list.report().get("comments_stale") + list.report().get("comments_orphan"));
  }

  @Test
  void strongAliasesByKindAndAddressesMatchTheFiles() throws Exception {
    java.util.Set<String> ents = list.entries().stream().map(SanctionsEntry::entNum).collect(java.util.stream.Collectors.toSet());
    Map<String, Long> scanned = new HashMap<>();
    Pattern alt = Pattern.compile("^(\\d+),\\d+,\"(aka|fka|nka)\",");
    for (String line : Files.readAllLines(dir.resolve("alt.csv"), StandardCharsets.ISO_8859_1)) {
      Matcher m = alt.matcher(line);
      if (m.find() && ents.contains(m.group(1))) {
        scanned.merge(m.group(2), 1L, Long::sum);
      }
    }
    Map<String, Long> parsed = new HashMap<>();
    list.entries().forEach(e -> e.aliases().stream().filter(a -> !a.weak()).forEach(a -> parsed.merge(a.kind(), 1L, Long::sum)));
    long dup = list.report().get("alt_duplicate");
    for (String kind : List.of("aka", "fka", "nka")) {
      assertTrue(scanned.getOrDefault(kind, 0L) > 0, kind);
    }
    assertEquals(scanned.values().stream().mapToLong(Long::longValue).sum(),
        parsed.values().stream().mapToLong(Long::longValue).sum() + dup, "strong aliases (+ duplicates of a name)");
    assertTrue(parsed.get("fka") > 100 && parsed.get("nka") > 5, parsed.toString());
    long addRows = scanEntNums("add.csv").stream().filter(ents::contains).count();
    long addresses = list.entries().stream().mapToLong(e -> e.addresses().size()).sum();
    assertEquals(addRows, addresses + list.report().get("add_empty"));
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
    Pattern wallet = Pattern.compile("Digital Currency Address - ([A-Z0-9]+) ");
    Map<String, Long> wallets = new java.util.TreeMap<>();
    long emails = count(remarks.values(), "Email Address ");
    for (String r : remarks.values()) {
      Matcher m = wallet.matcher(r);
      while (m.find()) {
        wallets.merge(m.group(1), 1L, Long::sum);
      }
    }
    Map<String, Long> parsedWallets = new java.util.TreeMap<>();
    list.entries().forEach(e -> e.wallets().forEach(w -> parsedWallets.merge(w.currency(), 1L, Long::sum)));
    long parsedEmails = list.entries().stream().mapToLong(e -> e.emails().size()).sum();
    System.out.printf("real OFAC: wallets %s, %d emails (scan %s, %d); report %s%n",
        parsedWallets, parsedEmails, wallets, emails, list.report());
    assertTrue(wallets.values().stream().mapToLong(Long::longValue).sum() > 250, "scan found " + wallets);
    assertEquals(wallets, parsedWallets, "digital currency addresses per currency");
    assertEquals(emails, parsedEmails);
    assertEquals(count(remarks.values(), "Website ") + count(remarks.values(), "Website:"),
        list.entries().stream().mapToLong(e -> e.websites().size()).sum());
    // items only (after "; " or an item-ending ". ", as the parser splits): "Telephone" also occurs in
    // prose ("National Telephone Company")
    long phones = remarks.values().stream().mapToLong(r -> Pattern.compile("(?:^|[;.]\\s+)(?:Phone Number |Telephone)")
        .matcher(r).results().count()).sum();
    assertEquals(phones, list.entries().stream().mapToLong(e -> e.phones().size()).sum());
    assertEquals(count(remarks.values(), "Linked To: "), list.entries().stream().mapToLong(e -> e.linkedTo().size()).sum());
    assertEquals(count(remarks.values(), "Gender Male"), list.entries().stream().filter(e -> "Male".equals(e.gender())).count());
    assertEquals(count(remarks.values(), "Gender Female"), list.entries().stream().filter(e -> "Female".equals(e.gender())).count());
    long weak = count(remarks.values(), "a.k.a. '") + count(remarks.values(), "f.k.a. '") + count(remarks.values(), "n.k.a. '")
        + count(remarks.values(), "d.b.a. '");
    long parsedWeak = list.entries().stream().mapToLong(e -> e.aliases().stream().filter(SanctionsEntry.Alias::weak).count()).sum();
    assertEquals(weak, parsedWeak + list.report().get("weak_alias_duplicate"), "weak aliases (+ duplicates of a name)");
  }

  static long count(java.util.Collection<String> texts, String needle) {
    long n = 0;
    for (String t : texts) {
      for (int i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) {
        n++;
      }
    }
    return n;
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
