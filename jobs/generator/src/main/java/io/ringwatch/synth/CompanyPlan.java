package io.ringwatch.synth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The planned company: every worker, device, payout, ring and benign look-alike, held in memory
 * (O(workers)); rows and events are derived from it while writing. Every choice draws from a
 * stream derived from the seed and the thing it is for, so plans are reproducible.
 */
final class CompanyPlan {
  // stream ids
  private static final long S_PLAN = 1;
  private static final long S_WORKER = 2;
  private static final long S_DEVICE = 3;
  private static final long S_PAY = 4;
  private static final long S_RING = 6;
  private static final long S_GROUP = 7;
  /** The series of nights' hires and leavers (GeneratorOptions.seriesDays): streams of their own. */
  private static final long S_SERIES = 8;

  final GeneratorOptions opt;
  final List<Worker> workers = new ArrayList<>();
  final List<Ring> rings = new ArrayList<>();
  final List<Worker.Device> spareDevices = new ArrayList<>();
  final Formats.Address[] officeAddresses = new Formats.Address[Vocab.OFFICES.size()];
  final String[][] officeIps = new String[Vocab.OFFICES.size()][];
  final String[] corpVpnIps = new String[4];
  final String[] astrillIps = new String[8];
  /** First day of events and number of days: {@code asOf - eventDays .. asOf - 1}. */
  final LocalDate windowStart;
  final int windowDays;
  OfacReference.SanctionedWallet sanctionedWallet;
  Worker sanctionedWalletWorker;
  String sanctionedVendor;
  Ring sanctionedVendorRing;
  /** Paid to the staffing agency of Vocab.VENDORS[0] (foreign-company moves it to an IBAN). */
  Worker.Payout agencyPayout;
  // generator variations (Variations): the base company leaves these at their defaults
  /** ISO code of the country the company is in: US, or GB/DE with foreign-company. */
  String companyCountry = "US";
  /** egress-abroad: the company's secure-access proxy egress addresses. */
  String[] proxyIps = new String[0];
  /** cloud-desktops: the cloud-desktop team's pool of Azure or AWS egress addresses. */
  String[] cloudIps = new String[0];

  private final Set<String> used = new HashSet<>();
  private int deviceSeq = 100_000;

  private CompanyPlan(GeneratorOptions opt) {
    this.opt = opt;
    this.windowDays = opt.eventDays();
    this.windowStart = opt.asOf().minusDays(windowDays);
    SplittableRandom r = Rand.stream(opt.seed(), S_PLAN);
    for (int o = 0; o < Vocab.OFFICES.size(); o++) {
      officeAddresses[o] = officeAddress(Vocab.OFFICES.get(o));
      officeIps[o] = new String[] {uniqueIp(r, List.of(IpRanges.OFFICE_NAT)),
          uniqueIp(r, List.of(IpRanges.OFFICE_NAT))};
    }
    for (int i = 0; i < corpVpnIps.length; i++) {
      corpVpnIps[i] = uniqueIp(r, List.of(IpRanges.CORPORATE_VPN));
    }
    for (int i = 0; i < astrillIps.length; i++) {
      astrillIps[i] = uniqueIp(r, IpRanges.VPN_EXITS_US);
    }
    String agency = Vocab.VENDORS[0];
    agencyPayout = new Worker.Payout("wire", Formats.routing(r), uniqueAccount(r), null,
        agency.toUpperCase(Locale.ROOT), null, null, "USD");
  }

  static CompanyPlan build(GeneratorOptions opt) {
    CompanyPlan p = new CompanyPlan(opt);
    int n = opt.workers();
    SplittableRandom plan = Rand.stream(opt.seed(), S_PLAN, 1);
    // who is fraudulent: decided first, so benign groups can keep clear of them
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Rand.shuffle(plan, order);
    List<Integer> ringSizes = p.ringSizes(plan);
    int fraudTotal = ringSizes.stream().mapToInt(Integer::intValue).sum();
    boolean[] fraud = new boolean[n];
    int taken = 0;
    int[] fraudOrder = new int[fraudTotal];
    for (int k = 0; k < n && taken < fraudTotal; k++) {
      if (order[k] != 0) { // worker 0 heads the company
        fraud[order[k]] = true;
        fraudOrder[taken++] = order[k];
      }
    }
    for (int i = 0; i < n; i++) {
      p.workers.add(p.baseWorker(i));
    }
    p.assignManagers();
    p.plantHouseholds(plan, fraud, order);
    p.plantCommonNames(plan, fraud, order);
    p.plantRings(ringSizes, fraudOrder);
    for (Worker w : p.workers) {
      p.planDevices(w);
    }
    int spares = Math.max(1, n * 3 / 100);
    SplittableRandom sr = Rand.stream(opt.seed(), S_DEVICE, -1);
    for (int i = 0; i < spares; i++) {
      Worker.Device d = p.newDevice(sr);
      d.assigned = false;
      d.shipOffice = 0;
      d.shipTo = p.officeAddresses[0];
      d.shipped = opt.asOf().minusDays(Rand.between(sr, 20, 900));
      p.spareDevices.add(d);
    }
    for (Worker w : p.workers) {
      p.planPayouts(w);
    }
    p.plantSanctions();
    p.finishTags();
    // the base company is complete; variations change it from streams of their own
    Variations.apply(p);
    return p;
  }

  // ---- ring sizes ---------------------------------------------------------------------------

  private List<Integer> ringSizes(SplittableRandom r) {
    int n = opt.workers();
    int target = (int) Math.round(n * (0.02 + 0.01 * r.nextDouble()));
    if (n >= 20) {
      target = Math.max(1, target);
    }
    double[] weights = {14, 14, 12, 10, 8, 7, 6, 5, 4, 4, 3, 3, 2, 2, 2};
    List<Integer> sizes = new ArrayList<>();
    int left = target;
    while (left > 0) {
      int s = Math.min(left, 1 + Rand.weighted(r, weights));
      sizes.add(s);
      left -= s;
    }
    return sizes;
  }

  // ---- workers ------------------------------------------------------------------------------

