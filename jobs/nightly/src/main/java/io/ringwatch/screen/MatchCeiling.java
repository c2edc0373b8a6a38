package io.ringwatch.screen;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An upper bound of {@link NameMatcher}'s score for a pair of names, found without aligning tokens,
 * so that a candidate is matched only when it can reach a threshold. Sound by construction:
 *
 * <p><b>Token similarities are the matcher's own.</b> A token pair is compared with
 * {@link NameMatcher#pairSimilarity} unless a pre-check on lengths proves it is 0 — a condition
 * every non-zero outcome of {@code tokenSimilarity} needs: folded tokens equal; or, under the
 * syllable rule, every pair of folded syllables equal, of one length (vowel merged) or a letter
 * apart with one first letter; else (folded or raw) lengths within one letter, or both of 6+
 * letters within 20% of each other (Jaro–Winkler), and for a joined token lengths within one and
 * both of 4+ letters.
 *
 * <p><b>Alignment is relaxed.</b> For one variant pair, with {@code ρ_i} the best alignable
 * similarity (≥ token-min-similarity, else 0) of input token {@code i} to any listed token and
 * {@code κ_j} that of listed token {@code j} to any input token, and {@code A} the listed tokens
 * aligned, the matcher's base score is
 * <pre>
 *   Σ_aligned s·(|q| + |c|) / (Lq + λ·Lc + (1 − λ)·Σ_{j∈A} |c_j|)
 *     ≤ (Σ_i ρ_i·|q_i| + Σ_{j∈A} κ_j·|c_j|) / (Lq + λ·Lc + (1 − λ)·Σ_{j∈A} |c_j|)
 * </pre>
 * (Lq, Lc: all folded letters; each aligned pair's {@code s} is at most both its tokens' best). The
 * right side is largest for {@code A} = the listed tokens of the highest {@code κ} (a fraction
 * gains an item exactly when the item's own ratio {@code κ/(1 − λ)} beats it), so the prefixes of
 * the listed tokens by descending {@code κ} are tried. For person names, an input token whose
 * best is at most {@link NameMatcher#MAYBE} is either unaligned or aligned as a maybe: both cap
 * the score at partial-cap. The score is the best over the same variant pairs the matcher tries,
 * and never above the base score, so the best of these bounds bounds it.
 */
public final class MatchCeiling implements Serializable {
  /** Added to the bound: its sums run in another order than the matcher's (rounding of 1e-16). */
  static final double ROUNDING_MARGIN = 1e-9;

  private final double tokenMinSimilarity;
  private final double unmatchedListTokenWeight;
  private final double partialCap;

  MatchCeiling(double tokenMinSimilarity, double unmatchedListTokenWeight, double partialCap) {
    this.tokenMinSimilarity = tokenMinSimilarity;
    this.unmatchedListTokenWeight = unmatchedListTokenWeight;
    this.partialCap = partialCap;
  }

  /** At least {@code matcher.match(query, candidate, person).score()} for the prepared names of these tokens. */
  public double of(CeilingTokens q, CeilingTokens c, boolean person) {
    if (q.isEmpty() || c.isEmpty()) {
      return 0.0; // the matcher's "empty name"
    }
    double[][] sim = new double[q.raw.length][c.raw.length];
    for (double[] row : sim) {
      Arrays.fill(row, Double.NaN); // compared on first use: most pairs of joined tokens never are
    }
    double best = 0.0;
    for (int qi = 0; qi < q.variants.length; qi++) {
      for (int ci = 0; ci < c.variants.length; ci++) {
        if (qi > 0 && ci > 0) {
          continue; // the matcher joins one side only
        }
        best = Math.max(best, variant(q, q.variants[qi], c, c.variants[ci], sim, person));
      }
    }
    return best + ROUNDING_MARGIN;
  }

  private double variant(CeilingTokens q, int[] qv, CeilingTokens c, int[] cv, double[][] sim, boolean person) {
    double[] rho = new double[qv.length];
    double[] kappa = new double[cv.length];
    for (int i = 0; i < qv.length; i++) {
      for (int j = 0; j < cv.length; j++) {
        double s = similarity(q, qv[i], c, cv[j], sim, person);
        if (s >= tokenMinSimilarity && s > 0) { // what alignment accepts
          rho[i] = Math.max(rho[i], s);
          kappa[j] = Math.max(kappa[j], s);
        }
      }
    }
    double num = 0;
    boolean partial = false;
    for (int i = 0; i < qv.length; i++) {
      num += rho[i] * q.folded[qv[i]].length();
      partial |= rho[i] <= NameMatcher.MAYBE;
    }
    double den = q.foldedLength + unmatchedListTokenWeight * c.foldedLength;
    double bound = num / den;
    for (int j : byDescending(kappa)) {
      if (kappa[j] <= 0) {
        break;
      }
      int len = c.folded[cv[j]].length();
      num += kappa[j] * len;
      den += (1 - unmatchedListTokenWeight) * len;
      bound = Math.max(bound, num / den);
    }
    return person && partial ? Math.min(bound, partialCap) : bound;
  }

  /** Positions of {@code v} from its largest value down (insertion sort: a name has a few tokens). */
  private static int[] byDescending(double[] v) {
    int[] order = new int[v.length];
    for (int j = 0; j < v.length; j++) {
      int k = j;
      while (k > 0 && v[order[k - 1]] < v[j]) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = j;
    }
    return order;
  }

  private static double similarity(CeilingTokens q, int a, CeilingTokens c, int b, double[][] sim, boolean person) {
    double s = sim[a][b];
    if (Double.isNaN(s)) {
      int part = Math.max(q.part[a], c.part[b]);
      s = q.folded[a].equals(c.folded[b]) ? 1.0
          : mayBeAlike(q, a, c, b, part > 0, person)
              ? NameMatcher.pairSimilarity(q.raw[a], c.raw[b], q.folded[a], c.folded[b], part, person) : 0.0;
      sim[a][b] = s;
    }
    return s;
  }

  /** False only when {@code tokenSimilarity} of the two (unequal folded) tokens is certainly 0. */
  static boolean mayBeAlike(CeilingTokens q, int a, CeilingTokens c, int b, boolean joined, boolean person) {
    String[] sa = q.syllables[a];
    String[] sb = c.syllables[b];
    if (person && sa != null && sb != null && sa.length == sb.length) {
      for (int k = 0; k < sa.length; k++) {
        if (!syllablesMayBeAlike(sa[k], sb[k])) {
          return false;
        }
      }
      return true;
    }
    String fa = q.folded[a];
    String fb = c.folded[b];
    String ra = q.raw[a];
    String rb = c.raw[b];
    boolean closeLengths = Math.abs(fa.length() - fb.length()) <= 1 || Math.abs(ra.length() - rb.length()) <= 1;
    if (joined) {
      return closeLengths && Math.min(fa.length(), fb.length()) >= 4; // one edit apart, nothing looser
    }
    return closeLengths || jaroWinklerRange(fa, fb) || jaroWinklerRange(ra, rb);
  }

  /** Equal, equal once the vowel is merged (one length), or a letter dropped keeping the first. */
  private static boolean syllablesMayBeAlike(String x, String y) {
    if (x.equals(y) || x.length() == y.length() || x.isEmpty() || y.isEmpty()) {
      return true;
    }
    return Math.abs(x.length() - y.length()) == 1 && x.charAt(0) == y.charAt(0);
  }

  /** Lengths at which the matcher compares long tokens by Jaro–Winkler. */
  private static boolean jaroWinklerRange(String x, String y) {
    int min = Math.min(x.length(), y.length());
    int max = Math.max(x.length(), y.length());
    return min >= 6 && min >= 0.8 * max;
  }
}
