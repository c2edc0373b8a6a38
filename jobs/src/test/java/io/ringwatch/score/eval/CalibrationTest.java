package io.ringwatch.score.eval;

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
    List<String> v = r.verdicts(new Calibration.Targets(0.95, 0.4, 0.01), "korean_american");
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