  private Worker baseWorker(int i) {
    SplittableRandom r = Rand.stream(opt.seed(), S_WORKER, i);
    Worker w = new Worker(i);
    w.id = String.format(Locale.ROOT, "%08d", 10_000 + i);
    w.koreanName = Rand.chance(r, 0.04);
    boolean female = r.nextBoolean();
    w.first = w.koreanName ? Rand.pick(r, Vocab.KOREAN_GIVEN)
        : Rand.pick(r, female ? Vocab.FEMALE : Vocab.MALE);
    w.last = w.koreanName ? Rand.pick(r, Vocab.KOREAN_SURNAMES) : Rand.pick(r, Vocab.SURNAMES);
    w.middle = Rand.chance(r, 0.3) ? (char) ('A' + r.nextInt(26)) + "." : null;
    w.dob = opt.asOf().minusYears(Rand.between(r, 22, 64)).minusDays(r.nextInt(365));
    w.contractor = Rand.chance(r, 0.2);
    boolean foreign = w.contractor && Rand.chance(r, 0.15);
    w.dept = Vocab.DEPARTMENTS.get(Rand.weighted(r,
        Vocab.DEPARTMENTS.stream().mapToDouble(Vocab.Dept::weight).toArray()));
    w.title = Rand.pick(r, w.dept.titles());
    w.salary = Rand.between(r, w.dept.salaryLo() / 1000, w.dept.salaryHi() / 1000) * 1000;
    if (!w.contractor && Rand.chance(r, 0.35)) {
      w.office = r.nextInt(Vocab.OFFICES.size());
    }
    Vocab.City city;
    if (foreign) {
      city = Rand.pick(r, Vocab.ABROAD);
    } else if (w.office >= 0) {
      String oc = Vocab.OFFICES.get(w.office).city();
      city = Vocab.US_CITIES.stream().filter(c -> c.city().equals(oc)).findFirst().orElseThrow();
    } else {
      city = Rand.pick(r, Vocab.US_CITIES);
    }
    setHome(w, r, city);
    w.workEmail = uniqueEmail(r, (w.contractor && Rand.chance(r, 0.5) ? "ext-" : "")
        + emailName(w.first) + "." + emailName(w.last), Vocab.COMPANY_DOMAIN);
    int back = (int) Math.min(12 * 365, -Math.log(1 - r.nextDouble()) * 3 * 365) + 1;
    w.hire = opt.asOf().minusDays(back);
    if (back > 45 && Rand.chance(r, 0.06)) {
      w.term = w.hire.plusDays(Rand.between(r, 30, back - 1));
    }
    if (opt.seriesDays() > 0 && w.term == null && back > opt.seriesDays() + 30) {
      SplittableRandom series = Rand.stream(opt.seed(), S_SERIES, i);
      if (Rand.chance(series, 0.03)) {
        w.term = opt.asOf().minusDays(Rand.between(series, 1, opt.seriesDays() - 1)); // leaves during the series
      }
    }
    if (w.dept.technical() && Rand.chance(r, 0.65)) {
      w.github = uniqueGithub(r, w.first, w.last);
    }
    w.resume = Rand.chance(r, 0.92) ? Rand.hex(r, 32) : null;
    w.phash = Rand.chance(r, 0.88) ? Rand.hex(r, 8) : null;
    w.corpVpn = Rand.chance(r, 0.55);
    w.nightShift = Vocab.NIGHT_TITLES.contains(w.title) && Rand.chance(r, 0.3);
    w.itTools = Vocab.HELPDESK_TITLES.contains(w.title) && Rand.chance(r, 0.75);
    if (foreign) {
      w.keyboards = switch (w.home.country()) {
        case "CA" -> Rand.chance(r, 0.3) ? "en-CA;fr-CA" : "en-CA";
        case "GB" -> "en-GB";
        case "DE" -> Rand.chance(r, 0.5) ? "de-DE;en-US" : "de-DE";
        case "MX" -> Rand.chance(r, 0.5) ? "es-MX;en-US" : "es-MX";
        default -> "en-US";
      };
    } else if (w.koreanName) {
      w.keyboards = Rand.chance(r, 0.85) ? (Rand.chance(r, 0.8) ? "en-US;ko-KR" : "ko-KR;en-US")
          : "en-US";
    } else if (Rand.chance(r, 0.04)) {
      w.keyboards = "en-US;es-US";
    }
    if (!foreign && windowDays >= 10 && Rand.chance(r, 0.025)) {
      w.tripStart = Rand.between(r, 2, windowDays - 5);
      w.tripLen = Rand.between(r, 3, Math.min(9, windowDays - w.tripStart - 1));
      String[] trip = Rand.pick(r, Vocab.TRIPS);
      w.tripZone = ZoneId.of(trip[1]);
      w.tripIps = new String[] {uniqueIp(r, IpRanges.residential(trip[0])),
          uniqueIp(r, IpRanges.residential(trip[0]))};
    }
    if (w.home.country().equals("US") && Rand.chance(r, 0.02)) {
      boolean both = Rand.chance(r, 0.4);
      if (both || r.nextBoolean()) {
        w.nationalId = Rand.pick(r, new String[] {"000-00-0000", "n/a", "N/A", "000000000",
            "999-99-9999", "123-45-6789"});
        w.nationalIdIsSsn = false;
      }
      if (both || w.nationalIdIsSsn) {
        w.phone = Rand.pick(r, new String[] {"000-000-0000", "123-456-7890", "n/a",
            "(000) 000-0000", "0000000000", "999-999-9999"});
        w.phoneIsUsDigits = false;
      }
      w.benign(BenignGroups.PLACEHOLDER);
    }
    if (w.contractor) {
      w.vendor = foreign ? (Rand.chance(r, 0.5) ? null : Vocab.VENDORS[Rand.between(r, 2, 5)])
          : Rand.chance(r, 0.4) ? Vocab.VENDORS[0] : Vocab.VENDORS[Rand.between(r, 1, 5)];
    }
    return w;
  }

