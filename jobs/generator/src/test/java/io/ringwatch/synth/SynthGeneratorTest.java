package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One 2,000-worker company, checked against the input contract and its own truth. */
class SynthGeneratorTest {
  private static final int WORKERS = 2000;
  private static Path out;
  private static GenerationSummary summary;
  private static long millis;
  private static final Map<String, SynthCsv> TABLES = new HashMap<>();
  private static SynthCsv truthWorkers;
  private static SynthCsv truthRings;
  private static SynthCsv broken;

  /** The columns of ../shared/contracts/inputs.md, copied here on purpose (not from Datasets). */
  private static final Map<String, List<String>> CONTRACT = Map.of(
      "hr_workers", List.of("worker_id", "full_name", "date_of_birth", "national_id",
          "personal_email", "work_email", "phone", "home_address_line1", "home_city",
          "home_region", "home_postal_code", "home_country", "claimed_work_country", "hire_date",
          "termination_date", "employment_type", "vendor_name", "job_title", "department",
          "manager_id", "github_handle", "resume_sha256", "photo_phash"),
      "payroll_payments", List.of("payment_id", "worker_id", "pay_date", "amount", "currency",
          "payment_method", "bank_routing_number", "bank_account_number", "iban",
          "account_holder_name", "payee_platform_account", "wallet_address"),
      "devices", List.of("device_id", "serial_number", "assigned_worker_id", "model",
          "mac_address", "shipped_at", "ship_to_line1", "ship_to_city", "ship_to_region",
          "ship_to_postal_code", "ship_to_country"),
      "auth_events", List.of("event_id", "event_time", "worker_id", "event_type", "result",
          "source_ip", "device_id", "user_agent", "vpn_client"),
      "endpoint_events", List.of("event_id", "event_time", "device_id", "worker_id",
          "event_type", "process_name", "usb_vendor_id", "usb_product_id", "usb_product_name",
          "public_ip", "os_timezone", "keyboard_layouts"));

