package io.ringwatch.synth;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@link Variation#FOREIGN_COMPANY}: the company is in Great Britain or Germany. Every value of
 * the base company that is American (home addresses, time zones, home IPs, phones, SSNs, ACH
 * accounts and checks, keyboard layouts, offices, the corporate VPN, the VPN exits rings use, the
 * facilitators' homes and accounts) is translated into that country's, through one map per kind
 * of value: what two workers shared (a household's address and IP, a ring's SSN, phone, bank
 * account or laptop farm) they still share, what differed still differs, and an SSN that is
 * never issued becomes a national id that is never issued. Rings keep their members and
 * tactics; workers abroad (contractors in MX, PH, ...) stay where they are. Benign workers it
 * moved are tagged {@code foreign-company}.
 */
final class ForeignCompany {
  private static final long S_FOREIGN = 1070;

  private final CompanyPlan p;
  private final Countries.Country c;
  private final ZoneId zone;
  private final String domesticMethod;
  private final List<IpRanges.Range> residential;
  /** Draws of the translation maps, in the fixed order values are first met. */
  private final SplittableRandom t;
  private final IdentityHashMap<Formats.Address, Formats.Address> addresses =
      new IdentityHashMap<>();
  private final IdentityHashMap<String[], String[]> ipArrays = new IdentityHashMap<>();
  private final Map<String, String> ips = new HashMap<>();
  private final Map<String, String> phones = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> ibans = new HashMap<>();

  private ForeignCompany(CompanyPlan p, Countries.Country c) {
    this.p = p;
    this.c = c;
    this.zone = ZoneId.of(c.cities().get(0).zone());
    this.domesticMethod = c.code().equals("GB") ? "bacs" : "sepa";
    List<IpRanges.Range> res = new ArrayList<>(IpRanges.residential(c.code()));
    res.addAll(c.code().equals("GB") ? IpRanges.GB_RESIDENTIAL_MORE : IpRanges.DE_RESIDENTIAL_MORE);
    this.residential = List.copyOf(res);
    this.t = Rand.stream(p.opt.seed(), S_FOREIGN, 1);
  }

  static void apply(CompanyPlan p) {
    SplittableRandom r = Rand.stream(p.opt.seed(), S_FOREIGN, 0);
    Countries.Country c = r.nextBoolean() ? Countries.GB : Countries.DE;
    p.companyCountry = c.code();
    new ForeignCompany(p, c).run(r);
  }

  private void run(SplittableRandom r) {
    // offices (HQ and two more), their internet, the corporate VPN and the VPN exits nearby
    List<Vocab.City> officeCities = c.code().equals("GB")
        ? List.of(c.cities().get(1), c.cities().get(3), c.cities().get(7))
        : List.of(c.cities().get(0), c.cities().get(1), c.cities().get(2));
    IpRanges.Range nat = c.code().equals("GB") ? IpRanges.OFFICE_NAT_GB : IpRanges.OFFICE_NAT_DE;
    IpRanges.Range vpn = c.code().equals("GB") ? IpRanges.CORPORATE_VPN_GB
        : IpRanges.CORPORATE_VPN_DE;
    for (int o = 0; o < p.officeAddresses.length; o++) {
      p.officeAddresses[o] = office(r, officeCities.get(o % officeCities.size()));
      p.officeIps[o] = new String[] {p.uniqueIp(r, List.of(nat)), p.uniqueIp(r, List.of(nat))};
    }
    for (int i = 0; i < p.corpVpnIps.length; i++) {
      p.corpVpnIps[i] = p.uniqueIp(r, List.of(vpn));
    }
    List<IpRanges.Range> exits = c.code().equals("GB") ? IpRanges.VPN_EXITS_GB
        : IpRanges.VPN_EXITS_DE;
    for (int i = 0; i < p.astrillIps.length; i++) {
      p.astrillIps[i] = p.uniqueIp(r, exits);
    }
    p.agencyPayout = payout(p.agencyPayout, null, r);
    for (Worker.Device d : p.spareDevices) {
      d.shipTo = p.officeAddresses[Math.max(0, d.shipOffice)];
    }
    // the rings' facilitators live and bank in the company's country now
    for (Ring ring : p.rings) {
      ring.facAddress = address(ring.facAddress, Rand.pick(t, c.cities()));
      ring.facIp = ip(ring.facIp);
      ring.facAccount = iban(ring.facRouting + "/" + ring.facAccount);
      ring.facRouting = null;
    }
    for (Worker w : p.workers) {
      if (w.home.country().equals("US")) {
        move(w, officeCities, Rand.stream(p.opt.seed(), S_FOREIGN, 2, w.idx));
      } else if (w.home.country().equals(c.code())) {
        // a contractor of the base company in this country is no longer abroad
        w.benign.remove(BenignGroups.ALL.indexOf(BenignGroups.FOREIGN_CONTRACTOR));
      }
    }
  }

  /** Moves one worker of the US company to the company's country. */
  private void move(Worker w, List<Vocab.City> officeCities, SplittableRandom r) {
    Vocab.City city = w.office >= 0 ? officeCities.get(w.office % officeCities.size())
        : Rand.pick(t, c.cities());
    w.home = address(w.home, city);
    if (w.claimedCountry.equals("US")) {
      w.claimedCountry = c.code();
    }
    w.homeZone = zone;
    w.homeIps = ipArrays.computeIfAbsent(w.homeIps, a -> {
      String[] out = new String[a.length];
      for (int i = 0; i < a.length; i++) {
        out[i] = ip(a[i]);
      }
      return out;
    });
    if (w.egressIp != null) {
      w.egressIp = ip(w.egressIp);
    }
    if (w.phoneIsUsDigits) {
      String nsn = phones.computeIfAbsent(w.phone, k -> {
        while (true) {
          String n = Countries.mobileNsn(t, c);
          if (p.claim("ph:" + c.dial() + n)) {
            return n;
          }
        }
      });
      w.phone = Countries.phone(r, c, nsn); // a shared number in each holder's own notation
      w.phoneIsUsDigits = false;
    } else if (w.phone != null) { // a US placeholder: this country's placeholder
      w.phone = Rand.pick(r, Countries.phonePlaceholders(c.code()));
    }
    if (w.nationalId != null && w.nationalIdIsSsn) {
      w.nationalId = ids.computeIfAbsent(w.nationalId, ssn -> {
        if (CompanyPlan.invalidArea(ssn)) {
          return Countries.invalidNationalId(t, c);
        }
        while (true) {
          String id = Countries.nationalId(t, c, w.first, w.last, w.dob);
          if (p.claim("nid:" + id.replace(" ", ""))) {
            return id;
          }
        }
      });
      w.nationalIdIsSsn = false;
    } else if (w.nationalId != null) {
      w.nationalId = Rand.pick(r, Countries.idPlaceholders(c.code()));
    }
    w.keyboards = keyboards(w.keyboards);
    if (w.tripStart >= 0 && w.tripZone.equals(zone)) { // a trip home is no trip: go to the US
      w.tripZone = ZoneId.of("America/New_York");
      w.tripIps = new String[] {p.uniqueIp(r, IpRanges.US_RESIDENTIAL),
          p.uniqueIp(r, IpRanges.US_RESIDENTIAL)};
    }
    for (Worker.Device d : w.devices) {
      if (d.shipOffice >= 0) {
        d.shipTo = p.officeAddresses[d.shipOffice];
      } else if (d.shipTo.country().equals("US")) {
        d.shipTo = address(d.shipTo, Rand.pick(t, c.cities()));
      }
      if (d.zone.startsWith("America/")) { // an Asian zone on a ring's laptop stays
        d.zone = zone.getId();
      }
      d.keyboards = keyboards(d.keyboards);
    }
    for (int i = 0; i < w.payouts.size(); i++) {
      Worker.PayPeriod pp = w.payouts.get(i);
      w.payouts.set(i, new Worker.PayPeriod(pp.from(), payout(pp.payout(), w, r)));
    }
    if (!w.fraud()) {
      w.touched(Variation.FOREIGN_COMPANY);
    }
  }

  private Formats.Address address(Formats.Address old, Vocab.City city) {
    return addresses.computeIfAbsent(old, k -> Variations.uniqueAddress(p, t, c, city));
  }

  /** An office: a floor or suite, not a flat. */
  private Formats.Address office(SplittableRandom r, Vocab.City city) {
    Formats.Address a = Variations.uniqueAddress(p, r, c, city);
    return a.suffix() < 0
        ? new Formats.Address(a.number(), a.street(), -1, -1,
            Rand.pick(r, new String[] {"3. OG", "5. OG", "2. Etage"}), a.city(), a.region(),
            a.postal(), null, a.country())
        : new Formats.Address(a.number(), a.street(), a.suffix(), 1,
            Integer.toString(Rand.between(r, 2, 9) * 100), a.city(), a.region(), a.postal(), null,
            a.country());
  }

  private String ip(String old) {
    return ips.computeIfAbsent(old, k -> p.uniqueIp(t, residential));
  }

  private String iban(String usAccount) {
    return ibans.computeIfAbsent(usAccount, k -> Variations.uniqueIban(p, t, c.code()));
  }

  /** A US payout as the company's country pays it: ACH and wires to an IBAN, no checks. */
  private Worker.Payout payout(Worker.Payout pay, Worker w, SplittableRandom r) {
    return switch (pay.method()) {
      case "ach", "wire" -> pay.routing() == null ? pay
          : new Worker.Payout(pay.method().equals("ach") ? domesticMethod : "wire", null, null,
              iban(pay.routing() + "/" + pay.account()), pay.holder(), null, null, c.currency());
      case "check" -> new Worker.Payout(domesticMethod, null, null,
          Variations.uniqueIban(p, t, c.code()), Formats.holder(r, w.first, w.last), null, null,
          c.currency());
      default -> pay; // payment platforms and crypto know no borders
    };
  }

  private String keyboards(String kb) {
    return c.code().equals("GB") ? kb.replace("en-US", "en-GB").replace("es-US", "es-ES")
        : kb.replace("en-US", "de-DE").replace("es-US", "es-ES");
  }
}