  /** Home address, zone, phone, national id, personal e-mail and home IPs for {@code city}. */
  private void setHome(Worker w, SplittableRandom r, Vocab.City city) {
    boolean us = city.country().equals("US");
    w.home = us ? Formats.usAddress(r, city) : Formats.abroadAddress(r, city);
    w.claimedCountry = city.country();
    w.homeZone = ZoneId.of(city.zone());
    if (us || city.country().equals("CA")) {
      w.phone = uniquePhone(r, Rand.pick(r, city.areaCodes()));
      w.phoneIsUsDigits = true;
    } else {
      String cc = switch (city.country()) {
        case "GB" -> "44";
        case "DE" -> "49";
        case "MX" -> "52";
        default -> "63";
      };
      String national = Rand.pick(r, city.areaCodes()) + Rand.digits(r, 8);
      w.phone = Formats.foreignPhone(r, cc, national);
      w.phoneIsUsDigits = false;
    }
    if (us) {
      w.nationalId = uniqueSsn(r);
      w.nationalIdIsSsn = true;
    } else {
      w.nationalIdIsSsn = false;
      w.nationalId = Rand.chance(r, 0.3) ? null : switch (city.country()) {
        case "CA" -> Rand.digits(r, 3) + " " + Rand.digits(r, 3) + " " + Rand.digits(r, 3);
        case "GB" -> "" + (char) ('A' + r.nextInt(20)) + (char) ('A' + r.nextInt(20))
            + Rand.digits(r, 6) + (char) ('A' + r.nextInt(4));
        case "DE" -> Rand.between(r, 1, 9) + Rand.digits(r, 10);
        case "MX" -> w.last.substring(0, 2).toUpperCase(Locale.ROOT)
            + w.first.substring(0, 2).toUpperCase(Locale.ROOT) + Rand.digits(r, 6) + "HDFRRN0"
            + r.nextInt(10);
        default -> Rand.digits(r, 3) + "-" + Rand.digits(r, 3) + "-" + Rand.digits(r, 3) + "-000";
      };
    }
    w.personalEmail = personalEmail(r, w.first, w.last);
    w.homeIps = Rand.chance(r, 0.12)
        ? new String[] {uniqueIp(r, IpRanges.residential(city.country())),
            uniqueIp(r, IpRanges.residential(city.country()))}
        : new String[] {uniqueIp(r, IpRanges.residential(city.country()))};
  }

  private void assignManagers() {
    List<List<Worker>> managers = new ArrayList<>();
    int[] count = new int[Vocab.DEPARTMENTS.size()];
    for (int d = 0; d < Vocab.DEPARTMENTS.size(); d++) {
      managers.add(new ArrayList<>());
    }
    Worker ceo = workers.get(0);
    for (Worker w : workers) {
      if (w == ceo) {
        continue;
      }
      int d = Vocab.DEPARTMENTS.indexOf(w.dept);
      List<Worker> pool = managers.get(d);
      SplittableRandom r = Rand.stream(opt.seed(), S_WORKER, w.idx, 1);
      if (pool.isEmpty() || count[d] % 8 == 0) {
        w.managerId = pool.isEmpty() ? ceo.id : pool.get(0).id;
        if (!w.contractor) {
          pool.add(w);
        }
      } else {
        w.managerId = Rand.pick(r, pool).id;
      }
      count[d]++;
    }
  }

  // ---- benign groups that span workers --------------------------------------------------------

  private void plantHouseholds(SplittableRandom r, boolean[] fraud, int[] order) {
    int households = Math.max(1, opt.workers() / 70);
    List<Worker> candidates = new ArrayList<>();
    for (int k = order.length - 1; k >= 0; k--) { // from the end: away from the fraud picks
      Worker w = workers.get(order[k]);
      if (!fraud[w.idx] && w.idx != 0 && w.office < 0 && w.home.country().equals("US")
          && !w.isBenign(BenignGroups.PLACEHOLDER)) {
        candidates.add(w);
      }
    }
    int c = 0;
    for (int h = 0; h < households && c + 1 < candidates.size(); h++) {
      int size = Math.min(candidates.size() - c, Rand.between(r, 2, 4));
      Worker head = candidates.get(c);
      head.benign(BenignGroups.HOUSEHOLD);
      boolean joint = Rand.chance(r, 0.45);
      for (int m = 1; m < size; m++) {
        Worker w = candidates.get(c + m);
        w.home = head.home;
        w.homeZone = head.homeZone;
        w.homeIps = head.homeIps;
        w.claimedCountry = head.claimedCountry;
        if (Rand.chance(r, 0.6) && !w.koreanName && !head.koreanName) {
          w.last = head.last;
        }
        w.benign(BenignGroups.HOUSEHOLD);
        if (m == 1 && joint) {
          Worker[] pair = {head, w};
          jointOf.put(head, pair);
          jointOf.put(w, pair);
        }
      }
      c += size;
    }
  }

  /** Household members paid into one joint account, with their partner (identity lookup only). */
  private final java.util.IdentityHashMap<Worker, Worker[]> jointOf =
      new java.util.IdentityHashMap<>();

  private void plantCommonNames(SplittableRandom r, boolean[] fraud, int[] order) {
    int pairs = Math.max(1, opt.workers() / 400);
    List<Worker> candidates = new ArrayList<>();
    for (int k = order.length / 2; k < order.length; k++) {
      Worker w = workers.get(order[k]);
      if (!fraud[w.idx] && w.idx != 0 && !w.isBenign(BenignGroups.HOUSEHOLD)) {
        candidates.add(w);
      }
    }
    for (int p = 0; p < pairs && 2 * p + 1 < candidates.size(); p++) {
      String[] name = Vocab.COMMON_NAMES[p % Vocab.COMMON_NAMES.length];
      Worker a = candidates.get(2 * p);
      Worker b = candidates.get(2 * p + 1);
      for (Worker w : new Worker[] {a, b}) {
        w.first = name[0];
        w.last = name[1];
        w.middle = null;
        w.koreanName = false;
        if (w.keyboards.contains("ko-KR")) {
          w.keyboards = "en-US";
        }
        // their e-mail addresses and handles follow the new name, as a real person's would
        w.personalEmail = personalEmail(r, w.first, w.last);
        w.workEmail = uniqueEmail(r, emailName(w.first) + "." + emailName(w.last),
            Vocab.COMPANY_DOMAIN);
        if (w.github != null) {
          w.github = uniqueGithub(r, w.first, w.last);
        }
        w.benign(BenignGroups.COMMON_NAME);
      }
      if (a.dob.equals(b.dob)) {
        b.dob = b.dob.minusDays(Rand.between(r, 40, 4000));
      }
    }
  }

  // ---- fraud rings --------------------------------------------------------------------------

  private void plantRings(List<Integer> sizes, int[] fraudOrder) {
    int at = 0;
    for (int k = 0; k < sizes.size(); k++) {
      Ring ring = new Ring(String.format(Locale.ROOT, "R%03d", k + 1), sizes.get(k));
      for (int m = 0; m < ring.size; m++) {
        Worker w = workers.get(fraudOrder[at++]);
        ring.members.add(w);
      }
      ring.members.sort((x, y) -> Integer.compare(x.idx, y.idx));
      rings.add(ring);
    }
    SplittableRandom r = Rand.stream(opt.seed(), S_RING, 0);
    chooseTactics(r);
    for (int k = 0; k < rings.size(); k++) {
      Ring ring = rings.get(k);
      SplittableRandom rr = Rand.stream(opt.seed(), S_RING, k + 1);
      setUpFacilitator(ring, rr);
      for (Worker w : ring.members) {
        makeFraudulent(w, ring, Rand.stream(opt.seed(), S_RING, k + 1, w.idx));
        if (k == 0 && opt.seriesDays() > 0) {
          // the first ring is hired during the series of nights: it forms while the nights run
          w.hire = opt.asOf().minusDays(Rand.between(Rand.stream(opt.seed(), S_SERIES, -1, w.idx), 1,
              opt.seriesDays() - 1));
        }
      }
      applyIdentityTactics(ring, rr);
      applyNetworkTactics(ring, rr);
    }
  }

