package io.ringwatch.synth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/** One planned worker: what the HR row says and how the worker behaves. Mutable while planned. */
final class Worker {
  final int idx;
  String id;
  // identity
  String first;
  String middle;
  String last;
  boolean koreanName;
  LocalDate dob;
  /** 9 digits, a placeholder literal, a foreign id, or null. */
  String nationalId;
  boolean nationalIdIsSsn;
  /** 10 US digits, or a literal (placeholder or foreign number already formatted). */
  String phone;
  boolean phoneIsUsDigits;
  String personalEmail;
  String workEmail;
  Formats.Address home;
  String claimedCountry;
  ZoneId homeZone;
  // employment
  LocalDate hire;
  LocalDate term;
  boolean contractor;
  String vendor;
  Vocab.Dept dept;
  String title;
  String managerId;
  String github;
  String resume;
  String phash;
  int salary;
  // behaviour
  int office = -1;
  boolean corpVpn;
  boolean nightShift;
  boolean itTools;
  String[] homeIps;
  int tripStart = -1;
  int tripLen;
  ZoneId tripZone;
  String[] tripIps;
  String keyboards = "en-US";
  final List<Device> devices = new ArrayList<>(2);
  final List<PayPeriod> payouts = new ArrayList<>(2);
  // fraud
  Ring ring;
  final TreeSet<Integer> tactics = new TreeSet<>();
  String egressIp;
  String[] hostingIps;
  String[] foreignIps;
  int[] slipDays = new int[0];
  int dprkDay = -1;
  // benign
  final TreeSet<Integer> benign = new TreeSet<>();
  // variations (Variation): the ones that touched this benign worker, written after the base
  // groups in truth's benign_group; the base groups alone decide what the base company decided
  final EnumSet<Variation> variations = EnumSet.noneOf(Variation.class);
  /**
   * What HR holds instead of the planned value (a typo, a placeholder): {@code hrPhoneDigits} and
   * {@code hrNationalIdDigits} are US digits written in the notation the planned value would
   * have had; {@code hrPhone} and {@code hrNationalId} are literals; null: the planned value.
   */
  String hrPhoneDigits;
  String hrPhone;
  String hrNationalIdDigits;
  String hrNationalId;
  String hrPersonalEmail;
  /** egress-abroad: on about half of the days sign-ins leave through the company's proxy abroad. */
  boolean viaProxy;
  /** cloud-desktops: sign-ins come from the cloud-desktop team's pool of cloud addresses. */
  boolean cloudDesktop;
  /** The home zone of the base company, kept when variations are on (null otherwise). */
  ZoneId baseHomeZone;
  /** An employee made a contractor by a variation: still paid every other Friday. */
  boolean employeePaySchedule;
  /**
   * shared-devices: another laptop this worker used on some days of the window instead of the
   * first one (a reassigned laptop before it went to its holder, a loaner); null: none.
   */
  List<Use> otherLaptops;
  /** shared-devices: IT support's sign-ins on colleagues' laptops, by window day; null: none. */
  List<Visit> visits;

  Worker(int idx) {
    this.idx = idx;
  }

  boolean fraud() {
    return ring != null;
  }

  void tactic(String t) {
    tactics.add(Tactics.ALL.indexOf(t));
  }

  boolean has(String t) {
    return tactics.contains(Tactics.ALL.indexOf(t));
  }

  void benign(String g) {
    benign.add(BenignGroups.ALL.indexOf(g));
  }

  boolean isBenign(String g) {
    return benign.contains(BenignGroups.ALL.indexOf(g));
  }

  boolean active(LocalDate d) {
    return !hire.isAfter(d) && (term == null || !d.isAfter(term));
  }

  String tacticList() {
    StringBuilder sb = new StringBuilder();
    for (int t : tactics) {
      sb.append(sb.length() == 0 ? "" : ";").append(Tactics.ALL.get(t));
    }
    return sb.toString();
  }

  String benignList() {
    StringBuilder sb = new StringBuilder();
    for (int g : benign) {
      sb.append(sb.length() == 0 ? "" : ";").append(BenignGroups.ALL.get(g));
    }
    for (Variation v : variations) {
      sb.append(sb.length() == 0 ? "" : ";").append(v.id());
    }
    return sb.toString();
  }

  /** Tags this worker as touched by variation {@code v}; never a fraudulent one. */
  void touched(Variation v) {
    if (fraud()) {
      throw new IllegalStateException("variation " + v + " touched fraudulent worker " + id);
    }
    variations.add(v);
  }

  /** Whether HR shows something else than the plan for phone, national id or e-mail. */
  boolean hrOverridden() {
    return hrPhoneDigits != null || hrPhone != null || hrNationalIdDigits != null
        || hrNationalId != null || hrPersonalEmail != null;
  }

  /** The laptop this worker signs in on on window day {@code day}: the first one but for a variation. */
  Device laptopOn(int day) {
    if (otherLaptops != null) {
      for (Use u : otherLaptops) {
        if (day >= u.from() && day < u.to()) {
          return u.laptop();
        }
      }
    }
    return devices.get(0);
  }

  /** The payout in force on {@code d}. */
  Payout payoutOn(LocalDate d) {
    Payout p = payouts.get(0).payout();
    for (PayPeriod pp : payouts) {
      if (!pp.from().isAfter(d)) {
        p = pp.payout();
      }
    }
    return p;
  }

  /** A company laptop. */
  static final class Device {
    String id;
    String serial;
    String mac12;
    Vocab.Model model;
    LocalDate shipped;
    Formats.Address shipTo;
    /** Shipped to an office (index), else -1. */
    int shipOffice = -1;
    boolean assigned = true;
    boolean secondary;
    String zone;
    String keyboards;
    /** The IP-KVM plugged into this laptop, or null. */
    Vocab.Usb kvm;
    String remoteTool;
  }

  /** How a worker is paid. */
  record Payout(String method, String routing, String account, String iban, String holder,
      String platform, String wallet, String currency) {}

  /** A payout in force from a date on. */
  record PayPeriod(LocalDate from, Payout payout) {}

  /** {@code laptop} used on window days {@code from} (inclusive) to {@code to} (exclusive). */
  record Use(int from, int to, Device laptop) {}

  /** A sign-in on {@code laptop}, someone else's, on window day {@code day} (or the next one worked). */
  record Visit(int day, Device laptop) {}

}
