package io.ringwatch.synth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Applies the {@link Variation}s switched on to a planned base company.
 *
 * <p>Rules every variation keeps (so that a metamorphic test can compare a company with and
 * without one): it runs after the base plan is complete; it draws only from streams of its own
 * ({@code Rand.stream(seed, S_..., ...)} with ids no base stream uses), never from the base
 * streams; it touches benign workers only, and tags each one it touches with its name; the
 * values it invents are claimed in the plan's set of used values, after every base value, so they
 * collide with nothing. {@link Variation#FOREIGN_COMPANY} ({@link ForeignCompany}) runs first and
 * moves everyone, fraud included; the others then work in the company's country.
 * {@link Variation#SHARED_DEVICES} is planned in {@link SharedDevices}.
 */
final class Variations {
  // stream ids: 1000 + 10 x the variation's ordinal (ForeignCompany 1070, SharedDevices 1080);
  // the base uses 1-99
  private static final long S_EGRESS = 1000;
  private static final long S_CONTRACTORS = 1010;
  private static final long S_PLACEHOLDERS = 1020;
  private static final long S_CLOUD = 1030;
  private static final long S_MOVED = 1040;
  private static final long S_TYPOS = 1050;
  private static final long S_HOUSEHOLDS = 1060;

  private Variations() {}

  static void apply(CompanyPlan p) {
    GeneratorOptions o = p.opt;
    if (o.variations().isEmpty()) {
      return;
    }
    for (Worker w : p.workers) {
      w.baseHomeZone = w.homeZone;
    }
    // the order matters where variations meet: the company's country first, then who lives
    // where, then what the network shows, and HR's own mistakes last
    if (o.has(Variation.FOREIGN_COMPANY)) {
      ForeignCompany.apply(p);
    }
    if (o.has(Variation.CONTRACTORS_ABROAD)) {
      contractorsAbroad(p);
    }
    if (o.has(Variation.MOVED_WITHOUT_HR)) {
      movedWithoutHr(p);
    }
    if (o.has(Variation.LARGE_HOUSEHOLDS)) {
      largeHouseholds(p);
    }
    if (o.has(Variation.CLOUD_DESKTOPS)) {
      cloudDesktops(p);
    }
    if (o.has(Variation.SHARED_DEVICES)) {
      SharedDevices.apply(p);
    }
    if (o.has(Variation.EGRESS_ABROAD)) {
      egressAbroad(p);
    }
    if (o.has(Variation.NATIONAL_PLACEHOLDERS)) {
      nationalPlaceholders(p);
    }
    if (o.has(Variation.HR_TYPOS)) {
      hrTypos(p);
    }
  }

  // ---- who a variation may touch ------------------------------------------------------------

  /**
   * A benign remote worker living in the company's country, in no base look-alike group but the
   * common ones (corporate VPN, night shift) and touched by no variation yet: someone whose
   * habit a variation can change without blurring another group's measurement.
   */
  static boolean plainRemote(CompanyPlan p, Worker w) {
    if (w.fraud() || w.idx == 0 || w.office >= 0 || !w.home.country().equals(p.companyCountry)) {
      return false;
    }
    for (Variation v : w.variations) {
      if (v != Variation.FOREIGN_COMPANY) { // which moves everyone
        return false;
      }
    }
    for (int g : w.benign) {
      String group = BenignGroups.ALL.get(g);
      if (!group.equals(BenignGroups.CORPORATE_VPN) && !group.equals(BenignGroups.NIGHT_SHIFT)) {
        return false;
      }
    }
    return true;
  }

  /** Employed on some day of the event window. */
  static boolean activeInWindow(CompanyPlan p, Worker w) {
    LocalDate last = p.windowStart.plusDays(p.windowDays - 1L);
    return !w.hire.isAfter(last) && (w.term == null || !w.term.isBefore(p.windowStart));
  }

  /** {@code list} in an order drawn from {@code r}. */
  static List<Worker> shuffled(SplittableRandom r, List<Worker> list) {
    int[] idx = new int[list.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Rand.shuffle(r, idx);
    List<Worker> out = new ArrayList<>(idx.length);
    for (int i : idx) {
      out.add(list.get(i));
    }
    return out;
  }

  /** Points the laptops that were shipped to {@code from} (not to an office) at {@code to}. */
  private static void reship(Worker w, Formats.Address from, Formats.Address to) {
    for (Worker.Device d : w.devices) {
      if (d.shipOffice < 0 && d.shipTo == from) {
        d.shipTo = to;
      }
    }
  }

  private static void setZone(Worker w, ZoneId zone) {
    w.homeZone = zone;
    for (Worker.Device d : w.devices) {
      d.zone = zone.getId();
    }
  }

  // ---- contractors-abroad -------------------------------------------------------------------

  /**
   * A tenth of the workforce are contractors living abroad: they claim that country, sign in from
   * home broadband there in their own daytime, have their laptop shipped there and are paid to
   * Wise, Payoneer, PayPal or a local account or IBAN in their own name, in local currency or
   * USD. Converted first from the company's own non-agency contractors, then from employees.
   */
  private static void contractorsAbroad(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_CONTRACTORS, 0);
    int already = 0;
    List<Worker> contractors = new ArrayList<>();
    List<Worker> employees = new ArrayList<>();
    for (Worker w : p.workers) {
      if (!w.fraud() && w.contractor && !w.home.country().equals(p.companyCountry)) {
        already++;
      } else if (plainRemote(p, w)) {
        (w.contractor ? contractors : employees).add(w);
      }
    }
    int need = (int) Math.round(0.10 * p.workers.size()) - already;
    List<Worker> pick = new ArrayList<>(shuffled(r, contractors));
    pick.addAll(shuffled(r, employees));
    for (int k = 0; k < Math.min(need, pick.size()); k++) {
      Worker w = pick.get(k);
      moveAbroad(p, w, Rand.stream(p.opt.seed(), S_CONTRACTORS, 1, w.idx));
      w.touched(Variation.CONTRACTORS_ABROAD);
    }
  }

  private static final String[] PLATFORM_VENDORS = {null, null, null, "Deel Inc.",
      "Toptal, LLC", "Upwork Global Inc.", "Remote Technology, Inc."};

  private static void moveAbroad(CompanyPlan p, Worker w, SplittableRandom r) {
    Countries.Country c = Countries.CONTRACTOR_COUNTRIES.get(
        Rand.weighted(r, Countries.CONTRACTOR_WEIGHTS));
    Vocab.City city = Rand.pick(r, c.cities());
    w.first = Rand.pick(r, c.given());
    w.last = Rand.pick(r, c.surnames());
    w.middle = null;
    w.koreanName = false;
    Formats.Address old = w.home;
    w.home = uniqueAddress(p, r, c, city);
    w.claimedCountry = c.code();
    w.phone = Countries.phone(r, c, uniqueNsn(p, r, c));
    w.phoneIsUsDigits = false;
    w.nationalId = Rand.chance(r, 0.85) ? Countries.nationalId(r, c, w.first, w.last, w.dob) : null;
    w.nationalIdIsSsn = false;
    String f = Countries.ascii(w.first);
    String l = Countries.ascii(w.last);
    w.personalEmail = p.uniqueEmail(r, switch (r.nextInt(4)) {
      case 0 -> f + "." + l;
      case 1 -> f + l + Rand.between(r, 1, 99);
      case 2 -> f.charAt(0) + l;
      default -> f + "_" + l;
    }, Rand.pick(r, c.mailDomains()));
    w.workEmail = p.uniqueEmail(r, "ext-" + f + "." + l, Vocab.COMPANY_DOMAIN);
    if (w.github != null) {
      w.github = p.uniqueGithub(r, f, l);
    }
    w.homeIps = Rand.chance(r, 0.12)
        ? new String[] {p.uniqueIp(r, IpRanges.residential(c.code())),
            p.uniqueIp(r, IpRanges.residential(c.code()))}
        : new String[] {p.uniqueIp(r, IpRanges.residential(c.code()))};
    w.keyboards = Rand.pick(r, c.keyboards());
    // an employee made a contractor keeps the pay dates (and so the number of payroll rows)
    w.employeePaySchedule = !w.contractor;
    w.contractor = true;
    w.vendor = Rand.pick(r, PLATFORM_VENDORS);
    w.salary = (int) (w.salary * (0.3 + 0.3 * r.nextDouble()) / 1000) * 1000;
    setZone(w, ZoneId.of(city.zone()));
    for (Worker.Device d : w.devices) {
      d.keyboards = w.keyboards;
    }
    reship(w, old, w.home);
    // paid in the contractor's own name: a payment platform, or a bank account at home
    String holder = Formats.holder(r, w.first, w.last);
    int m = Rand.weighted(r, new double[] {30, 25, 10, 35});
    Worker.Payout pay;
    if (m == 3) {
      String currency = Rand.chance(r, 0.7) ? c.currency() : "USD";
      pay = Countries.usesIban(c.code())
          ? new Worker.Payout("wire", null, null, uniqueIban(p, r, c.code()), holder, null, null,
              currency)
          : new Worker.Payout("wire", null, uniqueLocalAccount(p, r, c.code()), null, holder, null,
              null, currency);
    } else {
      String platform = m == 0 ? "wise" : m == 1 ? "payoneer" : "paypal";
      String account = platform.equals("payoneer") && r.nextBoolean() ? Rand.digits(r, 8)
          : w.personalEmail;
      String currency = platform.equals("payoneer") ? "USD"
          : Rand.chance(r, platform.equals("wise") ? 0.6 : 0.4) ? c.currency() : "USD";
      pay = new Worker.Payout(platform, null, null, null, holder, account, null, currency);
    }
    LocalDate from = w.payouts.get(0).from();
    w.payouts.clear();
    w.payouts.add(new Worker.PayPeriod(from, pay));
  }

  /** A home address no one else of the company has. */
  static Formats.Address uniqueAddress(CompanyPlan p, SplittableRandom r, Countries.Country c,
      Vocab.City city) {
    while (true) {
      Formats.Address a = Countries.address(r, c, city);
      if (p.claim("addr:" + a.plain())) {
        return a;
      }
    }
  }

  private static String uniqueNsn(CompanyPlan p, SplittableRandom r, Countries.Country c) {
    while (true) {
      String nsn = Countries.mobileNsn(r, c);
      if (p.claim("ph:" + c.dial() + nsn)) {
        return nsn;
      }
    }
  }

  static String uniqueIban(CompanyPlan p, SplittableRandom r, String code) {
    while (true) {
      String iban = Countries.iban(r, code);
      if (p.claim("iban:" + iban.replace(" ", ""))) {
        return iban;
      }
    }
  }

  private static String uniqueLocalAccount(CompanyPlan p, SplittableRandom r, String code) {
    while (true) {
      String a = Countries.localAccount(r, code);
      if (p.claim("acct:" + a)) {
        return a;
      }
    }
  }

  // ---- moved-without-hr ---------------------------------------------------------------------

  /** Where people move abroad to (country, IANA zone), by the company's country. */
  private static final String[][] MOVES_ABROAD = {{"CA", "America/Toronto"},
      {"MX", "America/Mexico_City"}, {"PT", "Europe/Lisbon"}, {"ES", "Europe/Madrid"},
      {"GB", "Europe/London"}, {"DE", "Europe/Berlin"}, {"CO", "America/Bogota"},
      {"US", "America/New_York"}, {"US", "America/Denver"}};

  /**
   * About 3% of remote staff moved without telling HR: to another region of the country (a
   * new time zone in the US) or, one in three, to another country. Every sign-in of the window
   * comes from home broadband at the new place in its daytime, and the laptop's clock follows;
   * HR, payroll and the laptop's shipping address keep the old home.
   */
  private static void movedWithoutHr(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_MOVED, 0);
    List<Worker> candidates = new ArrayList<>();
    for (Worker w : p.workers) {
      if (plainRemote(p, w) && activeInWindow(p, w)) {
        candidates.add(w);
      }
    }
    int count = Math.max(1, (int) Math.round(0.03 * p.workers.size()));
    List<Worker> pick = shuffled(r, candidates);
    for (int k = 0; k < Math.min(count, pick.size()); k++) {
      Worker w = pick.get(k);
      SplittableRandom rr = Rand.stream(p.opt.seed(), S_MOVED, 1, w.idx);
      String country;
      String zone;
      if (Rand.chance(rr, 1.0 / 3)) {
        String[] to;
        do {
          to = Rand.pick(rr, MOVES_ABROAD);
        } while (to[0].equals(p.companyCountry));
        country = to[0];
        zone = to[1];
      } else {
        country = p.companyCountry;
        zone = otherZone(rr, p.companyCountry, w);
      }
      w.homeIps = new String[] {p.uniqueIp(rr, IpRanges.residential(country))};
      setZone(w, ZoneId.of(zone));
      w.touched(Variation.MOVED_WITHOUT_HR);
    }
  }

  /** A zone elsewhere in the worker's country: another US zone, or the country's own. */
  private static String otherZone(SplittableRandom r, String country, Worker w) {
    if (!country.equals("US")) {
      return w.homeZone.getId(); // one zone in GB and DE: the move shows in the IP alone
    }
    while (true) {
      Vocab.City c = Rand.pick(r, Vocab.US_CITIES);
      if (!c.zone().equals(w.homeZone.getId()) && !c.region().equals(w.home.region())) {
        return c.zone();
      }
    }
  }

  // ---- large-households ---------------------------------------------------------------------

  /**
   * Households of 5-8 people (a multi-generational family, a house share: one address, one home
   * IP, some a surname, a pair a joint account) and co-working spaces of 10-30 unrelated workers
   * who give the space as their address, have their laptops shipped there and sign in through
   * its one or two business IPs most days.
   */
  private static void largeHouseholds(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_HOUSEHOLDS, 0);
    List<Worker> candidates = new ArrayList<>();
    for (Worker w : p.workers) {
      if (plainRemote(p, w)) {
        candidates.add(w);
      }
    }
    List<Worker> pool = shuffled(r, candidates);
    int at = 0;
    int households = Math.max(1, p.workers.size() / 300);
    for (int h = 0; h < households && at + 5 <= pool.size(); h++) {
      int size = Rand.between(r, 5, 8);
      List<Worker> members = pool.subList(at, Math.min(pool.size(), at + size));
      at += members.size();
      household(p, members, Rand.stream(p.opt.seed(), S_HOUSEHOLDS, 1, h));
    }
    int spaces = Math.max(1, p.workers.size() / 1000);
    for (int s = 0; s < spaces && at + 10 <= pool.size(); s++) {
      int size = Rand.between(r, 10, 30);
      List<Worker> members = pool.subList(at, Math.min(pool.size(), at + size));
      at += members.size();
      coworking(p, members, Rand.stream(p.opt.seed(), S_HOUSEHOLDS, 2, s));
    }
  }

  private static void household(CompanyPlan p, List<Worker> members, SplittableRandom r) {
    Worker head = members.get(0);
    head.touched(Variation.LARGE_HOUSEHOLDS);
    for (int m = 1; m < members.size(); m++) {
      Worker w = members.get(m);
      Formats.Address old = w.home;
      w.home = head.home;
      w.homeIps = head.homeIps;
      w.claimedCountry = head.claimedCountry;
      setZone(w, head.homeZone);
      reship(w, old, head.home);
      if (Rand.chance(r, 0.5) && !w.koreanName && !head.koreanName) {
        w.last = head.last;
      }
      w.touched(Variation.LARGE_HOUSEHOLDS);
    }
    if (Rand.chance(r, 0.4)) { // a couple with a joint account
      Worker a = head;
      Worker b = members.get(1);
      String holder = a.first + " " + a.last + " & " + b.first + " " + b.last;
      Worker.Payout own = a.payouts.get(0).payout();
      Worker.Payout joint = own.iban() != null
          ? new Worker.Payout(own.method(), null, null, uniqueIban(p, r, p.companyCountry), holder,
              null, null, own.currency())
          : new Worker.Payout("ach", Formats.routing(r), p.uniqueAccount(r), null, holder, null,
              null, "USD");
      for (Worker w : new Worker[] {a, b}) {
        LocalDate from = w.payouts.get(0).from();
        w.payouts.clear();
        w.payouts.add(new Worker.PayPeriod(from, joint));
      }
    }
  }

  private static void coworking(CompanyPlan p, List<Worker> members, SplittableRandom r) {
    Formats.Address space;
    String zone;
    List<IpRanges.Range> range;
    Countries.Country c = Countries.of(p.companyCountry);
    if (c == null) {
      Vocab.City city = Rand.pick(r, Vocab.US_CITIES);
      Formats.Address a = Formats.usAddress(r, city);
      space = new Formats.Address(a.number(), a.street(), a.suffix(), 1,
          Integer.toString(Rand.between(r, 1, 9) * 100), a.city(), a.region(), a.postal(),
          a.plus4(), "US");
      zone = city.zone();
      range = List.of(IpRanges.COWORKING_US);
    } else {
      Vocab.City city = Rand.pick(r, c.cities());
      space = uniqueAddress(p, r, c, city);
      zone = city.zone();
      range = List.of(p.companyCountry.equals("GB") ? IpRanges.COWORKING_GB
          : IpRanges.COWORKING_DE);
    }
    String[] ips = Rand.chance(r, 0.5)
        ? new String[] {p.uniqueIp(r, range), p.uniqueIp(r, range)}
        : new String[] {p.uniqueIp(r, range)};
    for (int m = 0; m < members.size(); m++) {
      Worker w = members.get(m);
      Formats.Address old = w.home;
      w.home = space;
      setZone(w, ZoneId.of(zone));
      reship(w, old, space);
      // most days at the space, the others at home
      w.homeIps = new String[] {ips[m % ips.length], w.homeIps[0]};
      w.touched(Variation.LARGE_HOUSEHOLDS);
    }
  }

  // ---- cloud-desktops -----------------------------------------------------------------------

  /** Teams that work on cloud desktops, with relative weights. */
  private static final String[] CLOUD_TEAMS = {"Customer Support", "Finance", "Operations"};

  /**
   * One team works on cloud desktops (Windows 365, Azure Virtual Desktop, Citrix on Azure, or
   * Amazon WorkSpaces): every sign-in made on a laptop comes from the team's pool of 24-40 Azure
   * or AWS addresses in the company's country, whether the worker is at home or in the office.
   */
  private static void cloudDesktops(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_CLOUD, 0);
    String team = CLOUD_TEAMS[Rand.weighted(r, new double[] {3, 1, 1})];
    boolean azure = Rand.chance(r, 0.65);
    List<IpRanges.Range> ranges = switch (p.companyCountry) {
      case "GB" -> azure ? IpRanges.AZURE_GB : IpRanges.AWS_GB;
      case "DE" -> azure ? IpRanges.AZURE_DE : IpRanges.AWS_DE;
      default -> azure ? IpRanges.AZURE_US : IpRanges.AWS_US;
    };
    p.cloudIps = new String[Rand.between(r, 24, 40)];
    for (int i = 0; i < p.cloudIps.length; i++) {
      p.cloudIps[i] = p.uniqueIp(r, ranges);
    }
    for (Worker w : p.workers) {
      if (!w.fraud() && w.idx != 0 && w.dept.name().equals(team) && activeInWindow(p, w)) {
        w.cloudDesktop = true;
        w.touched(Variation.CLOUD_DESKTOPS);
      }
    }
  }

  // ---- egress-abroad ------------------------------------------------------------------------

  /**
   * The company's secure-access proxy egresses abroad: four addresses at one point of presence
   * in another country than the company's (Zscaler Frankfurt, Amsterdam or London, Netskope US)
   * and two of a VPN server on AWS in Ireland (a hosting network). Every remote worker,
   * contractors abroad included, signs in through it on about half of the days.
   */
  private static void egressAbroad(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_EGRESS, 0);
    List<IpRanges.Range> sites = new ArrayList<>();
    for (IpRanges.Range s : List.of(IpRanges.ZSCALER_DE, IpRanges.ZSCALER_NL,
        IpRanges.ZSCALER_GB, IpRanges.NETSKOPE_US)) {
      if (!s.country().equals(p.companyCountry)) {
        sites.add(s);
      }
    }
    IpRanges.Range site = Rand.pick(r, sites);
    p.proxyIps = new String[6];
    for (int i = 0; i < 6; i++) {
      p.proxyIps[i] = p.uniqueIp(r, List.of(i < 4 ? site : IpRanges.AWS_IE));
    }
    for (Worker w : p.workers) {
      if (!w.fraud() && w.office < 0 && activeInWindow(p, w)) {
        w.viaProxy = true;
        w.touched(Variation.EGRESS_ABROAD);
      }
    }
  }

  // ---- national-placeholders ----------------------------------------------------------------

  /**
   * About 2% of the workers of every country have a placeholder phone and/or national id in
   * their country's own notation ({@code 555-555-5555}, {@code +52 55 0000 0000},
   * {@code 00000 00000}, {@code 000000000000}, {@code QQ123456C}, {@code k.A.}, {@code N/A}):
   * what HR types when the real value is missing, so a few workers of a country share it.
   */
  private static void nationalPlaceholders(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_PLACEHOLDERS, 0);
    TreeMap<String, List<Worker>> byCountry = new TreeMap<>();
    for (Worker w : p.workers) {
      if (!w.fraud() && w.idx != 0 && !w.isBenign(BenignGroups.PLACEHOLDER) && !w.hrOverridden()) {
        byCountry.computeIfAbsent(w.home.country(), k -> new ArrayList<>()).add(w);
      }
    }
    for (var e : byCountry.entrySet()) {
      List<Worker> all = e.getValue();
      int count = (int) Math.floor(0.02 * all.size() + r.nextDouble());
      if (all.size() >= 50) {
        count = Math.max(2, count);
      }
      List<Worker> pick = shuffled(r, all);
      for (int k = 0; k < Math.min(count, pick.size()); k++) {
        Worker w = pick.get(k);
        SplittableRandom rr = Rand.stream(p.opt.seed(), S_PLACEHOLDERS, 1, w.idx);
        boolean both = Rand.chance(rr, 0.35);
        boolean phone = both || rr.nextBoolean();
        if (both || !phone) {
          w.hrNationalId = Rand.pick(rr, Countries.idPlaceholders(e.getKey()));
        }
        if (phone) {
          w.hrPhone = Rand.pick(rr, Countries.phonePlaceholders(e.getKey()));
        }
        w.touched(Variation.NATIONAL_PLACEHOLDERS);
      }
    }
  }

  // ---- hr-typos -----------------------------------------------------------------------------

  /**
   * About 3% of benign workers' HR rows carry a typing error: a digit off in the phone, a letter
   * off in the personal e-mail, or two digits of the national id swapped. Payroll, devices and
   * sign-ins keep the right values.
   */
  private static void hrTypos(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_TYPOS, 0);
    List<Worker> candidates = new ArrayList<>();
    for (Worker w : p.workers) {
      if (!w.fraud() && w.idx != 0 && !w.isBenign(BenignGroups.PLACEHOLDER) && !w.hrOverridden()) {
        candidates.add(w);
      }
    }
    int count = (int) Math.round(0.03 * candidates.size());
    List<Worker> pick = shuffled(r, candidates);
    for (int k = 0; k < Math.min(count, pick.size()); k++) {
      Worker w = pick.get(k);
      SplittableRandom rr = Rand.stream(p.opt.seed(), S_TYPOS, 1, w.idx);
      int kind = Rand.weighted(rr, new double[] {40, 30, 30});
      if (kind == 2 && w.nationalId != null && digitCount(w.nationalId) >= 2) {
        if (w.nationalIdIsSsn) {
          String t;
          do {
            t = transpose(rr, w.nationalId);
          } while (p.taken("ssn:" + t));
          w.hrNationalIdDigits = t;
        } else {
          w.hrNationalId = transpose(rr, w.nationalId);
        }
      } else if (kind == 1 && w.personalEmail != null) {
        String t;
        do {
          t = letterOff(rr, w.personalEmail);
        } while (p.taken("em:" + t));
        w.hrPersonalEmail = t;
      } else if (w.phoneIsUsDigits) {
        String t;
        do {
          t = digitOff(rr, w.phone, 3);
        } while (p.taken("ph:" + t));
        w.hrPhoneDigits = t;
      } else if (digitCount(w.phone) >= 4) {
        w.hrPhone = digitOff(rr, w.phone, Math.max(0, digitCount(w.phone) - 7));
      } else {
        continue;
      }
      w.touched(Variation.HR_TYPOS);
    }
  }

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** {@code s} with one digit (among the digits from the {@code skip}-th on) changed. */
  static String digitOff(SplittableRandom r, String s, int skip) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0, n = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && n++ >= skip) {
        at.add(i);
      }
    }
    int i = Rand.pick(r, at);
    char old = s.charAt(i);
    char c;
    do { // mostly a key next to it on a keypad row: 1 off
      c = Rand.chance(r, 0.6) ? (char) ('0' + Math.floorMod(old - '0' + (r.nextBoolean() ? 1 : -1), 10))
          : (char) ('0' + r.nextInt(10));
    } while (c == old);
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  /** {@code s} with two neighbouring, different digits swapped. */
  static String transpose(SplittableRandom r, String s) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      int j = i + 1;
      while (j < s.length() && !Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) != s.charAt(j)) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return digitOff(r, s, 0);
    }
    int i = Rand.pick(r, at);
    int j = i + 1;
    while (!Character.isDigit(s.charAt(j))) {
      j++;
    }
    char[] c = s.toCharArray();
    char t = c[i];
    c[i] = c[j];
    c[j] = t;
    return new String(c);
  }

  private static final String[] KEY_NEIGHBOURS = {"qwsz", "vghn", "xdfv", "serfcx", "wsdr",
      "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop", "njk", "bhjm", "iklp", "ol",
      "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

  /** An e-mail address with one letter of its local part wrong, missing, doubled or swapped. */
  static String letterOff(SplittableRandom r, String email) {
    int at = email.indexOf('@');
    String local = email.substring(0, at);
    List<Integer> letters = new ArrayList<>();
    for (int i = 0; i < local.length(); i++) {
      if (local.charAt(i) >= 'a' && local.charAt(i) <= 'z') {
        letters.add(i);
      }
    }
    if (letters.size() < 3) {
      return local + local.charAt(local.length() - 1) + email.substring(at);
    }
    int i = Rand.pick(r, letters);
    char c = local.charAt(i);
    String out = switch (r.nextInt(4)) {
      case 0 -> { // a neighbouring key
        String n = KEY_NEIGHBOURS[c - 'a'];
        yield local.substring(0, i) + n.charAt(r.nextInt(n.length())) + local.substring(i + 1);
      }
      case 1 -> local.substring(0, i) + local.substring(i + 1); // dropped
      case 2 -> local.substring(0, i) + c + local.substring(i); // doubled
      default -> i + 1 < local.length() && local.charAt(i + 1) != c // swapped with the next
          ? local.substring(0, i) + local.charAt(i + 1) + c + local.substring(i + 2)
          : local.substring(0, i) + local.substring(i + 1);
    };
    return out.toLowerCase(Locale.ROOT) + email.substring(at);
  }
}