  private static int minSize(String t) {
    return Tactics.SHARED.contains(t) ? 2 : 1;
  }

  /** Each tactic goes to at least one eligible ring, then rings pick up extra tactics at random. */
  private void chooseTactics(SplittableRandom r) {
    if (rings.isEmpty()) {
      return;
    }
    List<String> plantable = new ArrayList<>(Tactics.ALL);
    plantable.removeAll(List.of(Tactics.SANCTIONED_WALLET, Tactics.SANCTIONED_VENDOR,
        Tactics.THIRD_PARTY_HOLDER, Tactics.PAYOUT_CHANGES));
    plantable.add(Tactics.PAYOUT_CHANGES);
    plantable.add(Tactics.THIRD_PARTY_HOLDER);
    int cap = Math.max(3, plantable.size() / 2);
    for (String t : plantable) {
      Ring best = null;
      int bestCount = Integer.MAX_VALUE;
      int ties = 0;
      for (Ring ring : rings) {
        if (!eligible(ring, t) || ring.planned.size() >= cap) {
          continue;
        }
        int c = ring.planned.size();
        if (c < bestCount) {
          best = ring;
          bestCount = c;
          ties = 1;
        } else if (c == bestCount && r.nextInt(++ties) == 0) {
          best = ring;
        }
      }
      if (best != null) {
        best.planned.add(Tactics.ALL.indexOf(t));
      }
    }
    for (Ring ring : rings) {
      for (String t : plantable) {
        double p = switch (t) {
          case Tactics.DPRK_IP -> 0;
          case Tactics.ASIA_HOURS -> 0.45;
          case Tactics.ASTRILL_VPN, Tactics.LAPTOP_FARM -> 0.3;
          default -> 0.15;
        };
        if (eligible(ring, t) && Rand.chance(r, p) && ring.planned.size() < plantable.size() - 2) {
          ring.planned.add(Tactics.ALL.indexOf(t));
        }
      }
      // a ring always shows something
      while (ring.planned.size() < 2) {
        String t = Rand.pick(r, plantable);
        if (eligible(ring, t) && !t.equals(Tactics.DPRK_IP)) {
          ring.planned.add(Tactics.ALL.indexOf(t));
        }
      }
    }
    for (int k = 0; k < rings.size(); k++) {
      reachThroughFacilitator(rings.get(k), Rand.stream(opt.seed(), S_RING, -11, k));
    }
  }

  /**
   * What makes a ring one ring is its facilitator: the laptops the companies ship reach the
   * workers through them (kept at their home or reshipped), or the wages do (accounts they opened
   * and hold). FBI PSA I-051624-PSA; DOJ on Chapman ("more than 90" laptops at her home, wages
   * into her accounts), Knoot and Z. Wang. A ring that planned neither gets one of the two, so
   * every member reaches the company through the facilitator at least once, as in those cases;
   * the members of a shared payout outside it ({@link #inSharedPayout}) get a facilitator's
   * account of their own. Drawn from a stream of its own: a ring that has a channel is as before.
   */
  private static void reachThroughFacilitator(Ring ring, SplittableRandom r) {
    if (ring.plans(Tactics.LAPTOP_FARM) || ring.plans(Tactics.THIRD_PARTY_HOLDER)) {
      return;
    }
    ring.planned.add(Tactics.ALL.indexOf(
        Rand.chance(r, 0.5) ? Tactics.LAPTOP_FARM : Tactics.THIRD_PARTY_HOLDER));
  }

  private static boolean eligible(Ring ring, String t) {
    if (ring.size < minSize(t) || ring.plans(t)) {
      return false;
    }
    if (Tactics.PAYOUT_MODES.contains(t)) {
      for (String m : Tactics.PAYOUT_MODES) {
        if (ring.plans(m)) {
          return false;
        }
      }
    }
    return true;
  }

  private void setUpFacilitator(Ring ring, SplittableRandom r) {
    ring.facFirst = Rand.pick(r, r.nextBoolean() ? Vocab.FEMALE : Vocab.MALE);
    ring.facLast = Rand.pick(r, Vocab.SURNAMES);
    ring.facAddress = Formats.usAddress(r, Rand.pick(r, Vocab.US_CITIES));
    ring.facIp = uniqueIp(r, IpRanges.US_RESIDENTIAL);
    ring.facEmail = uniqueEmail(r, emailName(ring.facFirst) + "." + emailName(ring.facLast)
        + Rand.between(r, 10, 99), "gmail.com");
    ring.facRouting = Formats.routing(r);
    ring.facAccount = uniqueAccount(r);
    ring.ringWallet = uniqueWallet(r);
    ring.platform = Rand.pick(r, new String[] {"payoneer", "wise", "paypal"});
    ring.platformAccount = Rand.chance(r, 0.7) ? ring.facEmail
        : uniqueEmail(r, Rand.pick(r, new String[] {"payments", "billing", "devteam", "remote.dev"})
            + Rand.between(r, 100, 999), Rand.pick(r, new String[] {"gmail.com", "outlook.com"}));
    ring.hostingIps = new String[] {uniqueIp(r, IpRanges.HOSTING), uniqueIp(r, IpRanges.HOSTING)};
    ring.foreignCountry = Rand.chance(r, 0.65) ? "CN" : "RU";
    ring.foreignIps = new String[3];
    for (int i = 0; i < 3; i++) {
      ring.foreignIps[i] = uniqueIp(r, ring.foreignCountry.equals("CN") ? IpRanges.CN : IpRanges.RU);
    }
  }

