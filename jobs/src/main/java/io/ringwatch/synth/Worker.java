package io.ringwatch.synth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
    return sb.toString();
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

}
