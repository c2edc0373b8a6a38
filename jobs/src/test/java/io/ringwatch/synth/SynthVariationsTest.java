package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generator variations (issue 18, item 6): each shows its habit in the rows of the workers it
 * tags, and a benign one leaves the base company (workers, rings, fraudulent workers' rows and
 * every untouched worker's rows) as it was. One base company of 400 workers, and that company
 * with one variation on at a time.
 */
class SynthVariationsTest {
  private static final int WORKERS = 400;
  private static final long SEED = 11;
  private static Path root;
  private static Company base;
  private static final Map<Variation, Company> WITH = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    root = Files.createTempDirectory("ringwatch-variations-");
    base = Company.generate(root.resolve("base"), GeneratorOptions.of(WORKERS, SEED));
    for (Variation v : Variation.values()) {
      WITH.put(v, Company.generate(root.resolve(v.id()),
          GeneratorOptions.of(WORKERS, SEED).withVariations(EnumSet.of(v))));
    }
  }

  // ---- options and names --------------------------------------------------------------------

  @Test
  void namesParseAndUnknownOnesAreRefusedListingTheKnown() {
    assertEquals(EnumSet.allOf(Variation.class), Variation.parse("all"));
    assertEquals(Set.of(), Variation.parse("none"));
    assertEquals(Set.of(), Variation.parse(""));
    assertEquals(EnumSet.of(Variation.HR_TYPOS, Variation.CLOUD_DESKTOPS),
        Variation.parse(" hr-typos,Cloud-Desktops "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Variation.parse("hr-typos,vpn-abroad"));
    assertFalse(e.getMessage().contains("\n"));
    assertTrue(e.getMessage().contains("'vpn-abroad'"), e.getMessage());
    for (Variation v : Variation.values()) {
      assertTrue(e.getMessage().contains(v.id()), e.getMessage());
    }
    assertEquals("all", Variation.label(EnumSet.allOf(Variation.class)));
    assertEquals("none", Variation.label(Set.of()));
    assertEquals("cloud-desktops+hr-typos",
        Variation.label(EnumSet.of(Variation.HR_TYPOS, Variation.CLOUD_DESKTOPS)));
    assertEquals(Set.of(), GeneratorOptions.of(10, 1).variations());
  }

  @Test
  void variationsOffWritesTheBaseCompanyByteForByte() throws Exception {
    GeneratorOptions opt = GeneratorOptions.of(150, 5);
    CompanyGenerator.generate(opt, root.resolve("off-a"));
    CompanyGenerator.generate(opt.withVariations(Variation.parse("none")), root.resolve("off-b"));
    CompanyGenerator.generate(new GeneratorOptions(150, 5, opt.asOf(), opt.eventDays(),
        opt.brokenRowShare(), true), root.resolve("off-c"));
    Map<String, String> a = hashes(root.resolve("off-a"));
    assertEquals(a, hashes(root.resolve("off-b")));
    assertEquals(a, hashes(root.resolve("off-c")));
    assertFalse(Files.readString(root.resolve("off-a/truth/manifest.json")).contains("variations"));
    // and a variation on is another company, which says so
    assertTrue(WITH.get(Variation.HR_TYPOS).manifest.contains("\"variations\": [\"hr-typos\"]"));
  }

  // ---- metamorphic: a benign variation keeps the base company -------------------------------

  @ParameterizedTest
  @EnumSource(value = Variation.class, names = "FOREIGN_COMPANY", mode = EnumSource.Mode.EXCLUDE)
  void aBenignVariationChangesOnlyTheWorkersItTags(Variation v) {
    Company c = WITH.get(v);
    Set<String> touched = c.tagged(v.id());
    assertTrue(touched.size() >= 5, v + " touched " + touched.size());
    assertEquals(base.ringRows(), c.ringRows(), "rings");
    assertEquals(base.truth.keySet(), c.truth.keySet(), "workers");
    for (String w : base.truth.keySet()) {
      String[] b = base.truth.get(w);
      String[] x = c.truth.get(w);
      assertEquals(List.of(b[0], b[1], b[2], b[3]), List.of(x[0], x[1], x[2], x[3]), w);
      if (touched.contains(w)) {
        assertEquals("false", x[1], v + " touched fraudulent worker " + w);
        String groups = b[4].isEmpty() ? v.id() : b[4] + ";" + v.id();
        assertEquals(groups, x[4], "benign groups of " + w);
      } else {
        assertEquals(b[4], x[4], w);
      }
    }
    // every worker it did not tag (the fraudulent ones among them) has the same rows; event and
    // payment ids are row numbers, so rows are compared without them
    for (String table : Datasets.TABLES) {
      Map<String, List<String>> before = base.rowsByWorker(table);
      Map<String, List<String>> after = c.rowsByWorker(table);
      for (String w : base.truth.keySet()) {
        if (!touched.contains(w)) {
          assertEquals(before.get(w), after.get(w), v + ": " + table + " rows of " + w);
        } else { // the habit changes, the number of rows does not
          assertEquals(before.getOrDefault(w, List.of()).size(),
              after.getOrDefault(w, List.of()).size(), v + ": " + table + " rows of " + w);
        }
      }
    }
    assertEquals(base.rows.get(Datasets.HR_WORKERS).rows.size(),
        c.rows.get(Datasets.HR_WORKERS).rows.size());
  }

  @Test
  void foreignCompanyKeepsTheRingsMembersAndTactics() {
    Company c = WITH.get(Variation.FOREIGN_COMPANY);
    assertEquals(base.truth.keySet(), c.truth.keySet());
    for (String w : base.truth.keySet()) {
      String[] b = base.truth.get(w);
      String[] x = c.truth.get(w);
      assertEquals(List.of(b[1], b[2], b[3]), List.of(x[1], x[2], x[3]), w);
    }
    for (int i = 0; i < base.truthRings.size(); i++) {
      assertEquals(Arrays.asList(base.truthRings.get(i)).subList(0, 3),
          Arrays.asList(c.truthRings.get(i)).subList(0, 3));
    }
  }

  // ---- each habit shows as intended -----------------------------------------------------------

  @Test
  void egressAbroadSendsRemoteSignInsThroughAProxyAbroadHalfTheTime() {
    Company c = WITH.get(Variation.EGRESS_ABROAD);
    Set<String> touched = c.tagged(Variation.EGRESS_ABROAD.id());
    SynthIpReference geo = SynthIpReference.country();
    List<IpRanges.Range> proxy = List.of(IpRanges.ZSCALER_DE, IpRanges.ZSCALER_NL,
        IpRanges.ZSCALER_GB, IpRanges.NETSKOPE_US, IpRanges.AWS_IE);
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    Set<String> office = new HashSet<>();
    for (String w : c.truth.keySet()) {
      if (c.truth.get(w)[4].contains(BenignGroups.OFFICE)) {
        office.add(w);
      }
    }
    assertTrue(touched.size() > 0.5 * WORKERS, "remote staff: " + touched.size());
    assertTrue(touched.stream().noneMatch(office::contains), "office workers go through the office");
    int logins = 0;
    int viaProxy = 0;
    Set<String> countries = new HashSet<>();
    for (String[] e : auth.rows) {
      String ip = e[auth.col("source_ip")];
      String w = e[auth.col("worker_id")];
      if (ip.isEmpty() || !e[auth.col("event_type")].equals("sso_login")) {
        continue;
      }
      boolean isProxy = IpRanges.find(proxy, ip) != null;
      if (w.isEmpty()) {
        continue; // a row written broken
      }
      if (touched.contains(w) && !e[auth.col("device_id")].isEmpty()) {
        logins++;
        if (isProxy) {
          viaProxy++;
          countries.add(geo.lookup(ip));
        }
      } else if (!touched.contains(w)) {
        assertFalse(isProxy, "untagged worker " + w + " through the proxy");
      }
    }
    double share = viaProxy / (double) logins;
    assertTrue(share > 0.35 && share < 0.6, "share through the proxy " + share);
    assertFalse(countries.contains("US"), "the proxy egresses abroad: " + countries);
    assertTrue(countries.contains("IE"), "and from the VPN server on AWS: " + countries);
  }

  @Test
  void contractorsAbroadAreATenthLiveThereAndArePaidInTheirOwnName() {
    Company c = WITH.get(Variation.CONTRACTORS_ABROAD);
    Set<String> touched = c.tagged(Variation.CONTRACTORS_ABROAD.id());
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    SynthIpReference geo = SynthIpReference.country();
    int abroad = 0;
    Map<String, String[]> hrOf = c.hrById();
    for (String[] h : hr.rows) {
      String[] t = c.truth.get(h[0]);
      if (t != null && t[1].equals("false") && h[hr.col("employment_type")]
          .equalsIgnoreCase("contractor") && !h[hr.col("home_country")].equals("US")) {
        abroad++;
      }
    }
    assertTrue(abroad >= 0.09 * WORKERS && abroad <= 0.11 * WORKERS, "contractors abroad " + abroad);
    Set<String> countries = new HashSet<>();
    for (String w : touched) {
      String[] h = hrOf.get(w);
      String cc = h[hr.col("claimed_work_country")];
      assertEquals(cc, h[hr.col("home_country")], w);
      assertFalse(cc.equals("US"), w);
      assertTrue(h[hr.col("employment_type")].equalsIgnoreCase("contractor"), w);
      countries.add(cc);
    }
    assertTrue(countries.size() >= 4, "countries " + countries);
    // paid to a platform or a bank account in their own name, in local currency or USD
    SynthCsv pay = c.rows.get(Datasets.PAYROLL_PAYMENTS);
    Set<String> methods = new HashSet<>();
    for (String[] p : pay.rows) {
      String w = p[pay.col("worker_id")];
      if (!touched.contains(w) || p[pay.col("currency")].isEmpty()) {
        continue;
      }
      String method = p[pay.col("payment_method")];
      methods.add(method);
      assertTrue(Set.of("wise", "payoneer", "paypal", "wire").contains(method), method);
      String cc = hrOf.get(w)[hr.col("home_country")];
      Countries.Country country = Countries.of(cc);
      assertTrue(Set.of("USD", country.currency()).contains(p[pay.col("currency")]), cc);
      assertTrue(sameName(p[pay.col("account_holder_name")], hrOf.get(w)[hr.col("full_name")]),
          p[pay.col("account_holder_name")] + " vs " + hrOf.get(w)[hr.col("full_name")]);
      if (method.equals("wire") && !p[pay.col("iban")].isEmpty()) {
        assertTrue(ibanValid(p[pay.col("iban")]), p[pay.col("iban")]);
        assertTrue(p[pay.col("iban")].startsWith(cc), p[pay.col("iban")]);
      }
    }
    assertTrue(methods.size() >= 3, "payment methods " + methods);
    // sign-ins from home broadband there (or the corporate VPN), in their own daytime
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    Map<String, Set<String>> zones = c.zonesByWorker();
    int daytime = 0;
    int total = 0;
    for (String[] e : auth.rows) {
      String w = e[auth.col("worker_id")];
      String ip = e[auth.col("source_ip")];
      if (!touched.contains(w) || ip.isEmpty()) {
        continue;
      }
      String cc = hrOf.get(w)[hr.col("home_country")];
      if (!IpRanges.CORPORATE_VPN.contains(ip)) {
        assertEquals(cc, geo.lookup(ip), w + " signs in from " + ip);
      }
      Instant t;
      try {
        t = Instant.parse(e[auth.col("event_time")]);
      } catch (RuntimeException broken) {
        continue;
      }
      if (c.truth.get(w)[4].contains(BenignGroups.NIGHT_SHIFT)) {
        continue;
      }
      total++;
      int hour = t.atZone(ZoneId.of(zones.get(w).iterator().next())).getHour();
      if (hour >= 7 && hour <= 21) {
        daytime++;
      }
    }
    assertTrue(daytime > 0.9 * total, "in local daytime: " + daytime + " of " + total);
  }

  @Test
  void nationalPlaceholdersAreWrittenInTheWorkersOwnNotation() {
    Company us = WITH.get(Variation.NATIONAL_PLACEHOLDERS);
    Company abroad = Company.generate(root.resolve("placeholders-abroad"),
        GeneratorOptions.of(WORKERS, SEED).withVariations(EnumSet.of(Variation.FOREIGN_COMPANY,
            Variation.NATIONAL_PLACEHOLDERS)));
    for (Company c : List.of(us, abroad)) {
      Set<String> touched = c.tagged(Variation.NATIONAL_PLACEHOLDERS.id());
      SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
      Map<String, String[]> hrOf = c.hrById();
      String country = c.manifest.contains("\"company_country\": \"GB\"") ? "GB"
          : c.manifest.contains("\"company_country\": \"DE\"") ? "DE" : "US";
      assertTrue(touched.size() >= 0.01 * WORKERS && touched.size() <= 0.035 * WORKERS,
          country + " placeholders " + touched.size());
      int local = 0;
      for (String w : touched) {
        String[] h = hrOf.get(w);
        String cc = h[hr.col("home_country")];
        String phone = h[hr.col("phone")];
        String id = h[hr.col("national_id")];
        boolean placeholderPhone = List.of(Countries.phonePlaceholders(cc)).contains(phone);
        boolean placeholderId = List.of(Countries.idPlaceholders(cc)).contains(id);
        assertTrue(placeholderPhone || placeholderId, w + " " + cc + " " + phone + " " + id);
        if (cc.equals(country)) {
          local++;
        }
      }
      assertTrue(local >= 2, country + ": " + local);
    }
  }

  @Test
  void cloudDesktopsSignInFromASharedPoolOfAzureOrAwsAddresses() throws IOException {
    Company c = WITH.get(Variation.CLOUD_DESKTOPS);
    Set<String> touched = c.tagged(Variation.CLOUD_DESKTOPS.id());
    SynthIpReference asn = SynthIpReference.asn();
    List<IpRanges.Range> cloud = new ArrayList<>();
    Stream.of(IpRanges.AZURE_US, IpRanges.AWS_US).forEach(cloud::addAll);
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    Map<String, Set<String>> workersByIp = new HashMap<>();
    Set<String> asns = new HashSet<>();
    for (String[] e : auth.rows) {
      String w = e[auth.col("worker_id")];
      String ip = e[auth.col("source_ip")];
      if (ip.isEmpty()) {
        continue;
      }
      boolean isCloud = IpRanges.find(cloud, ip) != null;
      if (touched.contains(w) && e[auth.col("event_type")].equals("sso_login")
          && !e[auth.col("device_id")].isEmpty()) {
        assertTrue(isCloud, w + " signed in from " + ip);
        workersByIp.computeIfAbsent(ip, k -> new HashSet<>()).add(w);
        asns.add(asn.lookup(ip));
      } else if (!touched.contains(w)) {
        assertFalse(isCloud, w + " is not on a cloud desktop: " + ip);
      }
    }
    assertTrue(workersByIp.size() >= 20 && workersByIp.size() <= 40, "pool " + workersByIp.size());
    assertTrue(workersByIp.values().stream().anyMatch(s -> s.size() >= 3), "shared by the team");
    assertTrue(Set.of("8075", "16509", "14618").containsAll(asns), asns.toString());
    // the enrich stage's hosting watchlist knows these networks
    String conf = Files.readString(Path.of(System.getProperty("ringwatch.repo.root", ".."),
        "conf", "enrich.conf"));
    for (String a : asns) {
      assertTrue(conf.contains("asn = " + a + ","), "AS" + a + " not watched as hosting");
    }
    // one team
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Set<String> depts = new HashSet<>();
    c.hrById().forEach((w, h) -> {
      if (touched.contains(w)) {
        depts.add(h[hr.col("department")]);
      }
    });
    assertEquals(1, depts.size(), depts.toString());
  }

  @Test
  void movedWorkersSignInFromTheNewPlaceWhileHrKeepsTheOldOne() {
    Company c = WITH.get(Variation.MOVED_WITHOUT_HR);
    Set<String> touched = c.tagged(Variation.MOVED_WITHOUT_HR.id());
    Map<String, String[]> hrBefore = base.hrById();
    Map<String, String[]> hrAfter = c.hrById();
    SynthIpReference geo = SynthIpReference.country();
    Map<String, Set<String>> ipsBefore = base.ipsByWorker();
    Map<String, Set<String>> ipsAfter = c.ipsByWorker();
    Map<String, Set<String>> zonesBefore = base.zonesByWorker();
    Map<String, Set<String>> zonesAfter = c.zonesByWorker();
    int abroad = 0;
    for (String w : touched) {
      assertEquals(Arrays.asList(hrBefore.get(w)), Arrays.asList(hrAfter.get(w)), "HR of " + w);
      Set<String> gone = new HashSet<>(ipsBefore.get(w));
      gone.removeAll(ipsAfter.get(w));
      assertFalse(gone.isEmpty(), w + " still signs in from the old home");
      assertTrue(!zonesBefore.get(w).equals(zonesAfter.get(w)) || ipsAfter.get(w).stream()
          .anyMatch(ip -> !"US".equals(geo.lookup(ip))), w + " moved nowhere");
      if (ipsAfter.get(w).stream().anyMatch(ip -> !"US".equals(geo.lookup(ip)))) {
        abroad++;
      }
    }
    assertTrue(abroad >= 1 && abroad < touched.size(), abroad + " of " + touched.size() + " abroad");
  }

  @Test
  void hrTyposChangeOneValueOfTheHrRowByOneKeystroke() {
    Company c = WITH.get(Variation.HR_TYPOS);
    Set<String> touched = c.tagged(Variation.HR_TYPOS.id());
    Map<String, String[]> before = base.hrById();
    Map<String, String[]> after = c.hrById();
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Set<String> kinds = new HashSet<>();
    for (String w : touched) {
      List<Integer> diff = new ArrayList<>();
      for (int i = 0; i < hr.header.size(); i++) {
        if (!before.get(w)[i].equals(after.get(w)[i])) {
          diff.add(i);
        }
      }
      assertEquals(1, diff.size(), w + " " + diff);
      String col = hr.header.get(diff.get(0));
      assertTrue(Set.of("phone", "personal_email", "national_id").contains(col), col);
      kinds.add(col);
      String a = before.get(w)[diff.get(0)];
      String b = after.get(w)[diff.get(0)];
      assertTrue(editDistance(a, b) <= 2, a + " -> " + b);
    }
    assertEquals(Set.of("phone", "personal_email", "national_id"), kinds);
  }

  @Test
  void largeHouseholdsAndCoworkingSpacesShareOneAddressAndIp() {
    Company c = WITH.get(Variation.LARGE_HOUSEHOLDS);
    Set<String> touched = c.tagged(Variation.LARGE_HOUSEHOLDS.id());
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Map<String, Set<String>> byAddress = new HashMap<>();
    c.hrById().forEach((w, h) -> {
      if (touched.contains(w)) {
        String line = h[hr.col("home_address_line1")].trim().toLowerCase(Locale.ROOT).split(" ")[0]
            + " " + h[hr.col("home_address_line1")].trim().toLowerCase(Locale.ROOT).split(" ")[1];
        byAddress.computeIfAbsent(line + "|" + h[hr.col("home_postal_code")].substring(0, 5),
            k -> new HashSet<>()).add(w);
      }
    });
    List<Integer> sizes = byAddress.values().stream().map(Set::size).sorted().toList();
    assertTrue(sizes.stream().anyMatch(s -> s >= 5 && s <= 8), "a household of 5-8: " + sizes);
    assertTrue(sizes.stream().anyMatch(s -> s >= 10 && s <= 30), "a co-working space: " + sizes);
    assertTrue(sizes.stream().allMatch(s -> s >= 5), sizes.toString());
    Map<String, Set<String>> ips = c.ipsByWorker();
    for (Set<String> group : byAddress.values()) {
      Map<String, Integer> shared = new HashMap<>();
      for (String w : group) {
        ips.getOrDefault(w, Set.of()).forEach(ip -> shared.merge(ip, 1, Integer::sum));
      }
      int most = shared.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertTrue(most >= Math.min(group.size(), 5), "one IP for " + group + ": " + most);
    }
  }

  @Test
  void foreignCompanyIsInGreatBritainOrGermanyFraudIncluded() {
    Company c = WITH.get(Variation.FOREIGN_COMPANY);
    String country = c.manifest.contains("\"company_country\": \"GB\"") ? "GB" : "DE";
    assertTrue(c.manifest.contains("\"company_country\": \"" + country + "\""), c.manifest);
    Countries.Country cc = Countries.of(country);
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Map<String, String[]> hrOf = c.hrById();
    Map<String, String[]> baseHr = base.hrById();
    Set<String> domestic = new HashSet<>();
    for (String w : c.truth.keySet()) {
      String[] h = hrOf.get(w);
      String was = baseHr.get(w)[hr.col("home_country")];
      if (was.equals("US")) {
        domestic.add(w);
        assertEquals(country, h[hr.col("home_country")], w);
        assertEquals(country, h[hr.col("claimed_work_country")], w);
        assertFalse(h[hr.col("phone")].startsWith("+1"), h[hr.col("phone")]);
      } else {
        assertEquals(was, h[hr.col("home_country")], "a worker abroad stays abroad: " + w);
      }
      if (c.truth.get(w)[1].equals("true")) {
        assertEquals(country, h[hr.col("home_country")], "ring member " + w);
      }
    }
    assertTrue(domestic.size() > 0.9 * WORKERS);
    // payroll in the local currency to IBANs
    SynthCsv pay = c.rows.get(Datasets.PAYROLL_PAYMENTS);
    int iban = 0;
    for (String[] p : pay.rows) {
      String w = p[pay.col("worker_id")];
      if (!domestic.contains(w) || p[pay.col("currency")].isEmpty()) {
        continue;
      }
      String method = p[pay.col("payment_method")];
      assertFalse(Set.of("ach", "check").contains(method), method);
      assertTrue(p[pay.col("bank_routing_number")].isEmpty());
      if (!p[pay.col("iban")].isEmpty()) {
        iban++;
        assertTrue(ibanValid(p[pay.col("iban")]) && p[pay.col("iban")].startsWith(country),
            p[pay.col("iban")]);
        assertEquals(cc.currency(), p[pay.col("currency")]);
      }
    }
    assertTrue(iban > 0.8 * pay.rows.size(), "paid to IBANs: " + iban);
    // sign-ins: offices, the corporate VPN and homes are in that country; Asian and VPN exits stay
    SynthIpReference geo = SynthIpReference.country();
    Map<String, Integer> countries = new TreeMap<>();
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    for (String[] e : auth.rows) {
      String ip = e[auth.col("source_ip")];
      if (!ip.isEmpty() && c.truth.get(e[auth.col("worker_id")]) != null
          && c.truth.get(e[auth.col("worker_id")])[1].equals("false")) {
        countries.merge(geo.lookup(ip), 1, Integer::sum);
      }
    }
    int local = countries.getOrDefault(country, 0);
    int all = countries.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(local > 0.9 * all, "benign sign-ins by country " + countries);
    // ring tactics still show: reused and invalid national ids, shared phones
    Map<String, List<String>> idsByRing = new HashMap<>();
    for (String w : c.truth.keySet()) {
      String[] t = c.truth.get(w);
      String id = hrOf.get(w)[hr.col("national_id")].replace(" ", "");
      if (t[3].contains(Tactics.INVALID_SSN)) {
        assertTrue(country.equals("GB")
            ? List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(id.substring(0, 2))
            : id.startsWith("0"), "invalid id " + id);
      }
      if (t[3].contains(Tactics.REUSED_SSN)) {
        idsByRing.computeIfAbsent(t[2], k -> new ArrayList<>()).add(id);
      }
    }
    idsByRing.forEach((ring, ids) -> assertTrue(ids.size() > new HashSet<>(ids).size(),
        ring + " reuses an id: " + ids));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static boolean sameName(String holder, String fullName) {
    Set<String> h = words(holder);
    Set<String> n = words(fullName);
    return n.containsAll(h) || h.containsAll(n) || h.stream().filter(n::contains).count() >= 2;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String p : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (p.length() > 1) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    String r = s.substring(4) + s.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char ch : r.toCharArray()) {
      n.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  private static Map<String, String> hashes(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  /** A generated company, read back. */
  static final class Company {
    final Map<String, SynthCsv> rows = new HashMap<>();
    final Map<String, String[]> truth = new TreeMap<>();
    final List<String[]> truthRings;
    final String manifest;

    private Company(Path dir) throws IOException {
      for (String t : Datasets.TABLES) {
        rows.put(t, SynthCsv.read(dir.resolve(t).resolve(t + ".csv.gz")));
      }
      for (String[] w : SynthCsv.read(dir.resolve("truth/workers.csv")).rows) {
        truth.put(w[0], w);
      }
      truthRings = SynthCsv.read(dir.resolve("truth/rings.csv")).rows;
      manifest = Files.readString(dir.resolve("truth/manifest.json"));
    }

    static Company generate(Path dir, GeneratorOptions opt) {
      CompanyGenerator.generate(opt, dir);
      try {
        return new Company(dir);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    List<List<String>> ringRows() {
      return truthRings.stream().map(Arrays::asList).toList();
    }

    Set<String> tagged(String group) {
      Set<String> out = new HashSet<>();
      truth.forEach((w, t) -> {
        if (List.of(t[4].split(";")).contains(group)) {
          out.add(w);
        }
      });
      return out;
    }

    /** The first HR row of each worker. */
    Map<String, String[]> hrById() {
      Map<String, String[]> out = new HashMap<>();
      for (String[] h : rows.get(Datasets.HR_WORKERS).rows) {
        out.putIfAbsent(h[0], h);
      }
      return out;
    }

    /** A worker's rows of a table, without the row-number id, sorted. */
    Map<String, List<String>> rowsByWorker(String table) {
      SynthCsv csv = rows.get(table);
      int col = csv.col(table.equals(Datasets.DEVICES) ? "assigned_worker_id" : "worker_id");
      boolean dropId = !table.equals(Datasets.HR_WORKERS) && !table.equals(Datasets.DEVICES);
      Map<String, List<String>> out = new HashMap<>();
      for (String[] r : csv.rows) {
        String[] kept = dropId ? Arrays.copyOfRange(r, 1, r.length) : r;
        out.computeIfAbsent(r[col], k -> new ArrayList<>()).add(String.join(",", kept));
      }
      out.values().forEach(l -> l.sort(null));
      return out;
    }

    Map<String, Set<String>> ipsByWorker() {
      SynthCsv auth = rows.get(Datasets.AUTH_EVENTS);
      Map<String, Set<String>> out = new HashMap<>();
      for (String[] e : auth.rows) {
        if (!e[auth.col("source_ip")].isEmpty()) {
          out.computeIfAbsent(e[auth.col("worker_id")], k -> new HashSet<>())
              .add(e[auth.col("source_ip")]);
        }
      }
      return out;
    }

    Map<String, Set<String>> zonesByWorker() {
      SynthCsv end = rows.get(Datasets.ENDPOINT_EVENTS);
      Map<String, Set<String>> out = new HashMap<>();
      for (String[] e : end.rows) {
        if (!e[end.col("os_timezone")].isEmpty()) {
          out.computeIfAbsent(e[end.col("worker_id")], k -> new HashSet<>())
              .add(e[end.col("os_timezone")]);
        }
      }
      return out;
    }
  }
}