  /** A stolen or invented US identity, hired recently into an engineering job, working remotely. */
  private void makeFraudulent(Worker w, Ring ring, SplittableRandom r) {
    w.ring = ring;
    w.benign.clear();
    w.hire = opt.asOf().minusDays(Rand.between(r, Math.max(60, windowDays + 15), 720));
    w.term = null;
    w.dept = Vocab.DEPARTMENTS.get(Rand.chance(r, 0.8) ? 0 : 1);
    w.title = Rand.pick(r, Vocab.FRAUD_TITLES);
    w.salary = Rand.between(r, 110, 185) * 1000;
    w.office = -1;
    w.contractor = Rand.chance(r, 0.45);
    w.vendor = w.contractor ? Vocab.VENDORS[Rand.between(r, 1, 5)] : null;
    if (!w.home.country().equals("US") || !w.nationalIdIsSsn || !w.phoneIsUsDigits) {
      setHome(w, r, Rand.pick(r, Vocab.US_CITIES));
    }
    w.keyboards = "en-US";
    w.nightShift = false;
    w.itTools = false;
    w.tripStart = -1;
    w.corpVpn = Rand.chance(r, 0.3);
    if (w.github == null && Rand.chance(r, 0.8)) {
      w.github = uniqueGithub(r, w.first, w.last);
    }
    if (w.resume == null) {
      w.resume = Rand.hex(r, 32);
    }
    if (w.phash == null) {
      w.phash = Rand.hex(r, 8);
    }
    w.egressIp = w.homeIps[0];
  }

  private static List<Worker> subset(SplittableRandom r, List<Worker> members, int min,
      boolean strict) {
    int n = members.size();
    int lo = Math.min(min, n);
    int hi = strict && n > lo ? n - 1 : n;
    int k = Rand.between(r, lo, Math.max(lo, hi));
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Rand.shuffle(r, idx);
    int[] chosen = Arrays.copyOf(idx, k);
    Arrays.sort(chosen);
    List<Worker> out = new ArrayList<>(k);
    for (int i : chosen) {
      out.add(members.get(i));
    }
    return out;
  }

  private void applyIdentityTactics(Ring ring, SplittableRandom r) {
    if (ring.plans(Tactics.INVALID_SSN)) {
      for (Worker w : subset(r, ring.members, 1, false)) {
        w.nationalId = Formats.invalidSsn(r);
        w.tactic(Tactics.INVALID_SSN);
      }
    }
    if (ring.plans(Tactics.REUSED_SSN)) {
      List<Worker> s = subset(r, ring.members, 2, false);
      for (Worker w : s) {
        w.nationalId = s.get(0).nationalId;
        w.tactic(Tactics.REUSED_SSN);
      }
    }
    if (ring.plans(Tactics.SHARED_PHONE)) {
      List<Worker> s = subset(r, ring.members, 2, false);
      for (Worker w : s) {
        w.phone = s.get(0).phone;
        w.tactic(Tactics.SHARED_PHONE);
      }
    }
    if (ring.plans(Tactics.SHARED_EMAIL)) {
      String local = emailName(ring.facFirst).charAt(0) + emailName(ring.facLast) + "dev"
          + Rand.between(r, 1, 99);
      for (Worker w : subset(r, ring.members, 2, false)) {
        w.personalEmail = gmailVariant(r, local);
        w.tactic(Tactics.SHARED_EMAIL);
      }
    }
    if (ring.plans(Tactics.SHARED_RESUME)) {
      String cv = Rand.hex(r, 32);
      for (Worker w : subset(r, ring.members, 2, false)) {
        w.resume = cv;
        w.tactic(Tactics.SHARED_RESUME);
      }
    }
    if (ring.plans(Tactics.SIMILAR_PHOTO)) {
      long base = r.nextLong();
      for (Worker w : subset(r, ring.members, 2, false)) {
        long h = base;
        int flips = Rand.between(r, 1, 4);
        for (int f = 0; f < flips; f++) {
          h ^= 1L << r.nextInt(64);
        }
        w.phash = String.format(Locale.ROOT, "%016x", h);
        w.tactic(Tactics.SIMILAR_PHOTO);
      }
    }
    if (ring.plans(Tactics.SIMILAR_GITHUB)) {
      String base = Rand.pick(r, new String[] {"devmaster", "codeninja", "fullstackpro",
          "cloudwizard", "reactguru", "topcoder-dev", "smartdev"}) + Rand.between(r, 1, 9);
      used.add("gh:" + base);
      for (Worker w : subset(r, ring.members, 2, false)) {
        w.github = r.nextBoolean() ? base : base + r.nextInt(10);
        w.tactic(Tactics.SIMILAR_GITHUB);
      }
    }
    if (ring.plans(Tactics.SANCTIONED_VENDOR)) {
      ring.members.forEach(w -> w.tactic(Tactics.SANCTIONED_VENDOR));
    }
  }

  private void applyNetworkTactics(Ring ring, SplittableRandom r) {
    if (ring.plans(Tactics.LAPTOP_FARM)) {
      for (Worker w : ring.members) {
        w.egressIp = ring.facIp;
        w.tactic(Tactics.LAPTOP_FARM);
      }
    }
    if (ring.plans(Tactics.IP_KVM)) {
      subset(r, ring.members, 1, true).forEach(w -> w.tactic(Tactics.IP_KVM));
    }
    if (ring.plans(Tactics.REMOTE_CONTROL_TOOL)) {
      subset(r, ring.members, 1, true).forEach(w -> w.tactic(Tactics.REMOTE_CONTROL_TOOL));
    }
    if (ring.plans(Tactics.ASTRILL_VPN)) {
      subset(r, ring.members, Math.max(1, (ring.size + 1) / 2), false)
          .forEach(w -> w.tactic(Tactics.ASTRILL_VPN));
    }
    if (ring.plans(Tactics.HOSTING_VPN)) {
      for (Worker w : subset(r, ring.members, 1, false)) {
        w.hostingIps = ring.hostingIps;
        w.tactic(Tactics.HOSTING_VPN);
      }
    }
    List<Integer> weekdays = new ArrayList<>();
    for (int d = 0; d < windowDays; d++) {
      if (windowStart.plusDays(d).getDayOfWeek().getValue() <= 5) {
        weekdays.add(d);
      }
    }
    if (ring.plans(Tactics.CN_RU_IP) && !weekdays.isEmpty()) {
      for (Worker w : subset(r, ring.members, 1, false)) {
        w.foreignIps = ring.foreignIps;
        int k = Math.min(weekdays.size(), Rand.between(r, 1, 4));
        w.slipDays = new int[k];
        for (int i = 0; i < k; i++) {
          w.slipDays[i] = Rand.pick(r, weekdays);
        }
        w.tactic(Tactics.CN_RU_IP);
      }
    }
    if (ring.plans(Tactics.DPRK_IP) && !weekdays.isEmpty()) {
      Worker w = Rand.pick(r, ring.members);
      w.dprkDay = Rand.pick(r, weekdays);
      w.tactic(Tactics.DPRK_IP);
    }
    if (ring.plans(Tactics.ASIA_HOURS)) {
      ring.members.forEach(w -> w.tactic(Tactics.ASIA_HOURS));
    }
    if (ring.plans(Tactics.KOREAN_KEYBOARD)) {
      subset(r, ring.members, 1, true).forEach(w -> w.tactic(Tactics.KOREAN_KEYBOARD));
    }
    if (ring.plans(Tactics.ASIA_TIMEZONE)) {
      subset(r, ring.members, 1, true).forEach(w -> w.tactic(Tactics.ASIA_TIMEZONE));
    }
  }

