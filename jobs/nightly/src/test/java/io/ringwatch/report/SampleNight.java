package io.ringwatch.report;

import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.Member;
import io.ringwatch.report.ReportData.SharedValue;
import io.ringwatch.score.signals.Signal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A night like the sample company's, made by hand (no Spark): nine risky clusters, three of them
 * tied at 100, every kind of shared value, reasons long enough to be cut, three nights of trend
 * with thin high-band segments, and every signal of the catalogue in the glossary.
 */
final class SampleNight {
  static final LocalDate RUN = LocalDate.of(2026, 11, 20);

  private SampleNight() {}

  static ReportData night(ReportSettings settings, List<ReportData.TrendPoint> trend) {
    List<ClusterView> clusters = clusters();
    List<ReportData.SignalCount> signals = new ArrayList<>();
    int n = 52;
    for (Signal s : settings.signals().values()) {
      signals.add(new ReportData.SignalCount(s.id(), s.title(), s.description(), n));
      n = Math.max(1, n - 3);
    }
    return new ReportData(RUN, "run-20261120-2300", Instant.parse("2026-11-20T23:05:00Z"), "4.2.0",
        trend.size() > 1 ? trend.get(trend.size() - 2).runDate() : null, 2000,
        Map.of("critical", 47L, "high", 5L, "medium", 31L, "low", 1917L), 37,
        Map.of("critical", 8L, "high", 1L, "medium", 1L, "low", 27L), 3, 3, 1, 4,
        Map.of("USD", new BigDecimal("5554801"), "EUR", new BigDecimal("41200")), 19, 10, trend, clusters, signals,
        List.of(new ReportData.DatasetRows("hr_workers", 2004, 2000, 4),
            new ReportData.DatasetRows("payroll_payments", 48210, 47300, 910),
            new ReportData.DatasetRows("devices", 2950, 2900, 50),
            new ReportData.DatasetRows("auth_events", 1204332, 1203990, 342),
            new ReportData.DatasetRows("endpoint_events", 301220, 301204, 16)),
        new double[] {35, 60, 85}, new ReportData.KeyNote("k-2026-11", null));
  }

  static ReportData night(ReportSettings settings) {
    return night(settings, threeNights());
  }

  static List<ReportData.TrendPoint> threeNights() {
    return List.of(new ReportData.TrendPoint(LocalDate.of(2026, 11, 6), 1980, 50, 1, 8),
        new ReportData.TrendPoint(LocalDate.of(2026, 11, 13), 1990, 49, 1, 8),
        new ReportData.TrendPoint(RUN, 2000, 47, 5, 9));
  }

