package io.ringwatch.lab.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores against a generated company's ground truth ({@code truth/workers.csv}): precision and
 * recall per band and for the flagged bands (high + critical), recall per ring tactic, the
 * flag rate of every benign look-alike group, and for companies made with generator variations
 * (jobs/docs/generator-variations.md) what each variation's habit does to precision. Pure: the
 * caller hands in one {@link Outcome} per worker; outcomes of several companies (seeds) can be
 * pooled by passing them together.
 */
public final class Calibration {
  public static final List<String> BANDS = List.of("low", "medium", "high", "critical");

  /**
   * Targets for high + critical. {@code benignRate} is the most of all benign workers that may be
   * flagged (1 = no target); recall and precision hold overall and for each generator variation
   * (its precision with the habit alone; its recall where it changes the rings).
   */
  public record Targets(double recall, double precision, double benignGroupRate, double benignRate) {
    public static final Targets ISSUE_6 = new Targets(0.95, 0.90, 0.01, 1.0);
    /** Issue 18: companies with every habit of other companies on. */
    public static final Targets ISSUE_18 = new Targets(0.95, 0.95, 0.01, 0.002);
  }

  /** One worker: its band and what the generator says it is. */
  public record Outcome(String workerId, String band, boolean fraud, Set<String> tactics, Set<String> benignGroups) {
    boolean flagged() {
      return "high".equals(band) || "critical".equals(band);
    }
  }

  /** Counts of a slice: workers in it, fraudulent ones, flagged ones, flagged fraudulent ones. */
  public record Counts(long workers, long fraud, long flagged, long flaggedFraud) {
    Counts add(Outcome o) {
      return new Counts(workers + 1, fraud + (o.fraud() ? 1 : 0), flagged + (o.flagged() ? 1 : 0),
          flaggedFraud + (o.flagged() && o.fraud() ? 1 : 0));
    }

    public double precision() {
      return flagged == 0 ? 1.0 : (double) flaggedFraud / flagged;
    }

    public double recall() {
      return fraud == 0 ? 1.0 : (double) flaggedFraud / fraud;
    }

    /** Share of the slice's benign workers that are flagged. */
    public double benignFlagRate() {
      long benign = workers - fraud;
      return benign == 0 ? 0.0 : (double) (flagged - flaggedFraud) / benign;
    }

    static final Counts ZERO = new Counts(0, 0, 0, 0);
  }

  /**
   * What one generator variation does, measured in a company where several may be on: the benign
   * workers it touched (tagged with its name) and how many of them were flagged; the precision the
   * company would have with this habit alone, estimated as the flagged fraud against the flagged
   * workers the variation touched plus, for every other benign worker, the flag rate of the benign
   * workers no variation touched; and recall, shown only for a variation that changes the rings'
   * own rows (null otherwise: benign variations leave the rings as they are, so recall is the
   * company's). {@code variation} "(no variation)" is the baseline of benign workers touched by no
   * variation but those that change the rings (which move the whole company, so touch everyone).
   * A worker touched by several variations counts for each: in a mixture the figures are an
   * estimate; a company with one variation on attributes exactly.
   */
  public record VariationResult(String variation, long touched, long flagged, double precision, Double recall) {
    public double flagRate() {
      return touched == 0 ? 0.0 : (double) flagged / touched;
    }
  }

  /** The baseline row of {@link Report#byVariation()}. */
  public static final String NO_VARIATION = "(no variation)";