  // ---- devices ------------------------------------------------------------------------------

  private Worker.Device newDevice(SplittableRandom r) {
    Worker.Device d = new Worker.Device();
    d.id = String.format(Locale.ROOT, "LT-%06d", ++deviceSeq);
    d.model = Rand.pick(r, Vocab.MODELS);
    String serial;
    do {
      serial = switch (d.model.serialStyle()) {
        case 'D' -> alnum(r, 7);
        case 'A' -> (r.nextBoolean() ? "C02" : "FVF") + alnum(r, 7);
        case 'L' -> "PF" + alnum(r, 6);
        default -> "5CG" + Rand.digits(r, 3) + alnum(r, 4);
      };
    } while (!used.add("sn:" + serial));
    d.serial = serial;
    String mac;
    do {
      mac = Rand.pick(r, Vocab.OUIS).replace(":", "") + Rand.hex(r, 3);
    } while (!used.add("mac:" + mac.toLowerCase(Locale.ROOT)));
    d.mac12 = mac;
    return d;
  }

  private void planDevices(Worker w) {
    SplittableRandom r = Rand.stream(opt.seed(), S_DEVICE, w.idx);
    int count = Rand.chance(r, w.fraud() ? 0.3 : 0.22) ? 2 : 1;
    for (int k = 0; k < count; k++) {
      Worker.Device d = newDevice(r);
      d.secondary = k > 0;
      long sinceHire = opt.asOf().toEpochDay() - w.hire.toEpochDay();
      if (k == 0) {
        d.shipped = sinceHire < 3 * 365 ? w.hire.minusDays(Rand.between(r, 3, 10))
            : opt.asOf().minusDays(Rand.between(r, 30, 3 * 365));
      } else {
        LocalDate first = w.devices.get(0).shipped;
        long room = Math.max(2, opt.asOf().toEpochDay() - first.toEpochDay() - 1);
        d.shipped = first.plusDays(Rand.between(r, 1, (int) Math.min(room, 700)));
      }
      if (w.fraud() && w.has(Tactics.LAPTOP_FARM)) {
        d.shipTo = w.ring.facAddress;
      } else if (w.office >= 0) {
        d.shipOffice = w.office;
        d.shipTo = officeAddresses[w.office];
      } else {
        d.shipTo = w.home;
      }
      d.zone = w.homeZone.getId();
      d.keyboards = w.keyboards;
      if (k == 0 && w.has(Tactics.ASIA_TIMEZONE)) {
        d.zone = Rand.chance(r, 0.15) ? "Asia/Pyongyang" : "Asia/Shanghai";
      }
      if (k == 0 && w.has(Tactics.KOREAN_KEYBOARD)) {
        d.keyboards = Rand.chance(r, 0.7) ? "en-US;ko-KR" : "ko-KR;en-US";
      }
      if (k == 0 && w.has(Tactics.IP_KVM)) {
        // the stock gadget string is what PiKVM/TinyPilot report unless their owner renamed it
        d.kvm = Rand.chance(r, 0.4) ? Vocab.USB_IP_KVM.get(0) : Rand.pick(r, Vocab.USB_IP_KVM);
      }
      if (k == 0 && w.has(Tactics.REMOTE_CONTROL_TOOL)) {
        d.remoteTool = Rand.pick(r, d.model.mac() ? Vocab.REMOTE_TOOLS_MAC : Vocab.REMOTE_TOOLS_WIN);
      }
      if (w.term != null && Rand.chance(r, 0.8)) {
        d.assigned = false;
      }
      w.devices.add(d);
    }
  }

  // ---- payouts ------------------------------------------------------------------------------

  private void planPayouts(Worker w) {
    SplittableRandom r = Rand.stream(opt.seed(), S_PAY, w.idx);
    LocalDate yearAgo = opt.asOf().minusDays(365);
    LocalDate start = w.hire.isAfter(yearAgo) ? w.hire : yearAgo;
    Worker.Payout own = w.fraud() ? ownAch(w, r) : ownPayout(w, r);
    if (!w.fraud()) {
      w.payouts.add(new Worker.PayPeriod(start, own));
      if (Rand.chance(r, 0.06) && !own.method().equals("check")) {
        w.payouts.add(new Worker.PayPeriod(midpoint(r, start), ownAch(w, r)));
      }
      return;
    }
    Ring ring = w.ring;
    String holderFac = Formats.holder(r, ring.facFirst, ring.facLast);
    Worker.Payout fin = own;
    boolean shared = false;
    if (ring.plans(Tactics.SHARED_BANK_ACCOUNT) && inSharedPayout(w, r)) {
      fin = new Worker.Payout("ach", ring.facRouting, ring.facAccount, null, holderFac, null,
          null, "USD");
      w.tactic(Tactics.SHARED_BANK_ACCOUNT);
      shared = true;
    } else if (ring.plans(Tactics.SHARED_PLATFORM_ACCOUNT) && inSharedPayout(w, r)) {
      fin = new Worker.Payout(ring.platform, null, null, null, holderFac,
          ring.platformAccount, null, "USD");
      w.tactic(Tactics.SHARED_PLATFORM_ACCOUNT);
      shared = true;
    } else if (ring.plans(Tactics.CRYPTO_PAYOUT) && inSharedPayout(w, r)) {
      fin = new Worker.Payout("crypto", null, null, null, null, null, ring.ringWallet, "USD");
      w.tactic(Tactics.CRYPTO_PAYOUT);
    } else if (ring.plans(Tactics.THIRD_PARTY_HOLDER)) {
      fin = new Worker.Payout("ach", own.routing(), own.account(), null, holderFac, null, null,
          "USD");
      w.tactic(Tactics.THIRD_PARTY_HOLDER);
    }
    if (shared) {
      w.tactic(Tactics.THIRD_PARTY_HOLDER);
    }
    if (ring.plans(Tactics.PAYOUT_CHANGES)) {
      LocalDate first = midpoint(r, start);
      LocalDate second = midpoint(r, first);
      w.payouts.add(new Worker.PayPeriod(start, ownAch(w, r)));
      w.payouts.add(new Worker.PayPeriod(first, ownAch(w, r)));
      w.payouts.add(new Worker.PayPeriod(second, fin));
      w.tactic(Tactics.PAYOUT_CHANGES);
    } else {
      w.payouts.add(new Worker.PayPeriod(start, fin));
    }
  }

