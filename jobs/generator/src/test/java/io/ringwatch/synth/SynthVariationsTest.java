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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
    root = io.ringwatch.testing.TestFiles.tempDirectory("ringwatch-variations-");
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
    // shared-devices alone adds rows: IT support's sign-ins on colleagues' laptops (never written
    // broken, so the rows written broken are the base company's), as many as its plan holds
    Map<String, Integer> added = new HashMap<>();
    for (Worker w : CompanyPlan.build(GeneratorOptions.of(WORKERS, SEED)
        .withVariations(EnumSet.of(v))).workers) {
      if (w.visits != null) {
        added.put(w.id, w.visits.size());
      }
    }
    assertTrue(added.isEmpty() || v == Variation.SHARED_DEVICES, v + " adds rows");
    // every worker it did not tag (the fraudulent ones among them) has the same rows; event and
    // payment ids are row numbers, so rows are compared without them
    for (String table : Datasets.TABLES) {
      Map<String, List<String>> before = base.rowsByWorker(table);
      Map<String, List<String>> after = c.rowsByWorker(table);
      for (String w : base.truth.keySet()) {
        if (!touched.contains(w)) {
          assertEquals(before.get(w), after.get(w), v + ": " + table + " rows of " + w);
        } else { // the habit changes, the number of rows does not
          int more = table.equals(Datasets.AUTH_EVENTS) ? added.getOrDefault(w, 0) : 0;
          assertEquals(before.getOrDefault(w, List.of()).size() + more,
              after.getOrDefault(w, List.of()).size(), v + ": " + table + " rows of " + w);
        }
      }
    }
    // the rows written broken are the base company's: as many per table, one by one with the
    // same reason, and as written where they are an untagged worker's
    for (String table : Datasets.TABLES) {
      List<String[]> before = base.broken(table);
      List<String[]> after = c.broken(table);
      assertEquals(before.size(), after.size(), v + ": broken rows of " + table);
      for (int k = 0; k < before.size(); k++) {
        assertEquals(before.get(k)[0], after.get(k)[0], v + ": broken row " + k + " of " + table);
        if (!before.get(k)[1].isEmpty() && !touched.contains(before.get(k)[1])) {
          assertEquals(before.get(k)[2], after.get(k)[2], v + ": broken row " + k + " of " + table);
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

  // ---- shared-devices -------------------------------------------------------------------------

  /** Per signer, per laptop, the sign-ins on laptops someone else holds or no one holds. */
  private static Map<String, Map<String, List<String[]>>> signInsOnOthersLaptops(Company c) {
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    SynthCsv dev = c.rows.get(Datasets.DEVICES);
    Map<String, String[]> devices = c.devicesById();
    Map<String, Map<String, List<String[]>>> out = new TreeMap<>();
    for (String[] e : auth.rows) {
      String w = e[auth.col("worker_id")];
      String[] d = devices.get(e[auth.col("device_id")]);
      if (w.isEmpty() || d == null || d[dev.col("assigned_worker_id")].equals(w)
          || time(e[auth.col("event_time")]) == null) {
        continue;
      }
      out.computeIfAbsent(w, k -> new TreeMap<>()).computeIfAbsent(d[0], k -> new ArrayList<>())
          .add(e);
    }
    return out;
  }

  @Test
  void sharedDevicesItSupportSignsInOnColleaguesLaptopsFromTheVpnInOfficeHours() {
    Company c = WITH.get(Variation.SHARED_DEVICES);
    Set<String> touched = c.tagged(Variation.SHARED_DEVICES.id());
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    SynthCsv dev = c.rows.get(Datasets.DEVICES);
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Map<String, String[]> devices = c.devicesById();
    Map<String, String[]> hrOf = c.hrById();
    Map<String, Set<String>> zones = c.zonesByWorker();
    // IT support: who signs in on laptops colleagues hold, after they were shipped to them
    Set<String> support = c.signInsOnOthersLaptops().keySet();
    assertEquals(Math.max(2, Math.round(WORKERS / 150.0)), support.size(), support.toString());
    assertTrue(base.signInsOnOthersLaptops().isEmpty(), "the base company has none");
    Map<String, Map<String, List<String[]>>> others = signInsOnOthersLaptops(c);
    Set<String> helped = new HashSet<>();
    for (String w : support) {
      assertTrue(touched.contains(w), w);
      assertEquals("IT", hrOf.get(w)[hr.col("department")], w);
      assertTrue(List.of(SharedDevices.IT_TITLES).contains(hrOf.get(w)[hr.col("job_title")]),
          hrOf.get(w)[hr.col("job_title")]);
      ZoneId zone = ZoneId.of(zones.get(w).iterator().next());
      int laptops = 0;
      for (var e : others.get(w).entrySet()) {
        String holder = devices.get(e.getKey())[dev.col("assigned_worker_id")];
        if (holder.isEmpty()) {
          continue;
        }
        laptops++;
        helped.add(holder);
        assertTrue(touched.contains(holder), "the colleague " + holder + " is tagged");
        assertEquals("false", c.truth.get(holder)[1], "a fraudulent worker's laptop: " + holder);
        assertTrue(e.getValue().size() >= 1 && e.getValue().size() <= 3,
            w + " signed in on " + e.getKey() + " " + e.getValue().size() + " times");
        for (String[] row : e.getValue()) {
          assertEquals("sso_login", row[auth.col("event_type")]);
          assertEquals("success", row[auth.col("result")]);
          assertTrue(IpRanges.CORPORATE_VPN.contains(row[auth.col("source_ip")]),
              "from the corporate VPN: " + row[auth.col("source_ip")]);
          ZonedDateTime local = time(row[auth.col("event_time")]).atZone(zone);
          assertTrue(local.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
              && local.getHour() >= 9 && local.getHour() < 17, "in office hours: " + local);
        }
      }
      assertTrue(laptops >= 10 && laptops <= 40, w + " helped on " + laptops + " laptops");
    }
    // and they still sign in on their own laptop as before
    Map<String, List<String>> before = base.rowsByWorker(Datasets.AUTH_EVENTS);
    Map<String, List<String>> after = c.rowsByWorker(Datasets.AUTH_EVENTS);
    for (String w : support) {
      assertTrue(after.get(w).containsAll(before.get(w)), w + " keeps the base sign-ins");
    }
    assertTrue(helped.size() >= 20, "colleagues helped: " + helped.size());
  }

  @Test
  void sharedDevicesReassignedLaptopsWereSignedInOnByThePreviousHolderOnlyBeforeShipping() {
    Company c = WITH.get(Variation.SHARED_DEVICES);
    Set<String> touched = c.tagged(Variation.SHARED_DEVICES.id());
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    SynthCsv end = c.rows.get(Datasets.ENDPOINT_EVENTS);
    SynthCsv dev = c.rows.get(Datasets.DEVICES);
    SynthCsv hr = c.rows.get(Datasets.HR_WORKERS);
    Map<String, String[]> devices = c.devicesById();
    Map<String, String[]> hrOf = c.hrById();
    Set<String> support = c.signInsOnOthersLaptops().keySet();
    // laptops a holder has and someone else, not IT support, signed in on
    Map<String, String> previousOf = new TreeMap<>();
    signInsOnOthersLaptops(c).forEach((w, byLaptop) -> byLaptop.keySet().forEach(d -> {
      if (!support.contains(w) && !devices.get(d)[dev.col("assigned_worker_id")].isEmpty()) {
        assertEquals(null, previousOf.put(d, w), "one previous holder of " + d);
      }
    }));
    assertTrue(signInsOnOthersLaptops(base).values().stream().allMatch(m -> m.keySet().stream()
        .allMatch(d -> devices.get(d)[dev.col("assigned_worker_id")].isEmpty())),
        "in the base company only holders sign in on a held laptop");
    int expected = (int) Math.round(0.02 * devices.size());
    assertTrue(previousOf.size() >= expected - 2 && previousOf.size() <= expected,
        "reassigned laptops " + previousOf.size() + " of " + devices.size());
    int left = 0;
    for (var e : previousOf.entrySet()) {
      String laptop = e.getKey();
      String previous = e.getValue();
      String[] d = devices.get(laptop);
      String holder = d[dev.col("assigned_worker_id")];
      LocalDate shipped = LocalDate.parse(d[dev.col("shipped_at")]);
      assertTrue(touched.contains(previous) && touched.contains(holder), laptop);
      assertFalse(shipped.isBefore(LocalDate.parse(c.manifest.replaceAll(
          "(?s).*\"first_day\": \"([0-9-]+)\".*", "$1"))), "shipped in the window: " + shipped);
      // the previous holder's sign-ins and the laptop's telemetry: only before it was shipped;
      // the holder's: only from then on
      Instant lastOnIt = Instant.MIN;
      for (String[] row : auth.rows) {
        Instant t = time(row[auth.col("event_time")]);
        if (t == null || !row[auth.col("device_id")].equals(laptop)) {
          continue;
        }
        String w = row[auth.col("worker_id")];
        if (w.equals(previous)) {
          assertTrue(day(t).isBefore(shipped), previous + " on " + laptop + " at " + t);
          lastOnIt = t.isAfter(lastOnIt) ? t : lastOnIt;
        } else if (w.equals(holder)) {
          assertFalse(day(t).isBefore(shipped), holder + " on " + laptop + " at " + t);
        } else {
          assertTrue(w.isEmpty() || support.contains(w), w + " on " + laptop);
        }
      }
      for (String[] row : end.rows) {
        Instant t = time(row[end.col("event_time")]);
        if (t != null && row[end.col("device_id")].equals(laptop)
            && row[end.col("worker_id")].equals(previous)) {
          assertTrue(day(t).isBefore(shipped), previous + "'s telemetry on " + laptop + " at " + t);
        }
      }
      // who gave it back: a leaver, or one signing in on a laptop of their own from then on
      String term = hrOf.get(previous)[hr.col("termination_date")];
      if (!term.isEmpty()) {
        assertTrue(LocalDate.parse(term).isBefore(shipped), previous + " left " + term);
        left++;
        continue;
      }
      for (String[] row : auth.rows) {
        Instant t = time(row[auth.col("event_time")]);
        String[] other = devices.get(row[auth.col("device_id")]);
        if (t != null && other != null && row[auth.col("worker_id")].equals(previous)
            && !other[0].equals(laptop)) {
          assertEquals(previous, other[dev.col("assigned_worker_id")], "their own laptop");
          assertTrue(t.isAfter(lastOnIt), previous + " on " + other[0] + " at " + t);
        }
      }
    }
    assertTrue(left < previousOf.size(), "most previous holders got a new laptop");
  }

  @Test
  void sharedDevicesLoanersHaveNoHolderAndSeveralUsersInTurn() {
    Company c = WITH.get(Variation.SHARED_DEVICES);
    Set<String> touched = c.tagged(Variation.SHARED_DEVICES.id());
    SynthCsv auth = c.rows.get(Datasets.AUTH_EVENTS);
    SynthCsv dev = c.rows.get(Datasets.DEVICES);
    Map<String, String[]> devices = c.devicesById();
    for (Company company : List.of(base, c)) {
      Map<String, Map<String, List<Instant>>> users = new TreeMap<>(); // laptop, worker, times
      for (String[] row : company.rows.get(Datasets.AUTH_EVENTS).rows) {
        String[] d = devices.get(row[auth.col("device_id")]);
        Instant t = time(row[auth.col("event_time")]);
        String w = row[auth.col("worker_id")];
        if (d != null && d[dev.col("assigned_worker_id")].isEmpty() && t != null && !w.isEmpty()) {
          users.computeIfAbsent(d[0], k -> new TreeMap<>())
              .computeIfAbsent(w, k -> new ArrayList<>()).add(t);
        }
      }
      users.values().removeIf(u -> u.size() < 2);
      if (company == base) {
        assertTrue(users.isEmpty(), "no shared laptop in the base company: " + users.keySet());
        continue;
      }
      assertEquals(Math.max(2, Math.round(WORKERS / 500.0)), users.size(), users.keySet().toString());
      for (var e : users.entrySet()) {
        assertTrue(e.getValue().size() <= 4, e.getKey() + " lent to " + e.getValue().keySet());
        // in turn: one borrower's sign-ins all before the next one's
        List<Instant[]> spans = new ArrayList<>();
        e.getValue().forEach((w, times) -> {
          assertTrue(touched.contains(w), w);
          assertEquals("false", c.truth.get(w)[1], w);
          spans.add(new Instant[] {times.stream().min(Instant::compareTo).orElseThrow(),
              times.stream().max(Instant::compareTo).orElseThrow()});
        });
        spans.sort((a, b) -> a[0].compareTo(b[0]));
        for (int i = 1; i < spans.size(); i++) {
          assertTrue(spans.get(i - 1)[1].isBefore(spans.get(i)[0]), e.getKey() + " lent in turn");
        }
      }
    }
  }

  @Test
  void sharedDevicesOffLeavesTheBaseCompanyAsItWasWrittenBeforeTheVariation() throws Exception {
    // a base company's tables and truth, as the generator wrote them before shared-devices
    // existed (commit b3ca529; plain CSV, so the bytes do not depend on the JDK's zlib); the
    // manifest names generator version 2 since then (its rings all had a facilitator channel)
    Path dir = root.resolve("off-pinned");
    CompanyGenerator.generate(GeneratorOptions.of(150, 5).withGzip(false)
        .withVariations(Variation.parse("none")), dir);
    Map<String, String> h = hashes(dir);
    h.keySet().removeIf(f -> f.startsWith("sanctions"));
    assertEquals(PINNED_BASE, h, "the base company changed: if on purpose, pin the new hashes "
        + "(and regenerate data/sample)");
  }

  private static final Map<String, String> PINNED_BASE = Map.of(
      "auth_events/auth_events.csv",
      "3ee9646df94e2c90d0d89df594fab5896e3a3b3951a9307f59fa49caed840d0f",
      "devices/devices.csv", "bd9a0442a2060014d8b7b878d0c4b095de18413f06dec95d13af89314cca16a8",
      "endpoint_events/endpoint_events.csv",
      "d6ed01db4db68defbffc26604df0396e9c1fd227bee56a11c96b4683dbefa0ea",
      "hr_workers/hr_workers.csv",
      "d55a3bc655eab48526f7c1c361163496eb8ed05c7478511c611c8bb90d1d404f",
      "payroll_payments/payroll_payments.csv",
      "443f26232dfbcd229dbb109a63e9874de291e6e95995c2c0e293f7099e92268f",
      "truth/broken_rows.csv", "fb9bc95fb8e06898ecdb7e2175078e6d9e719f1adb28fa156788540c8cd9005f",
      "truth/manifest.json", "b3f34b5d5921f89db872f3aa622ad738ad6e23be1a18efb50fe73b91d29283fd",
      "truth/rings.csv", "6f740f568701fa46faa2642f6f5dad942eee5187e40d4511a3352aeb77700f3e",
      "truth/workers.csv", "7755ed233ce4aedf0399a7b037551c0ad1863c28b1f9bdfb95bb738a9ce0b6f7");

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

  /** The instant of an event time, or null for one written broken. */
  static Instant time(String s) {
    try {
      return Instant.parse(s);
    } catch (RuntimeException broken) {
      return null;
    }
  }

  /** The UTC date of {@code t}. */
  static LocalDate day(Instant t) {
    return t.atZone(ZoneOffset.UTC).toLocalDate();
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
    final List<String[]> brokenRows;
    final String manifest;

    private Company(Path dir) throws IOException {
      for (String t : Datasets.TABLES) {
        rows.put(t, SynthCsv.read(dir.resolve(t).resolve(t + ".csv.gz")));
      }
      for (String[] w : SynthCsv.read(dir.resolve("truth/workers.csv")).rows) {
        truth.put(w[0], w);
      }
      truthRings = SynthCsv.read(dir.resolve("truth/rings.csv")).rows;
      brokenRows = SynthCsv.read(dir.resolve("truth/broken_rows.csv")).rows;
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

    /**
     * The rows of {@code table} written broken, in the order written: the reason, the worker
     * of the row (empty when that is what was broken) and the row as written without the
     * row-number id of events and payments (ids move when rows are added before them).
     */
    List<String[]> broken(String table) {
      SynthCsv csv = rows.get(table);
      int worker = csv.col(table.equals(Datasets.DEVICES) ? "assigned_worker_id" : "worker_id");
      boolean dropId = !table.equals(Datasets.HR_WORKERS) && !table.equals(Datasets.DEVICES);
      List<String[]> out = new ArrayList<>();
      for (String[] b : brokenRows) {
        if (b[0].equals(table)) {
          String[] row = csv.rows.get(Integer.parseInt(b[1]) - 2);
          out.add(new String[] {b[3], row[worker],
              String.join(",", dropId ? Arrays.copyOfRange(row, 1, row.length) : row)});
        }
      }
      return out;
    }

    /** The first device row of each device id (rows written without one left out). */
    Map<String, String[]> devicesById() {
      Map<String, String[]> out = new HashMap<>();
      for (String[] d : rows.get(Datasets.DEVICES).rows) {
        if (!d[0].isEmpty()) {
          out.putIfAbsent(d[0], d);
        }
      }
      return out;
    }

    /**
     * Per worker, the successful sign-ins on a laptop another worker holds, on or after the day
     * it was shipped to them: IT support's sign-ins on colleagues' laptops.
     */
    Map<String, Integer> signInsOnOthersLaptops() {
      SynthCsv auth = rows.get(Datasets.AUTH_EVENTS);
      SynthCsv dev = rows.get(Datasets.DEVICES);
      Map<String, String[]> devices = devicesById();
      Map<String, Integer> out = new HashMap<>();
      for (String[] e : auth.rows) {
        String w = e[auth.col("worker_id")];
        String[] d = devices.get(e[auth.col("device_id")]);
        Instant t = time(e[auth.col("event_time")]);
        if (w.isEmpty() || d == null || t == null || d[dev.col("assigned_worker_id")].isEmpty()
            || d[dev.col("assigned_worker_id")].equals(w)
            || day(t).isBefore(LocalDate.parse(d[dev.col("shipped_at")]))) {
          continue;
        }
        out.merge(w, 1, Integer::sum);
      }
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