  /** The whole evaluation of one set of outcomes. */
  public record Report(String label, Counts all, Map<String, Counts> byBand, Map<String, Counts> byTactic,
      Map<String, Counts> byBenignGroup, List<VariationResult> byVariation) {

    public double benignRate() {
      return all.benignFlagRate();
    }

    /** Target checks, each a line "PASS …" or "MISS …"; {@code protectedGroup} must not exceed the overall rate. */
    public List<String> verdicts(Targets t, String protectedGroup) {
      List<String> out = new ArrayList<>();
      out.add(check(all.recall() >= t.recall(), "recall of high+critical %.3f (target >= %.2f)", all.recall(), t.recall()));
      out.add(check(all.precision() >= t.precision(), "precision of high+critical %.3f (target >= %.2f)",
          all.precision(), t.precision()));
      byBenignGroup.forEach((g, c) -> {
        if (c.benignFlagRate() > t.benignGroupRate()) {
          out.add(check(false, "benign group %s flag rate %.2f%% (target <= %.0f%%)", g, 100 * c.benignFlagRate(),
              100 * t.benignGroupRate()));
        }
      });
      if (byBenignGroup.values().stream().allMatch(c -> c.benignFlagRate() <= t.benignGroupRate())) {
        out.add(check(true, "every benign group's flag rate <= %.0f%%", 100 * t.benignGroupRate()));
      }
      if (t.benignRate() < 1) {
        out.add(check(benignRate() <= t.benignRate(), "benign flag rate %.3f%% (target <= %.1f%%)",
            100 * benignRate(), 100 * t.benignRate()));
      }
      for (VariationResult v : byVariation) {
        boolean ok = v.precision() >= t.precision() && (v.recall() == null || v.recall() >= t.recall());
        out.add(check(ok, "variation %s: precision with it alone %.3f%s (targets >= %.2f / %.2f)", v.variation(),
            v.precision(), v.recall() == null ? "" : String.format(Locale.ROOT, ", recall %.3f", v.recall()),
            t.precision(), t.recall()));
      }
      Counts p = byBenignGroup.get(protectedGroup);
      if (p != null) {
        out.add(check(p.benignFlagRate() <= benignRate(), "%s flag rate %.2f%% vs all benign workers %.2f%%",
            protectedGroup, 100 * p.benignFlagRate(), 100 * benignRate()));
      }
      return out;
    }

    private static String check(boolean ok, String format, Object... args) {
      return (ok ? "PASS " : "MISS ") + String.format(Locale.ROOT, format, args);
    }

    /** Markdown tables: the headline, bands, tactics and benign groups. */
    public String markdown() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "### %s%n%n%d workers, %d fraudulent; high+critical: %d flagged, "
              + "precision %.3f, recall %.3f; benign flag rate %.3f%%%n%n", label, all.workers(), all.fraud(),
          all.flagged(), all.precision(), all.recall(), 100 * benignRate()));
      s.append("| band | workers | fraudulent | share fraudulent | share of all fraud |\n|---|---:|---:|---:|---:|\n");
      for (String b : BANDS) {
        Counts c = byBand.getOrDefault(b, Counts.ZERO);
        s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n", b, c.workers(), c.fraud(),
            c.workers() == 0 ? 0.0 : (double) c.fraud() / c.workers(),
            all.fraud() == 0 ? 0.0 : (double) c.fraud() / all.fraud()));
      }
      s.append("\n| ring tactic | fraudulent workers | flagged high+critical | recall |\n|---|---:|---:|---:|\n");
      byTactic.forEach((t, c) -> s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", t, c.fraud(),
          c.flaggedFraud(), c.recall())));
      s.append("\n| benign look-alike group | benign workers | flagged high+critical | flag rate |\n|---|---:|---:|---:|\n");
      byBenignGroup.forEach((g, c) -> s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f%% |%n", g,
          c.workers() - c.fraud(), c.flagged() - c.flaggedFraud(), 100 * c.benignFlagRate())));
      s.append(String.format(Locale.ROOT, "| (all benign workers) | %d | %d | %.2f%% |%n", all.workers() - all.fraud(),
          all.flagged() - all.flaggedFraud(), 100 * benignRate()));
      if (!byVariation.isEmpty()) {
        VariationResult worst = byVariation.get(0);
        s.append(String.format(Locale.ROOT, "%nWorst variation: %s (precision with it alone %.3f, %d of %d touched "
            + "benign workers flagged)%n%n", worst.variation(), worst.precision(), worst.flagged(), worst.touched()));
        s.append("| generator variation (worst first) | benign workers touched | flagged high+critical | flag rate "
            + "| precision with this habit alone | recall |\n|---|---:|---:|---:|---:|---:|\n");
        for (VariationResult v : byVariation) {
          s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f%% | %.3f | %s |%n", v.variation(), v.touched(),
              v.flagged(), 100 * v.flagRate(), v.precision(),
              v.recall() == null ? "-" : String.format(Locale.ROOT, "%.3f", v.recall())));
        }
      }
      return s.toString();
    }
  }

  private Calibration() {}

  public static Report evaluate(String label, Collection<Outcome> outcomes) {
    return evaluate(label, outcomes, List.of(), Set.of());
  }

  /**
   * As {@link #evaluate(String, Collection)}, with a {@link VariationResult} per generator
   * variation in {@code variations} (benign group names), worst (lowest precision, then highest
   * flag rate) first and the baseline "(no variation)" last; {@code changingRings} names those
   * that change the rings' own rows, whose recall is meaningful.
   */
  public static Report evaluate(String label, Collection<Outcome> outcomes, List<String> variations,
      Set<String> changingRings) {
    Counts all = Counts.ZERO;
    Map<String, Counts> byBand = new TreeMap<>();
    Map<String, Counts> byTactic = new TreeMap<>();
    Map<String, Counts> byGroup = new TreeMap<>();
    for (Outcome o : outcomes) {
      all = all.add(o);
      byBand.merge(o.band(), Counts.ZERO.add(o), Calibration::sum);
      if (o.fraud()) {
        for (String t : o.tactics()) {
          byTactic.merge(t, Counts.ZERO.add(o), Calibration::sum);
        }
      } else {
        for (String g : o.benignGroups()) {
          byGroup.merge(g, Counts.ZERO.add(o), Calibration::sum);
        }
      }
    }
    return new Report(label, all, byBand, byTactic, byGroup,
        variations.isEmpty() ? List.of() : byVariation(outcomes, all, variations, changingRings));
  }

  private static List<VariationResult> byVariation(Collection<Outcome> outcomes, Counts all, List<String> variations,
      Set<String> changingRings) {
    long benign = all.workers() - all.fraud();
    long untouched = 0;
    long untouchedFlagged = 0;
    Map<String, long[]> touched = new TreeMap<>();
    variations.forEach(v -> touched.put(v, new long[2]));
    for (Outcome o : outcomes) {
      if (o.fraud()) {
        continue;
      }
      boolean any = false;
      for (String v : variations) {
        if (o.benignGroups().contains(v)) {
          // a variation that moves the whole company (rings too) is the setting, not a habit:
          // the workers only it touched are the baseline
          any |= !changingRings.contains(v);
          touched.get(v)[0]++;
          touched.get(v)[1] += o.flagged() ? 1 : 0;
        }
      }
      if (!any) {
        untouched++;
        untouchedFlagged += o.flagged() ? 1 : 0;
      }
    }
    double baseRate = untouched == 0 ? 0.0 : (double) untouchedFlagged / untouched;
    long tp = all.flaggedFraud();
    List<VariationResult> out = new ArrayList<>();
    for (String v : variations) {
      long[] t = touched.get(v);
      double falseFlags = t[1] + baseRate * (benign - t[0]);
      out.add(new VariationResult(v, t[0], t[1], tp + falseFlags == 0 ? 1.0 : tp / (tp + falseFlags),
          changingRings.contains(v) ? all.recall() : null));
    }
    out.sort(Comparator.comparingDouble(VariationResult::precision)
        .thenComparing(Comparator.comparingDouble(VariationResult::flagRate).reversed())
        .thenComparing(VariationResult::variation));
    double basePrecision = tp + baseRate * benign == 0 ? 1.0 : tp / (tp + baseRate * benign);
    out.add(new VariationResult(NO_VARIATION, untouched, untouchedFlagged, basePrecision, null));
    return List.copyOf(out);
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(a.workers() + b.workers(), a.fraud() + b.fraud(), a.flagged() + b.flagged(),
        a.flaggedFraud() + b.flaggedFraud());
  }
}