  /** Most of a ring's members use its shared payout; a small ring uses it whole. */
  private static boolean inSharedPayout(Worker w, SplittableRandom r) {
    Ring ring = w.ring;
    int pos = ring.members.indexOf(w);
    return pos < 2 || Rand.chance(r, 0.7);
  }

  private LocalDate midpoint(SplittableRandom r, LocalDate from) {
    long span = opt.asOf().toEpochDay() - from.toEpochDay();
    if (span < 40) {
      return from.plusDays(Math.max(1, span / 2));
    }
    return from.plusDays(Rand.between(r, 14, (int) (span - 14)));
  }

  private Worker.Payout ownAch(Worker w, SplittableRandom r) {
    return new Worker.Payout("ach", Formats.routing(r), uniqueAccount(r), null,
        Formats.holder(r, w.first, w.last), null, null, "USD");
  }

  private Worker.Payout ownPayout(Worker w, SplittableRandom r) {
    Worker[] pair = jointOf.get(w);
    if (pair != null) {
      return jointPayout(pair);
    }
    if (w.contractor && Vocab.VENDORS[0].equals(w.vendor) && !w.fraud()) {
      return agencyPayout;
    }
    String country = w.home.country();
    if (!country.equals("US") && !w.fraud()) {
      String currency = switch (country) {
        case "CA" -> "CAD";
        case "GB" -> "GBP";
        case "DE" -> "EUR";
        case "MX" -> Rand.chance(r, 0.5) ? "MXN" : "USD";
        default -> "USD";
      };
      int m = Rand.weighted(r, new double[] {35, 30, 15, 20});
      if (m == 3 && (country.equals("GB") || country.equals("DE"))) {
        return new Worker.Payout("wire", null, null, Formats.iban(r, country),
            Formats.holder(r, w.first, w.last), null, null, currency);
      }
      String platform = m == 0 ? "payoneer" : m == 2 ? "paypal" : "wise";
      String account = platform.equals("payoneer") && r.nextBoolean()
          ? Rand.digits(r, 8) : w.personalEmail;
      return new Worker.Payout(platform, null, null, null, Formats.holder(r, w.first, w.last),
          account, null, platform.equals("payoneer") ? "USD" : currency);
    }
    int m = Rand.weighted(r, new double[] {93, 3, 4});
    if (m == 1) {
      return new Worker.Payout("check", null, null, null, null, null, null, "USD");
    }
    Worker.Payout ach = ownAch(w, r);
    return m == 2 ? new Worker.Payout("wire", ach.routing(), ach.account(), null, ach.holder(),
        null, null, "USD") : ach;
  }

  private final java.util.IdentityHashMap<Worker[], Worker.Payout> joint =
      new java.util.IdentityHashMap<>();

  private Worker.Payout jointPayout(Worker[] pair) {
    return joint.computeIfAbsent(pair, p -> {
      SplittableRandom r = Rand.stream(opt.seed(), S_GROUP, p[0].idx);
      String holder = p[0].last.equals(p[1].last)
          ? (r.nextBoolean() ? p[0].first + " & " + p[1].first + " " + p[0].last
              : (p[0].first + " " + p[0].last + " and " + p[1].first + " " + p[1].last))
          : p[0].first + " " + p[0].last + " & " + p[1].first + " " + p[1].last;
      return new Worker.Payout("ach", Formats.routing(r), uniqueAccount(r), null,
          r.nextInt(3) == 0 ? holder.toUpperCase(Locale.ROOT) : holder, null, null, "USD");
    });
  }

  // ---- sanctions ----------------------------------------------------------------------------

  private void plantSanctions() {
    if (rings.isEmpty()) {
      return;
    }
    SplittableRandom r = Rand.stream(opt.seed(), S_RING, -7);
    Ring vendorRing = null;
    for (Ring ring : rings) {
      if (ring.plans(Tactics.SANCTIONED_VENDOR)) {
        vendorRing = ring;
      }
    }
    if (vendorRing == null) {
      vendorRing = rings.get(r.nextInt(rings.size()));
      for (Ring ring : rings) { // prefer a ring of several contractors
        if (ring.size >= 2 && ring.size <= 6 && vendorRing.size < 2) {
          vendorRing = ring;
        }
      }
      vendorRing.planned.add(Tactics.ALL.indexOf(Tactics.SANCTIONED_VENDOR));
    }
    sanctionedVendor = Rand.pick(r, Vocab.SANCTIONED_VENDOR_VARIANTS);
    sanctionedVendorRing = vendorRing;
    for (Worker w : vendorRing.members) {
      w.contractor = true;
      w.vendor = sanctionedVendor;
      w.tactic(Tactics.SANCTIONED_VENDOR);
    }
    if (opt.workers() >= 500) {
      sanctionedWallet = OfacReference.dprkWallet();
      Ring ring = rings.get(r.nextInt(rings.size()));
      Worker w = ring.members.get(r.nextInt(ring.members.size()));
      ring.planned.add(Tactics.ALL.indexOf(Tactics.SANCTIONED_WALLET));
      LocalDate from = opt.asOf().minusDays(Rand.between(r, 60, 150));
      if (w.payouts.get(0).from().isAfter(from)) {
        from = w.payouts.get(0).from();
        w.payouts.clear();
      }
      w.payouts.add(new Worker.PayPeriod(from, new Worker.Payout("crypto", null, null, null,
          null, null, sanctionedWallet.address(), "USD")));
      w.tactic(Tactics.SANCTIONED_WALLET);
      if (w.payouts.size() > 1) {
        w.tactic(Tactics.PAYOUT_CHANGES);
      }
      sanctionedWalletWorker = w;
    }
  }