  /** Nine risky clusters and a medium one, not in the order the report shows them. */
  static List<ClusterView> clusters() {
    List<ClusterView> out = new ArrayList<>();
    out.add(cluster("C-67BE740682", 100, "critical", 6, 728_499, List.of(
        "6 workers give one phone number ending 5465",
        "4 workers give one personal email t***@gmail.com (all live at one address)",
        "6 workers signed in from one public IP 73.36.245.161"),
        List.of(v("phone", "***5465", 0, 6), v("email", "t***@gmail.com", 0, 4), v("ip", "73.36.245.161", 0, 6))));
    out.add(cluster("C-A2AE017485", 100, "critical", 6, 827_505, List.of(
        "6 workers signed in from one public IP 73.36.245.161",
        "6 workers paid through one payout-platform account b***@outlook.com",
        "7 laptops of 6 workers shipped to 1175 magnolia ave apt 12, Springfield, IL, which is no worker's home",
        "3 workers give one GitHub handle reactguru-dev"),
        List.of(v("ip", "73.36.245.161", 0, 6), v("payout_account", "b***@outlook.com", 0, 6),
            v("ship_address", "1175 magnolia ave apt 12|62704", 0, 6), v("github", "reactguru-dev", 2, 3),
            v("phone", "***4150", 3, 3))));
    out.add(cluster("C-E7CCDAC82E", 100, "critical", 9, 870_316, List.of(
        "9 workers submitted the same CV (file hash 30f344d2…)",
        "3 workers give one phone number ending 5687"),
        List.of(v("resume", "30f344d2…", 0, 9), v("phone", "***5687", 2, 3))));
    List<SharedValue> farm = new ArrayList<>();
    farm.add(v("ship_address", "5094 orchard ln apt 707|64165", 0, 12));
    for (int i = 0; i + 1 < 12; i += 2) {
      farm.add(v("bank_account", "***" + (4821 + i), i, 2));
    }
    farm.add(v("device", "PF3K9ZQ1", 4, 2));
    farm.add(v("mac", "3c:22:fb:91:0a:7e", 6, 2));
    out.add(cluster("C-1F0B3A77C2", 96, "critical", 14, 1_204_880, List.of(
        "12 laptops of 12 workers shipped to 5094 orchard ln apt 707, Kansas City, MO, which is no worker's home",
        "2 workers paid into one bank account ending 4821",
        "2 workers assigned one laptop, serial PF3K9ZQ1",
        "2 workers with one network card, MAC 3c:22:fb:91:0a:7e"), farm));
    out.add(cluster("C-5D21E9A0B4", 92, "critical", 3, 312_040, List.of(
        "3 workers paid into accounts held by one other person, 'jin ho kim'",
        "2 workers paid into one crypto wallet ending 9ee7"),
        List.of(v("payee_name", "jin ho kim", 0, 3), v("wallet", "***9ee7", 1, 2))));
    out.add(cluster("C-08C4F1D9E3", 88, "critical", 2, 190_500, List.of(
        "2 workers give one national id ***-**-6789",
        "2 workers give one home address 88 birch st, 30301 (all live at one address)"),
        List.of(v("national_id", "***-**-6789", 0, 2), v("address", "88 birch st|30301", 0, 2))));
    out.add(cluster("C-B3E0A5C611", 86, "critical", 4, 402_775, List.of(
        "4 workers supplied by one vendor on a sanctions list, listed entity 31337 YANBIAN SILVERSTAR NETWORK"
            + " TECHNOLOGY CO LTD",
        "2 workers paid into one bank account ending 0111"),
        List.of(v("listed_vendor", "listed entity 31337 YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO LTD", 0, 4),
            v("bank_account", "***0111", 0, 2))));
    out.add(cluster("C-9A7E21D0F8", 85, "critical", 2, 160_200, List.of(
        "2 workers have the same or a near-identical profile photo",
        "2 workers give one personal email k***@proton.me"),
        List.of(v("photo", "a81c03f2…", 0, 2), v("email", "k***@proton.me", 0, 2))));
    out.add(cluster("C-44D0C7E2A9", 72, "high", 5, 98_100, List.of(
        "2 workers with one network card, MAC 00:1a:2b:3c:4d:5e",
        "2 workers assigned one laptop, serial C02XK1JHJG5H"),
        List.of(v("mac", "00:1a:2b:3c:4d:5e", 0, 2), v("device", "C02XK1JHJG5H", 2, 2))));
    out.add(cluster("C-77E1B0C3D5", 48, "medium", 2, 120_000, List.of(
        "2 workers give one home address 12 elm st, 10001 (all live at one address)"),
        List.of(v("address", "12 elm st|10001", 0, 2))));
    return out;
  }

  /** A shared value held by {@code holders} consecutive members from {@code first}; members filled in by cluster(). */
  private static SharedValue v(String kind, String masked, int first, int holders) {
    List<String> workers = new ArrayList<>();
    for (int i = first; i < first + holders; i++) {
      workers.add("#" + i);
    }
    return new SharedValue(kind, masked, workers);
  }

  private static ClusterView cluster(String id, double score, String band, int size, long paid, List<String> reasons,
      List<SharedValue> shared) {
    int base = Math.abs(id.hashCode() % 9000) * 10;
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      members.add(new Member(String.format("%08d", 10_000 + base + i), Math.max(30, score - 3 * i),
          score - 3 * i >= 85 ? "critical" : score - 3 * i >= 60 ? "high" : "medium",
          i % 3 == 0 ? "82% of 412 sign-ins between 00:00 and 09:00 UTC (09:00-18:00 in UTC+9) while claiming US-IL;"
              + " 4% in the daytime of America/Chicago (08:00-19:00); first event auth-000123"
              : reasons.get(i % reasons.size())));
    }
    List<SharedValue> named = shared.stream().map(s -> new SharedValue(s.kind(), s.valueMasked(),
        s.workers().stream().map(w -> members.get(Integer.parseInt(w.substring(1)) % size).workerId()).toList()))
        .toList();
    return new ClusterView(id, size, score, band, reasons, named, members, id.startsWith("C-E7"), 2,
        Map.of("USD", BigDecimal.valueOf(paid)));
  }
}
