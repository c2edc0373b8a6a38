package io.ringwatch.screen;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Similarity of two names given as folded tokens ({@link Names}), in [0, 1].
 *
 * <p><b>Score.</b> Tokens are aligned one-to-one, in any order, greedily by descending
 * Jaro–Winkler similarity; a pair below {@code tokenMinSimilarity} is not aligned. Each token
 * weighs its length in characters. With {@code s} the similarity of an aligned pair,
 * <pre>
 *   score = Σ_aligned s·(|q| + |c|)
 *         / (Σ_aligned (|q| + |c|) + Σ_unaligned query |q| + λ·Σ_unaligned list |c|)
 * </pre>
 * so unaligned tokens pull the score down by their share of the name; λ
 * ({@code unmatchedListTokenWeight}, &lt; 1) makes a list token the query lacks (a dropped middle
 * or given name) cost less than a query token the list name lacks. Given names written joined,
 * hyphenated or split ({@code Kumhyok}, {@code Kum-Hyok}, {@code Kum Hyok}) are handled by also
 * scoring either side (never both) with one pair of adjacent tokens joined, and keeping the best
 * score. Token similarity is {@link #tokenSimilarity}.
 * Token order never matters ({@code SONG, Kum Hyok} = {@code Kum Hyok Song}).
 */
public final class NameMatcher implements Serializable {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private final double tokenMinSimilarity;
  private final double unmatchedListTokenWeight;

  public NameMatcher(double tokenMinSimilarity, double unmatchedListTokenWeight) {
    this.tokenMinSimilarity = tokenMinSimilarity;
    this.unmatchedListTokenWeight = unmatchedListTokenWeight;
  }

  /** The outcome: score and a short account of how tokens were aligned. */
  public record Result(double score, String explanation) implements Serializable {}

  public double score(List<String> query, List<String> candidate) {
    return match(query, candidate).score();
  }

  public Result match(List<String> query, List<String> candidate) {
    if (query.isEmpty() || candidate.isEmpty()) {
      return new Result(0.0, "empty name");
    }
    Result best = null;
    List<List<String>> qs = joinVariants(query);
    List<List<String>> cs = joinVariants(candidate);
    for (int qi = 0; qi < qs.size(); qi++) {
      for (int ci = 0; ci < cs.size(); ci++) {
        if (qi > 0 && ci > 0) {
          continue; // join one side only: two joined names would compare as one long token
        }
        Result r = align(qs.get(qi), cs.get(ci));
        if (best == null || r.score() > best.score()) {
          best = r;
        }
        if (best.score() >= 1.0) {
          return best;
        }
      }
    }
    return best;
  }

  /** The tokens as they are plus each variant with one adjacent pair joined. */
  static List<List<String>> joinVariants(List<String> tokens) {
    List<List<String>> out = new ArrayList<>();
    out.add(tokens);
    if (tokens.size() > 1 && tokens.size() <= 6) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        List<String> v = new ArrayList<>(tokens.subList(0, i));
        v.add(tokens.get(i) + tokens.get(i + 1));
        v.addAll(tokens.subList(i + 2, tokens.size()));
        out.add(v);
      }
    }
    return out;
  }

  private Result align(List<String> q, List<String> c) {
    int n = q.size();
    int m = c.size();
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sim[i][j] = tokenSimilarity(q.get(i), c.get(j));
      }
    }
    boolean[] qUsed = new boolean[n];
    boolean[] cUsed = new boolean[m];
    double num = 0;
    double den = 0;
    StringBuilder how = new StringBuilder();
    while (true) {
      int bi = -1;
      int bj = -1;
      double bs = -1;
      for (int i = 0; i < n; i++) {
        if (qUsed[i]) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if (!cUsed[j] && (sim[i][j] > bs
              || (sim[i][j] == bs && Math.abs(q.get(i).length() - c.get(j).length())
                  < Math.abs(q.get(bi).length() - c.get(bj).length())))) {
            bs = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || bs < tokenMinSimilarity) {
        break;
      }
      qUsed[bi] = true;
      cUsed[bj] = true;
      double w = q.get(bi).length() + c.get(bj).length();
      num += bs * w;
      den += w;
      how.append(how.length() > 0 ? ", " : "").append(q.get(bi));
      how.append(bs >= 1.0 ? "=" : "~").append(c.get(bj));
      if (bs < 1.0) {
        how.append(String.format(Locale.ROOT, " (%.2f)", bs));
      }
    }
    List<String> qLeft = new ArrayList<>();
    List<String> cLeft = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!qUsed[i]) {
        den += q.get(i).length();
        qLeft.add(q.get(i));
      }
    }
    for (int j = 0; j < m; j++) {
      if (!cUsed[j]) {
        den += unmatchedListTokenWeight * c.get(j).length();
        cLeft.add(c.get(j));
      }
    }
    double score = den == 0 ? 0 : num / den;
    if (!qLeft.isEmpty()) {
      how.append("; unmatched input ").append(String.join(" ", qLeft));
    }
    if (!cLeft.isEmpty()) {
      how.append("; unmatched list ").append(String.join(" ", cLeft));
    }
    return new Result(score, how.toString());
  }

  /**
   * Similarity of two folded tokens, bounded so that short or unequal-length tokens do not look
   * alike (plain Jaro–Winkler gives MIN~MAN 0.80 and NICOLE~COL 0.83): 1 when equal; when the
   * shorter has 3 letters or fewer, 0.85 for one letter inserted or dropped (KIEM/KIM) and else 0
   * (Korean syllables differ by one substituted letter: MIN/MAN, JIN/JUN);
   * 0.92 for one edit (substitution, insertion, deletion, transposition) in tokens of 4+ letters;
   * otherwise Jaro–Winkler when both have 6+ letters, their lengths differ by at most 20% and it
   * is at least 0.90; else 0.
   */
  public static double tokenSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int min = Math.min(a.length(), b.length());
    int max = Math.max(a.length(), b.length());
    if (min <= 3) {
      // one letter inserted or dropped (KIEM/KIM, KM/KIM) is a typo; a substituted letter in a
      // short token is usually another syllable (MIN/MAN)
      return min >= 2 && max == min + 1 && oneEdit(a, b) ? 0.85 : 0.0;
    }
    if (max - min <= 1 && oneEdit(a, b)) {
      return Math.max(0.92, min >= 6 ? JW.apply(a, b) : 0.0);
    }
    if (min >= 6 && min >= 0.8 * max) {
      double jw = JW.apply(a, b);
      return jw >= 0.90 ? jw : 0.0;
    }
    return 0.0;
  }

  /** True when a and b differ by exactly one substitution, insertion, deletion or transposition. */
  static boolean oneEdit(String a, String b) {
    if (a.length() == b.length()) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (++diffs == 1) {
            first = i;
          }
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }
    String s = a.length() < b.length() ? a : b;
    String l = a.length() < b.length() ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.substring(i).equals(l.substring(i + 1));
  }

  /** Tokens not used as blocking keys on their own (too short or too generic). */
  static final Set<String> NO_KEY = Set.of("al", "el", "bin", "ibn", "abu", "de", "la", "del", "da", "di",
      "van", "von", "der", "le", "mr", "mrs", "dr", "jr", "sr");

  /**
   * Blocking keys of a folded name: each token ({@code t:kum}), each pair of adjacent tokens
   * joined ({@code t:kumhyok}, so joined and split given names meet), a consonant skeleton
   * ({@code s:…}, survives vowel typos and doubled letters) and a 4-letter prefix ({@code p:…})
   * for tokens of 6+ letters; for tokens that are too frequent on the list to block on alone,
   * pairs of tokens ({@code pr:a|b}). Keys in {@code frequent} are left out (replaced by pairs).
   */
  public static Set<String> keys(List<String> tokens, Set<String> frequent) {
    Set<String> single = rawKeys(tokens);
    Set<String> out = new LinkedHashSet<>();
    for (String k : single) {
      if (!frequent.contains(k)) {
        out.add(k);
      }
    }
    List<String> freqTokens = new ArrayList<>();
    for (String t : tokens) {
      if (frequent.contains("t:" + t) || NO_KEY.contains(t) || t.length() < 2) {
        freqTokens.add(t);
      }
    }
    for (int i = 0; i < freqTokens.size(); i++) {
      for (int j = i + 1; j < freqTokens.size(); j++) {
        String a = freqTokens.get(i);
        String b = freqTokens.get(j);
        out.add(a.compareTo(b) <= 0 ? "pr:" + a + "|" + b : "pr:" + b + "|" + a);
      }
    }
    return out;
  }

  /** Keys before frequency filtering (used to count key frequencies on the list). */
  public static Set<String> rawKeys(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.length() >= 2 && !NO_KEY.contains(t)) {
        out.add("t:" + t);
        if (t.length() >= 4) {
          out.add("s:" + skeleton(t));
        }
        if (t.length() >= 6) {
          out.add("p:" + t.substring(0, 4));
        }
      }
      if (i + 1 < tokens.size()) {
        String j = t + tokens.get(i + 1);
        out.add("t:" + j);
        out.add("s:" + skeleton(j));
      }
    }
    return out;
  }

  /** First letter, then consonants without vowels/h/w/y, repeated letters collapsed. */
  static String skeleton(String t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.charAt(0));
    char last = t.charAt(0);
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("aeiouyhw".indexOf(c) >= 0) {
        continue;
      }
      if (c != last) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }
}
