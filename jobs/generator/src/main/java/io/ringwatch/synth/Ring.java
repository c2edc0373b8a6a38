package io.ringwatch.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A planted fraud ring: members run by one operator and a US facilitator. */
final class Ring {
  final String id;
  final int size;
  final List<Worker> members = new ArrayList<>();
  /** Planned tactics (indexes into {@link Tactics#ALL}). */
  final TreeSet<Integer> planned = new TreeSet<>();
  // facilitator
  String facFirst;
  String facLast;
  Formats.Address facAddress;
  String facIp;
  String facEmail;
  String facRouting;
  String facAccount;
  String ringWallet;
  String platform;
  String platformAccount;
  String[] hostingIps;
  String foreignCountry;
  String[] foreignIps;
  String[] astrillIps;

  Ring(String id, int size) {
    this.id = id;
    this.size = size;
  }

  boolean plans(String t) {
    return planned.contains(Tactics.ALL.indexOf(t));
  }

  /** The union of the members' tactics, as the truth files list it. */
  String tacticList() {
    TreeSet<Integer> all = new TreeSet<>();
    for (Worker w : members) {
      all.addAll(w.tactics);
    }
    StringBuilder sb = new StringBuilder();
    for (int t : all) {
      sb.append(sb.length() == 0 ? "" : ";").append(Tactics.ALL.get(t));
    }
    return sb.toString();
  }

  String facilitatorName() {
    return facFirst + " " + facLast;
  }
}
