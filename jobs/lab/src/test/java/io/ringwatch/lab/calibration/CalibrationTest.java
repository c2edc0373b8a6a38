package io.ringwatch.lab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static Calibration.Outcome fraud(String id, String band, String... tactics) {
    return new Calibration.Outcome(id, band, true, Set.of(tactics), Set.of());
  }

  private static Calibration.Outcome benign(String id, String band, String... groups) {
    return new Calibration.Outcome(id, band, false, Set.of(), Set.of(groups));
  }

  private static final List<Calibration.Outcome> COMPANY = List.of(
      fraud("f1", "critical", "laptop_farm", "astrill_vpn"),
      fraud("f2", "high", "laptop_farm"),
      fraud("f3", "medium", "astrill_vpn"),
      fraud("f4", "critical", "ip_kvm"),
      benign("b1", "high", "household"),
      benign("b2", "low", "household"),
      benign("b3", "low", "korean_american"),
      benign("b4", "medium", "korean_american", "night_shift"),
      benign("b5", "low"),
      benign("b6", "low"));

  @Test
  void countsPrecisionRecallAndRatesPerSlice() {
    Calibration.Report r = Calibration.evaluate("t", COMPANY);
    assertEquals(10, r.all().workers());
    assertEquals(4, r.all().fraud());
    assertEquals(4, r.all().flagged());
    assertEquals(0.75, r.all().precision(), 1e-9);
    assertEquals(0.75, r.all().recall(), 1e-9);
    assertEquals(1.0 / 6, r.benignRate(), 1e-9);
    assertEquals(2, r.byBand().get("critical").workers());
    assertEquals(1, r.byBand().get("medium").fraud());
    assertEquals(0.5, r.byTactic().get("astrill_vpn").recall(), 1e-9);
    assertEquals(1.0, r.byTactic().get("laptop_farm").recall(), 1e-9);
    assertEquals(0.5, r.byBenignGroup().get("household").benignFlagRate(), 1e-9);
    assertEquals(0.0, r.byBenignGroup().get("korean_american").benignFlagRate(), 1e-9);
    // a medium band is not a flag
    assertEquals(0.0, r.byBenignGroup().get("night_shift").benignFlagRate(), 1e-9);
  }

  @Test
  void eachVariationGetsItsPrecisionWithTheHabitAloneWorstFirst() {
    List<Calibration.Outcome> mixture = new java.util.ArrayList<>(List.of(
        fraud("f1", "critical", "laptop_farm"), fraud("f2", "high", "ip_kvm"), fraud("f3", "low", "ip_kvm"),
        benign("b1", "high", "corporate_vpn", "egress-abroad"),
        benign("b2", "high", "egress-abroad"),
        benign("b3", "low", "egress-abroad"),
        benign("b4", "low", "egress-abroad"),
        benign("b5", "medium", "hr-typos"),
        benign("b6", "low", "hr-typos"),
        benign("b7", "high", "cloud-desktops")));
    for (int i = 0; i < 10; i++) { // untouched benign workers, one of ten flagged
      mixture.add(benign("u" + i, i == 0 ? "critical" : "low"));
    }
    Calibration.Report r = Calibration.evaluate("m", mixture, List.of("egress-abroad", "hr-typos", "cloud-desktops"),
        Set.of());
    List<Calibration.VariationResult> v = r.byVariation();
    // egress-abroad flags two workers, cloud-desktops one (at a higher rate): egress costs more precision
    assertEquals(List.of("egress-abroad", "cloud-desktops", "hr-typos", Calibration.NO_VARIATION),
        v.stream().map(Calibration.VariationResult::variation).toList());
    // 2 fraud flagged; 17 benign, 10 untouched with 1 flagged: a base rate of 0.1
    Calibration.VariationResult egress = v.get(0);
    assertEquals(4, egress.touched());
    assertEquals(2, egress.flagged());
    assertEquals(0.5, egress.flagRate(), 1e-9);
    assertEquals(2 / (2 + 2 + 0.1 * 13), egress.precision(), 1e-9);
    assertEquals(null, egress.recall());
    assertEquals(2 / (2 + 1 + 0.1 * 16), v.get(1).precision(), 1e-9);
    assertEquals(2 / (2 + 0 + 0.1 * 15), v.get(2).precision(), 1e-9);
    assertEquals(10, v.get(3).touched());
    assertEquals(2 / (2 + 0.1 * 17), v.get(3).precision(), 1e-9);
    // recall per variation only where the variation changes the rings
    assertEquals(2.0 / 3, Calibration.evaluate("m", mixture, List.of("egress-abroad"), Set.of("egress-abroad"))
        .byVariation().get(0).recall(), 1e-9);
    // the variations' groups are benign groups like the others, and the report names the worst
    assertEquals(0.5, r.byBenignGroup().get("egress-abroad").benignFlagRate(), 1e-9);
    String md = r.markdown();
    assertTrue(md.contains("Worst variation: egress-abroad"), md);
    assertTrue(md.contains("| egress-abroad | 4 | 2 | 50.00% | 0.377 | - |"), md);
    // a variation that moves the whole company is the setting: the workers only it touched are the baseline
    List<Calibration.Outcome> abroad = List.of(fraud("f1", "critical", "x"),
        benign("b1", "high", "foreign-company", "egress-abroad"), benign("b2", "low", "foreign-company"),
        benign("b3", "high", "foreign-company"), benign("b4", "low", "foreign-company"));
    List<Calibration.VariationResult> a = Calibration.evaluate("a", abroad,
        List.of("foreign-company", "egress-abroad"), Set.of("foreign-company")).byVariation();
    // both cost a third of precision; egress-abroad flags at the higher rate, so it comes first
    assertEquals(List.of("egress-abroad", "foreign-company", Calibration.NO_VARIATION),
        a.stream().map(Calibration.VariationResult::variation).toList());
    assertEquals(3, a.get(2).touched());
    assertEquals(1.0 / 3, a.get(2).flagRate(), 1e-9);
    assertEquals(1 / (1 + 1 + 3 * (1.0 / 3)), a.get(0).precision(), 1e-9);
    assertEquals(1.0 / 3, a.get(1).precision(), 1e-9);
    assertEquals(1.0, a.get(1).recall(), 1e-9);
    assertEquals(null, a.get(0).recall());
    // issue 18's targets hold for each variation: egress-abroad's precision alone misses them
    List<String> verdicts = r.verdicts(Calibration.Targets.ISSUE_18, "korean_american");
    assertTrue(verdicts.contains("MISS variation egress-abroad: precision with it alone 0.377 (targets >= 0.95 / 0.95)"),
        verdicts.toString());
    assertTrue(verdicts.stream().anyMatch(s -> s.startsWith("MISS benign flag rate 23.529% (target <= 0.2%)")),
        verdicts.toString());
    assertTrue(a.stream().anyMatch(x -> x.recall() != null));
    assertTrue(Calibration.evaluate("a", abroad, List.of("foreign-company", "egress-abroad"), Set.of("foreign-company"))
        .verdicts(Calibration.Targets.ISSUE_18, "korean_american")
        .contains("MISS variation foreign-company: precision with it alone 0.333, recall 1.000 (targets >= 0.95 / 0.95)"));
    // without variations the report is what it was
    assertTrue(Calibration.evaluate("m", mixture).byVariation().isEmpty());
    assertTrue(!Calibration.evaluate("m", mixture).markdown().contains("variation"));
  }

  @Test
  void verdictsNameEveryMissedTarget() {
    List<String> v = Calibration.evaluate("t", COMPANY).verdicts(Calibration.Targets.ISSUE_6, "korean_american");
    assertTrue(v.get(0).startsWith("MISS recall"), v.toString());
    assertTrue(v.get(1).startsWith("MISS precision"), v.toString());
    assertTrue(v.stream().anyMatch(s -> s.startsWith("MISS benign group household")), v.toString());
    assertTrue(v.stream().anyMatch(s -> s.startsWith("PASS korean_american")), v.toString());
  }

  @Test
  void cleanCompanyPassesAndTheProtectedGroupIsComparedWithTheOverallRate() {
    List<Calibration.Outcome> clean = List.of(fraud("f1", "critical", "x"), benign("b1", "low", "korean_american"),
        benign("b2", "high"), benign("b3", "low"), benign("b4", "low"));
    Calibration.Report r = Calibration.evaluate("clean", clean);
    List<String> v = r.verdicts(new Calibration.Targets(0.95, 0.4, 0.01, 0.3), "korean_american");
    assertTrue(v.stream().allMatch(s -> s.startsWith("PASS")), v.toString());
    List<Calibration.Outcome> biased = List.of(fraud("f1", "critical", "x"), benign("b1", "high", "korean_american"),
        benign("b2", "low"), benign("b3", "low"), benign("b4", "low"));
    assertTrue(Calibration.evaluate("biased", biased).verdicts(Calibration.Targets.ISSUE_6, "korean_american")
        .stream().anyMatch(s -> s.startsWith("MISS korean_american")));
    String md = r.markdown();
    assertTrue(md.contains("| critical | 1 | 1 | 1.000 | 1.000 |"), md);
    assertTrue(md.contains("| (all benign workers) | 4 | 1 | 25.00% |"), md);
  }
}