  /** Required columns, key column first. */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "hr_workers", List.of("worker_id", "full_name", "hire_date", "employment_type"),
      "payroll_payments", List.of("payment_id", "worker_id", "pay_date", "amount", "currency",
          "payment_method"),
      "devices", List.of("device_id"),
      "auth_events", List.of("event_id", "event_time", "worker_id", "event_type", "source_ip"),
      "endpoint_events", List.of("event_id", "event_time", "device_id", "event_type"));

  @BeforeAll
  static void generate() throws IOException {
    out = io.ringwatch.testing.TestFiles.tempDirectory("ringwatch-synth-");
    long t = System.nanoTime();
    summary = CompanyGenerator.generate(GeneratorOptions.of(WORKERS, 20261120L), out);
    millis = (System.nanoTime() - t) / 1_000_000;
    for (String table : Datasets.TABLES) {
      TABLES.put(table, SynthCsv.read(out.resolve(table).resolve(table + ".csv.gz")));
    }
    truthWorkers = SynthCsv.read(out.resolve("truth/workers.csv"));
    truthRings = SynthCsv.read(out.resolve("truth/rings.csv"));
    broken = SynthCsv.read(out.resolve("truth/broken_rows.csv"));
  }

  @Test
  void generationIsFastAndSmall() throws IOException {
    System.out.println("2,000 workers generated in " + millis + " ms: " + summary);
    assertTrue(millis < 30_000, "took " + millis + " ms");
    long bytes;
    try (Stream<Path> s = Files.walk(out)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertTrue(bytes < 12L * 1024 * 1024, "company takes " + bytes + " bytes");
  }

  @Test
  void everyDatasetHasTheContractColumnsInOrder() {
    for (String table : Datasets.TABLES) {
      assertEquals(CONTRACT.get(table), TABLES.get(table).header, table);
      for (String[] row : TABLES.get(table).rows) {
        assertEquals(CONTRACT.get(table).size(), row.length, table + " row " + Arrays.toString(row));
      }
    }
    assertEquals(List.of("worker_id", "is_fraud", "ring_id", "tactics", "benign_group"), truthWorkers.header);
    assertEquals(List.of("ring_id", "size", "tactics", "facilitator"), truthRings.header);
    assertEquals(List.of("dataset", "line", "key", "reason"), broken.header);
  }

  @Test
  void volumesAreWithinBounds() {
    assertEquals(summary.rows().get("hr_workers"), TABLES.get("hr_workers").rows.size());
    long dupHr = broken.rows.stream().filter(r -> r[0].equals("hr_workers") && r[3].startsWith("duplicate")).count();
    assertEquals(WORKERS + dupHr, TABLES.get("hr_workers").rows.size());
    within("payroll_payments", 15, 27);
    within("devices", 1.1, 1.4);
    within("auth_events", 25, 80);
    within("endpoint_events", 60, 160);
    long brokenShare = broken.rows.size() * 1_000_000L
        / summary.rows().values().stream().mapToLong(Long::longValue).sum();
    assertTrue(brokenShare > 1000 && brokenShare < 3000, "broken rows per million: " + brokenShare);
    SynthCsv hr = TABLES.get("hr_workers");
    long contractors = hr.rows.stream().filter(r -> r[hr.col("employment_type")].equalsIgnoreCase("contractor")).count();
    assertTrue(contractors > 0.15 * WORKERS && contractors < 0.27 * WORKERS, "contractors " + contractors);
    long terminated = hr.rows.stream().filter(r -> !r[hr.col("termination_date")].isEmpty()).count();
    assertTrue(terminated > 10 && terminated < 0.12 * WORKERS, "terminated " + terminated);
  }

  private static void within(String table, double lo, double hi) {
    double per = TABLES.get(table).rows.size() / (double) WORKERS;
    assertTrue(per >= lo && per <= hi, table + ": " + per + " rows per worker");
  }

  @Test
  void truthIsConsistent() {
    Map<String, Integer> members = new TreeMap<>();
    Map<String, Set<String>> memberTactics = new HashMap<>();
    int fraud = 0;
    for (String[] w : truthWorkers.rows) {
      boolean isFraud = Boolean.parseBoolean(w[1]);
      if (isFraud) {
        fraud++;
        assertFalse(w[2].isEmpty(), "fraud worker without ring: " + w[0]);
        assertFalse(w[3].isEmpty(), "fraud worker without tactics: " + w[0]);
        assertTrue(w[4].isEmpty(), "fraud worker in a benign group: " + w[0]);
        members.merge(w[2], 1, Integer::sum);
        memberTactics.computeIfAbsent(w[2], k -> new HashSet<>()).addAll(List.of(w[3].split(";")));
      } else {
        assertEquals("false", w[1]);
        assertTrue(w[2].isEmpty() && w[3].isEmpty(), "non-fraud worker with ring data: " + w[0]);
      }
    }
    assertEquals(WORKERS, truthWorkers.rows.size());
    assertTrue(fraud >= 0.02 * WORKERS && fraud <= 0.032 * WORKERS, "fraud workers " + fraud);
    assertEquals(summary.fraudWorkers(), fraud);
    assertEquals(members.size(), truthRings.rows.size());
    for (String[] ring : truthRings.rows) {
      int size = Integer.parseInt(ring[1]);
      assertEquals(members.get(ring[0]), size, "size of " + ring[0]);
      assertTrue(size >= 1 && size <= 15, ring[0] + " size " + size);
      Set<String> tactics = Set.of(ring[2].split(";"));
      assertEquals(memberTactics.get(ring[0]), tactics, "ring tactics = union of members' " + ring[0]);
      assertTrue(tactics.size() < Tactics.ALL.size(), ring[0] + " uses every tactic");
      assertTrue(Tactics.ALL.containsAll(tactics), ring[2]);
      assertFalse(ring[3].isEmpty());
    }
  }

  @Test
  void everyTacticAndBenignGroupAppears() {
    Set<String> tactics = new HashSet<>();
    Map<String, Integer> groups = new HashMap<>();
    for (String[] w : truthWorkers.rows) {
      if (!w[3].isEmpty()) {
        tactics.addAll(List.of(w[3].split(";")));
      }
      if (!w[4].isEmpty()) {
        for (String g : w[4].split(";")) {
          groups.merge(g, 1, Integer::sum);
        }
      }
    }
    assertEquals(new HashSet<>(Tactics.ALL), tactics);
    assertEquals(new HashSet<>(BenignGroups.ALL), groups.keySet());
    int korean = groups.get(BenignGroups.KOREAN_AMERICAN);
    assertTrue(korean >= 0.025 * WORKERS && korean <= 0.05 * WORKERS, "korean_american " + korean);
    assertTrue(groups.get(BenignGroups.CORPORATE_VPN) > 0.4 * WORKERS);
  }

  @Test
  void sanctionedWalletAndVendorArePlantedOnce() throws IOException {
    List<String> walletWorkers = workersWith(Tactics.SANCTIONED_WALLET);
    assertEquals(1, walletWorkers.size());
    String sdn;
    try (var in = new GZIPInputStream(Files.newInputStream(out.resolve("sanctions/sdn.csv.gz")))) {
      sdn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    SynthCsv pay = TABLES.get("payroll_payments");
    Set<String> paidToListed = new HashSet<>();
    for (String[] p : pay.rows) {
      String wallet = p[pay.col("wallet_address")];
      if (!wallet.isEmpty() && sdn.contains("Digital Currency Address - ETH " + wallet)) {
        paidToListed.add(p[pay.col("worker_id")]);
        assertEquals("crypto", p[pay.col("payment_method")]);
      }
    }
    assertEquals(Set.copyOf(walletWorkers), paidToListed);

    List<String> vendorWorkers = workersWith(Tactics.SANCTIONED_VENDOR);
    Set<String> rings = new HashSet<>();
    for (String[] w : truthWorkers.rows) {
      if (vendorWorkers.contains(w[0])) {
        rings.add(w[2]);
      }
    }
    assertEquals(1, rings.size(), "one ring is supplied by the front company");
    SynthCsv hr = TABLES.get("hr_workers");
    Set<String> vendors = new HashSet<>();
    for (String[] h : hr.rows) {
      if (vendorWorkers.contains(h[0])) {
        vendors.add(h[hr.col("vendor_name")]);
        assertTrue(h[hr.col("employment_type")].equalsIgnoreCase("contractor"));
      }
    }
    assertEquals(1, vendors.size());
    assertTrue(List.of(Vocab.SANCTIONED_VENDOR_VARIANTS).containsAll(vendors), vendors.toString());
  }

  @Test
  void plantedAddressesGeolocateWhereTruthSaysAndBenignWorkersStayClear() {
    SynthIpReference geo = SynthIpReference.country();
    Map<String, Set<String>> countriesByWorker = new HashMap<>();
    SynthCsv auth = TABLES.get("auth_events");
    for (String[] e : auth.rows) {
      String ip = e[auth.col("source_ip")];
      if (ip.isEmpty()) {
        continue;
      }
      String cc = geo.lookup(ip);
      assertNotNull(cc, "IP not in the reference table: " + ip);
      countriesByWorker.computeIfAbsent(e[auth.col("worker_id")], k -> new HashSet<>()).add(cc);
    }
    SynthCsv end = TABLES.get("endpoint_events");
    for (String[] e : end.rows) {
      String ip = e[end.col("public_ip")];
      assertNotNull(geo.lookup(ip), "IP not in the reference table: " + ip);
    }
    for (String[] w : truthWorkers.rows) {
      Set<String> cc = countriesByWorker.getOrDefault(w[0], Set.of());
      boolean hostile = cc.contains("CN") || cc.contains("RU") || cc.contains("KP");
      if (w[3].contains(Tactics.CN_RU_IP)) {
        assertTrue(cc.contains("CN") || cc.contains("RU"), w[0] + " " + cc);
      }
      if (w[3].contains(Tactics.DPRK_IP)) {
        assertTrue(cc.contains("KP"), w[0] + " " + cc);
      }
      if (w[1].equals("false")) {
        assertFalse(hostile, "benign worker " + w[0] + " signs in from " + cc);
      }
      if (w[4].contains(BenignGroups.KOREAN_AMERICAN) && !w[4].contains(BenignGroups.TRAVELER)) {
        assertTrue(cc.isEmpty() || cc.equals(Set.of("US")), w[0] + " " + cc);
      }
    }
    // every planted hostile address lies in the curated CN/RU/KP ranges
    for (String[] e : auth.rows) {
      String ip = e[auth.col("source_ip")];
      if (ip.isEmpty()) {
        continue;
      }
      String cc = geo.lookup(ip);
      if (cc.equals("CN")) {
        assertNotNull(IpRanges.find(IpRanges.CN, ip), ip);
      } else if (cc.equals("RU")) {
        assertNotNull(IpRanges.find(IpRanges.RU, ip), ip);
      } else if (cc.equals("KP")) {
        assertNotNull(IpRanges.find(IpRanges.KP, ip), ip);
      }
    }
  }

  @Test
  void fraudSignalsShowInTheRowsOfTheWorkersTruthNames() {
    SynthCsv dev = TABLES.get("devices");
    SynthCsv hr = TABLES.get("hr_workers");
    SynthCsv end = TABLES.get("endpoint_events");
    SynthCsv auth = TABLES.get("auth_events");
    Map<String, String> homeLine = new HashMap<>();
    for (String[] h : hr.rows) {
      homeLine.put(h[0], addressKey(h[hr.col("home_address_line1")]) + "|" + zip5(h[hr.col("home_postal_code")]));
    }
    Map<String, String[]> truth = new HashMap<>();
    truthWorkers.rows.forEach(w -> truth.put(w[0], w));
    Map<String, Set<String>> kvm = new HashMap<>();
    Map<String, Set<String>> keyboards = new HashMap<>();
    Set<String> remoteTools = Set.of("AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe",
        "remoting_host.exe", "g2ax_host.exe", "LogMeIn.exe", "AnyDesk", "TeamViewer", "RustDesk",
        "remoting_host", "GoTo", "LogMeIn");
    Set<String> toolUsers = new HashSet<>();
    for (String[] e : end.rows) {
      String w = e[end.col("worker_id")];
      if ("1d6b".equals(e[end.col("usb_vendor_id")])) {
        kvm.computeIfAbsent(w, k -> new HashSet<>()).add(e[end.col("usb_product_name")]);
      }
      if (!e[end.col("keyboard_layouts")].isEmpty()) {
        keyboards.computeIfAbsent(w, k -> new HashSet<>()).add(e[end.col("keyboard_layouts")]);
      }
      if (remoteTools.contains(e[end.col("process_name")])) {
        toolUsers.add(w);
      }
    }
    Set<String> astrill = new HashSet<>();
    for (String[] e : auth.rows) {
      if (e[auth.col("vpn_client")].toLowerCase().contains("astrill")) {
        astrill.add(e[auth.col("worker_id")]);
      }
    }
    for (String[] w : truthWorkers.rows) {
      String tactics = w[3];
      assertEquals(tactics.contains(Tactics.IP_KVM), kvm.containsKey(w[0]), "IP-KVM of " + w[0]);
      if (tactics.contains(Tactics.KOREAN_KEYBOARD)) {
        assertTrue(keyboards.get(w[0]).stream().anyMatch(k -> k.contains("ko-KR")), w[0]);
      }
      if (tactics.contains(Tactics.REMOTE_CONTROL_TOOL)) {
        assertTrue(toolUsers.contains(w[0]), w[0]);
      }
      if (toolUsers.contains(w[0]) && w[1].equals("false")) {
        assertTrue(w[4].contains(BenignGroups.IT_REMOTE_TOOLS), w[0] + " runs a remote tool");
      }
      if (astrill.contains(w[0])) {
        assertTrue(tactics.contains(Tactics.ASTRILL_VPN), w[0]);
      }
    }
    // laptop farms: every member's laptop goes to one address that is no member's home
    Map<String, Set<String>> farmAddresses = new HashMap<>();
    for (String[] d : dev.rows) {
      String w = d[dev.col("assigned_worker_id")];
      String[] t = truth.get(w);
      if (t != null && t[3].contains(Tactics.LAPTOP_FARM)) {
        String ship = addressKey(d[dev.col("ship_to_line1")]) + "|" + zip5(d[dev.col("ship_to_postal_code")]);
        farmAddresses.computeIfAbsent(t[2], k -> new HashSet<>()).add(ship);
        assertFalse(ship.equals(homeLine.get(w)), "farm laptop of " + w + " shipped home");
      }
    }
    assertFalse(farmAddresses.isEmpty());
    farmAddresses.forEach((ring, addrs) -> assertEquals(1, addrs.size(), ring + " " + addrs));
  }

  @Test
  void everyRingMemberReachesTheCompanyThroughTheRingsFacilitator() {
    // truth/rings.csv: "facilitator First Last, home 123 Main Street, City, ST 12345, US, ..."
    Map<String, String[]> facilitator = new HashMap<>();
    for (String[] ring : truthRings.rows) {
      String f = ring[truthRings.col("facilitator")];
      String name = f.substring("facilitator ".length(), f.indexOf(", home "));
      String home = f.substring(f.indexOf(", home ") + ", home ".length());
      facilitator.put(ring[0], new String[] {name.toLowerCase(), addressKey(home.substring(0, home.indexOf(',')))});
    }
    Map<String, String> ringOf = new HashMap<>();
    truthWorkers.rows.stream().filter(w -> w[1].equals("true")).forEach(w -> ringOf.put(w[0], w[2]));
    Set<String> reached = new HashSet<>();
    SynthCsv dev = TABLES.get("devices");
    for (String[] d : dev.rows) {
      String w = d[dev.col("assigned_worker_id")];
      if (ringOf.containsKey(w) && !d[dev.col("ship_to_line1")].isBlank()
          && addressKey(d[dev.col("ship_to_line1")]).equals(facilitator.get(ringOf.get(w))[1])) {
        reached.add(w); // a laptop shipped to the facilitator's home
      }
    }
    SynthCsv pay = TABLES.get("payroll_payments");
    Map<String, Set<String>> walletHolders = new HashMap<>();
    for (String[] p : pay.rows) {
      String w = p[pay.col("worker_id")];
      if (!ringOf.containsKey(w)) {
        continue;
      }
      Set<String> holder = Set.of(p[pay.col("account_holder_name")].toLowerCase().trim().split("\\s+"));
      if (holder.equals(Set.of(facilitator.get(ringOf.get(w))[0].split(" ")))) {
        reached.add(w); // wages into an account the facilitator holds
      }
      if (!p[pay.col("wallet_address")].isBlank()) {
        walletHolders.computeIfAbsent(p[pay.col("wallet_address")], k -> new HashSet<>()).add(w);
      }
    }
    walletHolders.values().stream().filter(s -> s.size() > 1).forEach(reached::addAll);
    Set<String> unreached = new TreeSet<>(ringOf.keySet());
    unreached.removeAll(reached);
    assertTrue(unreached.isEmpty(), "ring members with no laptop, account or wallet of their "
        + "facilitator: " + unreached);
  }

  private static String zip5(String postal) {
    return postal.length() > 5 ? postal.substring(0, 5) : postal;
  }

  /** A crude address key (house number + street name): enough to compare two spellings here. */
  private static String addressKey(String line) {
    String[] t = line.trim().toLowerCase().split("\\s+");
    return t[0] + " " + t[1];
  }

  @Test
  void koreanNamesDoNotMarkFraud() {
    Set<String> koreanSurnames = Set.of(Vocab.KOREAN_SURNAMES);
    SynthCsv hr = TABLES.get("hr_workers");
    Map<String, String> names = new HashMap<>();
    for (String[] h : hr.rows) {
      names.put(h[0], h[hr.col("full_name")]);
    }
    int fraud = 0;
    int fraudKorean = 0;
    for (String[] w : truthWorkers.rows) {
      if (w[1].equals("true")) {
        fraud++;
        String name = names.get(w[0]).toLowerCase();
        if (koreanSurnames.stream().anyMatch(s -> name.matches(".*\\b" + s.toLowerCase() + "\\b.*")
            && !s.equals("Lee"))) {
          fraudKorean++;
        }
      }
    }
    assertTrue(fraudKorean <= Math.max(2, fraud / 8), fraudKorean + " of " + fraud);
  }

  @Test
  void householdsShareAnAddressAndAHomeIp() {
    SynthCsv hr = TABLES.get("hr_workers");
    Map<String, List<String>> byAddress = new HashMap<>();
    Set<String> household = new HashSet<>();
    for (String[] w : truthWorkers.rows) {
      if (w[4].contains(BenignGroups.HOUSEHOLD)) {
        household.add(w[0]);
      }
    }
    for (String[] h : hr.rows) {
      if (household.contains(h[0])) {
        byAddress.computeIfAbsent(addressKey(h[hr.col("home_address_line1")]) + "|"
            + zip5(h[hr.col("home_postal_code")]), k -> new ArrayList<>()).add(h[0]);
      }
    }
    assertTrue(byAddress.values().stream().allMatch(l -> l.size() >= 2 && l.size() <= 4), byAddress.toString());
  }

  @Test
  void brokenRowsAreReallyBrokenAndAllOtherRowsValid() {
    Map<String, Map<Long, String>> listed = new HashMap<>();
    for (String[] b : broken.rows) {
      listed.computeIfAbsent(b[0], k -> new HashMap<>()).put(Long.parseLong(b[1]), b[3]);
    }
    assertEquals(Set.copyOf(Datasets.TABLES), listed.keySet(), "every dataset has broken rows");
    for (String table : Datasets.TABLES) {
      SynthCsv csv = TABLES.get(table);
      List<String> required = REQUIRED.get(table);
      Map<Long, String> bad = listed.get(table);
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < csv.rows.size(); i++) {
        String[] row = csv.rows.get(i);
        long line = i + 2;
        String key = row[0];
        String reason = bad.get(line);
        String problem = problem(table, csv, row, required, keys);
        if (reason == null) {
          assertNull(problem, table + " line " + line + " is broken but not listed");
        } else {
          assertNotNull(problem, table + " line " + line + " listed (" + reason + ") but valid");
          assertTrue(reason.startsWith(problem.substring(0, problem.indexOf(':'))),
              table + " line " + line + ": listed " + reason + ", found " + problem);
        }
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
  }

  /** What is wrong with a row, or null. */
  private static String problem(String table, SynthCsv csv, String[] row, List<String> required,
      Set<String> earlierKeys) {
    for (String c : required) {
      if (row[csv.col(c)].isEmpty()) {
        return "missing required value: " + c;
      }
    }
    if (earlierKeys.contains(row[0])) {
      return "duplicate key: " + required.get(0);
    }
    for (String c : csv.header) {
      String v = row[csv.col(c)];
      if (v.isEmpty()) {
        continue;
      }
      if (c.endsWith("_date") || c.equals("date_of_birth") || c.equals("shipped_at")) {
        try {
          LocalDate.parse(v);
        } catch (RuntimeException e) {
          return "unparseable date: " + c;
        }
      } else if (c.equals("event_time")) {
        try {
          OffsetDateTime.parse(v).toInstant();
        } catch (RuntimeException e) {
          return "unparseable timestamp: " + c;
        }
      } else if (c.equals("amount")) {
        try {
          new BigDecimal(v);
        } catch (NumberFormatException e) {
          return "unparseable decimal: " + c;
        }
      }
    }
    return null;
  }

  @Test
  void eventsFallInTheWindowAndHeartbeatsCarryDeviceState() {
    Instant from = LocalDate.of(2026, 11, 20).minusDays(30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(2026, 11, 21).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    for (String table : List.of("auth_events", "endpoint_events")) {
      SynthCsv csv = TABLES.get(table);
      for (String[] e : csv.rows) {
        String t = e[csv.col("event_time")];
        Instant i;
        try {
          i = Instant.parse(t);
        } catch (RuntimeException notATime) {
          continue; // a broken row, checked elsewhere
        }
        if (i.isBefore(from) || !i.isBefore(to)) {
          fail(table + " event outside the window: " + String.join(",", e));
        }
      }
    }
    SynthCsv end = TABLES.get("endpoint_events");
    for (String[] e : end.rows) {
      if (e[end.col("event_type")].equals("heartbeat")) {
        assertFalse(e[end.col("os_timezone")].isEmpty());
        assertFalse(e[end.col("keyboard_layouts")].isEmpty());
      }
    }
  }

  private static List<String> workersWith(String tactic) {
    List<String> out = new ArrayList<>();
    for (String[] w : truthWorkers.rows) {
      if (List.of(w[3].split(";")).contains(tactic)) {
        out.add(w[0]);
      }
    }
    return out;
  }

  /**
   * Gmail ignores dots and +tags, so john.smith@ and johnsmith@gmail.com are one mailbox, which
   * Gmail never gives to two people: unrelated workers never share a mailbox by chance; only a
   * ring's shared e-mail (and one person's several records) do.
   */
  @Test
  void noTwoPeopleShareAMailboxByChance() {
    SynthCsv hr = TABLES.get("hr_workers");
    Map<String, String> tactics = new HashMap<>();
    for (String[] w : truthWorkers.rows) {
      tactics.put(w[0], w[3]);
    }
    Map<String, java.util.Set<String>> people = new HashMap<>();
    for (String[] h : hr.rows) {
      if (h.length <= hr.col("personal_email")) {
        continue; // a row written broken
      }
      String email = h[hr.col("personal_email")].trim();
      if (!email.contains("@") || tactics.getOrDefault(h[0], "").contains("shared_email")) {
        continue;
      }
      people.computeIfAbsent(CompanyPlan.mailbox(email), k -> new java.util.HashSet<>())
          .add(h[hr.col("full_name")].trim().toLowerCase(java.util.Locale.ROOT));
    }
    people.forEach((mailbox, names) -> assertEquals(1, names.size(), () -> mailbox + " held by " + names));
    CompanyPlan plan = CompanyPlan.build(GeneratorOptions.of(20, 1L));
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    String first = plan.uniqueEmail(r, "zed.quux", "gmail.com");
    String second = plan.uniqueEmail(r, "zedquux", "gmail.com");
    assertFalse(CompanyPlan.mailbox(first).equals(CompanyPlan.mailbox(second)), first + " and " + second);
    assertEquals("johnsmith@gmail.com", CompanyPlan.mailbox("John.Smith+jobs@googlemail.com"));
    assertEquals("john.smith@outlook.com", CompanyPlan.mailbox("john.smith@outlook.com"));
  }
}