  /** Benign tags that follow from the final plan; invalid SSNs that reuse spread. */
  private void finishTags() {
    for (Worker w : workers) {
      if (w.fraud()) {
        if (w.ring.plans(Tactics.INVALID_SSN) && w.nationalId != null
            && w.nationalIdIsSsn && invalidArea(w.nationalId)) {
          w.tactic(Tactics.INVALID_SSN);
        }
        continue;
      }
      if (w.office >= 0) {
        w.benign(BenignGroups.OFFICE);
      }
      if (w.corpVpn) {
        w.benign(BenignGroups.CORPORATE_VPN);
      }
      if (w.contractor && Vocab.VENDORS[0].equals(w.vendor)) {
        w.benign(BenignGroups.AGENCY);
      }
      if (w.itTools) {
        w.benign(BenignGroups.IT_REMOTE_TOOLS);
      }
      if (w.tripStart >= 0) {
        w.benign(BenignGroups.TRAVELER);
      }
      if (w.nightShift) {
        w.benign(BenignGroups.NIGHT_SHIFT);
      }
      if (w.koreanName && w.keyboards.contains("ko-KR")) {
        w.benign(BenignGroups.KOREAN_AMERICAN);
      }
      if (!w.home.country().equals("US") && w.contractor) {
        w.benign(BenignGroups.FOREIGN_CONTRACTOR);
      }
    }
  }

  static boolean invalidArea(String ssnDigits) {
    String area = ssnDigits.substring(0, 3);
    return area.equals("000") || area.equals("666") || area.charAt(0) == '9';
  }

  // ---- unique values ------------------------------------------------------------------------

  /** Claims {@code key} ({@code "ip:1.2.3.4"}, {@code "ph:..."}): false when already taken. */
  boolean claim(String key) {
    return used.add(key);
  }

  /** Whether {@code key} is taken. */
  boolean taken(String key) {
    return used.contains(key);
  }

  String uniqueIp(SplittableRandom r, List<IpRanges.Range> ranges) {
    while (true) {
      String ip = Rand.pick(r, ranges).pick(r);
      if (used.add("ip:" + ip)) {
        return ip;
      }
    }
  }

  String uniquePhone(SplittableRandom r, String area) {
    while (true) {
      int exchange = Rand.between(r, 201, 989);
      if (exchange == 555 || exchange % 100 == 11) {
        continue;
      }
      String p = area + exchange + Rand.digits(r, 4);
      if (used.add("ph:" + p)) {
        return p;
      }
    }
  }

  String uniqueSsn(SplittableRandom r) {
    while (true) {
      String s = Formats.newSsn(r);
      if (!s.equals("123456789") && used.add("ssn:" + s)) {
        return s;
      }
    }
  }

  String uniqueAccount(SplittableRandom r) {
    while (true) {
      String a = Rand.between(r, 1, 9) + Rand.digits(r, Rand.between(r, 7, 11));
      if (used.add("acct:" + a)) {
        return a;
      }
    }
  }

  String uniqueWallet(SplittableRandom r) {
    while (true) {
      String a = Formats.wallet(r);
      if (used.add("wallet:" + a)) {
        return a;
      }
    }
  }

  String uniqueEmail(SplittableRandom r, String local, String domain) {
    String candidate = local + "@" + domain;
    int n = 2;
    while (!used.add("em:" + mailbox(candidate))) {
      candidate = local + n++ + "@" + domain;
    }
    return candidate;
  }

  /**
   * The mailbox an address reaches: Gmail ignores dots and {@code +tags}, so john.smith@ and
   * johnsmith@gmail.com are one person's mailbox and Gmail never gives them to two people. Two
   * workers must not get one mailbox by chance; a ring shares one on purpose (SHARED_EMAIL).
   */
  static String mailbox(String address) {
    int at = address.lastIndexOf('@');
    String local = address.substring(0, at).toLowerCase(Locale.ROOT);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
      int plus = local.indexOf('+');
      local = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "");
      domain = "gmail.com";
    }
    return local + "@" + domain;
  }

  String personalEmail(SplittableRandom r, String first, String last) {
    String f = emailName(first);
    String l = emailName(last);
    String local = switch (r.nextInt(6)) {
      case 0 -> f + "." + l;
      case 1 -> f + l;
      case 2 -> f.charAt(0) + l;
      case 3 -> f + "_" + l;
      case 4 -> f + "." + l + Rand.between(r, 1, 99);
      default -> f + l + Rand.between(r, 60, 2005);
    };
    return uniqueEmail(r, local, Rand.pick(r, Vocab.EMAIL_DOMAINS));
  }

  /** One Gmail mailbox written another way: dots moved, a {@code +tag}, letters capitalised. */
  private static String gmailVariant(SplittableRandom r, String local) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < local.length(); i++) {
      if (i > 0 && i < local.length() - 1 && Rand.chance(r, 0.15)) {
        sb.append('.');
      }
      sb.append(local.charAt(i));
    }
    if (Rand.chance(r, 0.4)) {
      sb.append('+').append(Rand.pick(r, new String[] {"jobs", "work", "hr", "apply"}));
    }
    return sb + "@gmail.com";
  }

  String uniqueGithub(SplittableRandom r, String first, String last) {
    String f = emailName(first);
    String l = emailName(last);
    String base = switch (r.nextInt(5)) {
      case 0 -> f.charAt(0) + l;
      case 1 -> f + "-" + l;
      case 2 -> f + l;
      case 3 -> l + f.charAt(0);
      default -> f + l.charAt(0) + "-dev";
    };
    String h = base;
    while (!used.add("gh:" + h)) {
      h = base + Rand.between(r, 1, 999);
    }
    return h;
  }

  static String emailName(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  private static String alnum(SplittableRandom r, int n) {
    String chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private static Formats.Address officeAddress(Vocab.Office o) {
    String[] parts = o.line1().split(",")[0].split(" ");
    int number = Integer.parseInt(parts[0]);
    StringBuilder street = new StringBuilder();
    for (int i = 1; i < parts.length - 1; i++) {
      street.append(i > 1 ? " " : "").append(parts[i]);
    }
    String sfx = parts[parts.length - 1];
    int suffix = 0;
    for (int s = 0; s < Vocab.SUFFIXES.length; s++) {
      if (Vocab.SUFFIXES[s][0].equals(sfx)) {
        suffix = s;
      }
    }
    String unitPart = o.line1().split(",")[1].trim();
    String unit = unitPart.substring(unitPart.lastIndexOf(' ') + 1);
    return new Formats.Address(number, street.toString(), suffix, unitPart.startsWith("Suite") ? 1 : 0,
        unit, o.city(), o.region(), o.zip(), null, "US");
  }
}
