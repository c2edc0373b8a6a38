package io.ringwatch.screen;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Similarity of two names given as raw and folded tokens ({@link Names.Tokens}), in [0, 1].
 *
 * <p><b>Token similarity</b> ({@link #tokenSimilarity}): 1 for equal folded tokens. Two tokens that
 * are both romanised Korean syllables (or joined runs of the same number of syllables) are compared
 * syllable by syllable: equal folded syllables 1, syllables differing only in the vowel that
 * romanisations write {@code o}/{@code u}/{@code eo} (Chul/Chol/Cheol) 0.90, a letter more or less
 * ({@code Cho}/{@code Chol}) {@link #MAYBE}, any other difference 0 — another syllable is another
 * name (Jung/Chang, Hyok/Hyon), not a typo. Otherwise one edit
 * (substitution, insertion, deletion, transposition) of the raw or folded tokens is a typo: 0.85 in
 * tokens of 2–3 letters, 0.92 (or Jaro–Winkler when higher) from 4 letters; tokens of 6+ letters
 * whose lengths differ by at most 20% score their Jaro–Winkler similarity when it is at least 0.90;
 * anything else 0.
 *
 * <p><b>Alignment and base score.</b> Tokens are aligned one-to-one, in any order, greedily by
 * descending similarity; a pair below {@code tokenMinSimilarity} is not aligned. Each token weighs
 * its length in characters. With {@code s} the similarity of an aligned pair,
 * <pre>
 *   base = Σ_aligned s·(|q| + |c|)
 *        / (Σ_aligned (|q| + |c|) + Σ_unaligned query |q| + λ·Σ_unaligned list |c|)
 * </pre>
 * λ ({@code unmatchedListTokenWeight}, &lt; 1) makes a listed token the input lacks cost less than
 * an input token the listed name lacks. Given names written joined, hyphenated or split
 * ({@code Kumhyok}, {@code Kum-Hyok}, {@code Kum Hyok}) are handled by also scoring either side
 * (never both) with one pair of adjacent tokens joined, keeping the best. Token order never
 * matters ({@code SONG, Kum Hyok} = {@code Kum Hyok Song}).
 *
 * <p><b>Partial matches</b> (person names only). The score is capped at {@code partialCap} (set
 * below the threshold, so that only a corroborating date of birth can lift it) when
 * <ul>
 *   <li>an input token aligns with nothing on the listed name (every given name of the input must
 *   be found: {@code Richard Lee} is not {@code RICARDO});</li>
 *   <li>the given names of a {@code FAMILY, Given Names} list name appear in another order in the
 *   input ({@code Young-soo Lee} is not {@code RI, Su Yong});</li>
 *   <li>a token pair is only {@link #MAYBE} alike (a typo or another name); or</li>
 *   <li>a listed token is missing from the input and the tokens that did match carry less than
 *   {@code subsetMinInformation} bits ({@link NameRarity}: a family name, or a family name and one
 *   common syllable, never suffice — {@code Kim Jung} is not {@code KIM Jung Jong}, while
 *   {@code Vitaliy Andreyev} still finds {@code ANDREYEV, Vitaliy Sergeyevich}).</li>
 * </ul>
 */
public final class NameMatcher implements Serializable {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  /**
   * Similarity of a pair that may be a typo or another name (a letter dropped from a syllable,
   * Chol/Cho; a letter replaced in a short token, Yun/Yug): aligned, but the match is then partial.
   */
  public static final double MAYBE = 0.80;

  private final double tokenMinSimilarity;
  private final double unmatchedListTokenWeight;
  private final double partialCap;
  private final double subsetMinInformation;
  private final NameRarity rarity;

  /** A matcher without the partial-match caps (entities, and tests of the base score). */
  public NameMatcher(double tokenMinSimilarity, double unmatchedListTokenWeight) {
    this(tokenMinSimilarity, unmatchedListTokenWeight, 1.0, 0.0, NameRarity.surnamesOnly());
  }

  public NameMatcher(double tokenMinSimilarity, double unmatchedListTokenWeight, double partialCap,
      double subsetMinInformation, NameRarity rarity) {
    this.tokenMinSimilarity = tokenMinSimilarity;
    this.unmatchedListTokenWeight = unmatchedListTokenWeight;
    this.partialCap = partialCap;
    this.subsetMinInformation = subsetMinInformation;
    this.rarity = rarity;
  }

  /** An upper bound of this matcher's score, cheaper than matching (see {@link MatchCeiling}). */
  public MatchCeiling ceiling() {
    return new MatchCeiling(tokenMinSimilarity, unmatchedListTokenWeight, partialCap);
  }

  /**
   * The outcome: {@code score} after the partial-match caps, {@code base} before them, a short
   * account of how tokens were aligned, {@code partial} when a cap applied, and {@code exactTokens}
   * when every input token is spelled as a listed token, not only equal once romanization variants
   * are folded (listed tokens may be missing from the input).
   */
  public record Result(double score, String explanation, double base, boolean partial, boolean exactTokens)
      implements Serializable {}

  /** Base score of folded tokens only (raw = folded), no caps; kept for blocking-level checks. */
  public double score(List<String> query, List<String> candidate) {
    return match(new Names.Tokens(query, query), new Names.Tokens(candidate, candidate), false).score();
  }

  /** Person names (caps apply). */
  public Result matchPerson(Names.Tokens query, Names.Tokens candidate) {
    return match(query, candidate, true);
  }

  /** Entity names (no caps: company names are matched on their distinctive words). */
  public Result matchEntity(Names.Tokens query, Names.Tokens candidate) {
    return match(query, candidate, false);
  }

  public Result match(Names.Tokens query, Names.Tokens candidate, boolean person) {
    return match(prepareQuery(query), prepareListed(candidate, rarity), person);
  }

  /** A name ready for matching: its tokens and their joined variants. */
  public record Prepared(List<Variant> variants) implements Serializable {}

  /** An input name, prepared once for all its candidates. */
  public static Prepared prepareQuery(Names.Tokens t) {
    return new Prepared(joinVariants(t, null));
  }

  /** A list name, with the information of its tokens (done once per list name by the index). */
  public static Prepared prepareListed(Names.Tokens t, NameRarity rarity) {
    return new Prepared(joinVariants(t, rarity));
  }

  public Result match(Prepared query, Prepared candidate, boolean person) {
    if (query.variants().get(0).folded().isEmpty() || candidate.variants().get(0).folded().isEmpty()) {
      return new Result(0.0, "empty name", 0.0, false, false);
    }
    Result best = null;
    List<Variant> qs = query.variants();
    List<Variant> cs = candidate.variants();
    for (int qi = 0; qi < qs.size(); qi++) {
      for (int ci = 0; ci < cs.size(); ci++) {
        if (qi > 0 && ci > 0) {
          continue; // join one side only: two joined names would compare as one long token
        }
        Result r = align(qs.get(qi), cs.get(ci), person);
        if (best == null || r.score() > best.score() || (r.score() == best.score() && r.base() > best.base())) {
          best = r;
        }
        if (best.score() >= 1.0) {
          return best;
        }
      }
    }
    return best;
  }

  /**
   * Tokens with the information (bits) of each (a joined token carries the sum of its parts),
   * {@code given}: the position among the given names of a {@code FAMILY, Given} name (-1 for
   * family names and names without a comma), and {@code joinedPart}: for a token made by joining
   * two, the length of the longer of them (folded), else 0.
   */
  record Variant(List<String> raw, List<String> folded, double[] bits, int[] given, int[] joinedPart)
      implements Serializable {}

  /** The tokens as they are plus each variant with one adjacent pair joined. */
  static List<Variant> joinVariants(Names.Tokens t, NameRarity rarity) {
    List<Variant> out = new ArrayList<>();
    int n = t.size();
    double[] bits = new double[n];
    int[] given = new int[n];
    for (int i = 0; i < n; i++) {
      bits[i] = rarity == null ? 0 : rarity.information(t.folded().get(i));
      given[i] = t.surnames() > 0 && i >= t.surnames() ? i - t.surnames() : -1;
    }
    out.add(new Variant(t.raw(), t.folded(), bits, given, new int[n]));
    if (n > 1 && n <= 6) {
      for (int i = 0; i + 1 < n; i++) {
        int[] joined = new int[n - 1];
        joined[i] = Math.max(t.folded().get(i).length(), t.folded().get(i + 1).length());
        out.add(new Variant(join(t.raw(), i), join(t.folded(), i), joinBits(bits, i), joinGiven(given, i), joined));
      }
    }
    return out;
  }

  private static int[] joinGiven(int[] given, int i) {
    int[] out = new int[given.length - 1];
    for (int k = 0, j = 0; k < given.length; k++) {
      if (k != i + 1) {
        out[j++] = given[k];
      }
    }
    return out;
  }

  private static List<String> join(List<String> tokens, int i) {
    List<String> v = new ArrayList<>(tokens.subList(0, i));
    v.add(tokens.get(i) + tokens.get(i + 1));
    v.addAll(tokens.subList(i + 2, tokens.size()));
    return v;
  }

  private static double[] joinBits(double[] bits, int i) {
    double[] out = new double[bits.length - 1];
    for (int k = 0, j = 0; k < bits.length; k++) {
      if (k == i + 1) {
        out[j - 1] += bits[k];
      } else {
        out[j++] = bits[k];
      }
    }
    return out;
  }

  private Result align(Variant qv, Variant cv, boolean person) {
    List<String> q = qv.folded();
    List<String> c = cv.folded();
    int n = q.size();
    int m = c.size();
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        int part = Math.max(qv.joinedPart()[i], cv.joinedPart()[j]);
        sim[i][j] = pairSimilarity(qv.raw().get(i), cv.raw().get(j), q.get(i), c.get(j), part, person);
      }
    }
    boolean[] qUsed = new boolean[n];
    boolean[] cUsed = new boolean[m];
    double num = 0;
    double den = 0;
    double bits = 0;
    boolean maybe = false;
    boolean exact = true;
    int aligned = 0;
    int[] alignedTo = new int[m];
    java.util.Arrays.fill(alignedTo, -1);
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
      if (bi < 0 || bs < tokenMinSimilarity || bs <= 0) {
        break;
      }
      qUsed[bi] = true;
      cUsed[bj] = true;
      alignedTo[bj] = bi;
      aligned++;
      // spelled alike, not merely alike once romanization variants are folded (Kang/Gang, John/Chon)
      exact &= bs >= 1.0 && qv.raw().get(bi).equals(cv.raw().get(bj));
      maybe |= bs <= MAYBE;
      double w = q.get(bi).length() + c.get(bj).length();
      num += bs * w;
      den += w;
      bits += bs * cv.bits()[bj];
      how.append(how.length() > 0 ? ", " : "").append(qv.raw().get(bi));
      how.append(bs >= 1.0 ? "=" : "~").append(cv.raw().get(bj));
      if (bs < 1.0) {
        how.append(String.format(Locale.ROOT, " (%.2f)", bs));
      }
    }
    List<String> qLeft = new ArrayList<>();
    List<String> cLeft = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!qUsed[i]) {
        den += q.get(i).length();
        qLeft.add(qv.raw().get(i));
      }
    }
    for (int j = 0; j < m; j++) {
      if (!cUsed[j]) {
        den += unmatchedListTokenWeight * c.get(j).length();
        cLeft.add(cv.raw().get(j));
      }
    }
    double base = den == 0 ? 0 : num / den;
    double score = base;
    boolean partial = false;
    if (!qLeft.isEmpty()) {
      how.append("; input ").append(String.join(" ", qLeft)).append(" not in the listed name");
    }
    if (!cLeft.isEmpty()) {
      how.append("; listed ").append(String.join(" ", cLeft)).append(" not in the input");
    }
    // the given names of FAMILY, Given Names keep their order in any writing (RI, Su Yong is not
    // Young-soo Lee): the input positions aligned with them must increase
    boolean ordered = true;
    int lastGiven = -1;
    int lastPos = -1;
    for (int j = 0; j < m; j++) {
      if (cv.given()[j] >= 0 && alignedTo[j] >= 0) {
        if (cv.given()[j] > lastGiven && alignedTo[j] < lastPos) {
          ordered = false;
        }
        lastGiven = cv.given()[j];
        lastPos = alignedTo[j];
      }
    }
    if (person && base > partialCap) {
      if (!ordered) {
        partial = true;
        how.append(String.format(Locale.ROOT, "; given names in another order: capped at %.2f", partialCap));
      } else if (maybe) {
        partial = true;
        how.append(String.format(Locale.ROOT, "; a token may be a typo or another name: capped at %.2f", partialCap));
      } else if (!qLeft.isEmpty()) {
        partial = true;
        how.append(String.format(Locale.ROOT, "; partial match capped at %.2f", partialCap));
      } else if (!cLeft.isEmpty() && bits < subsetMinInformation) {
        partial = true;
        how.append(String.format(Locale.ROOT, "; matched part says %.1f bits < %.1f: capped at %.2f", bits,
            subsetMinInformation, partialCap));
      }
      if (partial) {
        score = partialCap;
      }
    }
    return new Result(score, how.toString(), base, partial, exact && aligned > 0 && qLeft.isEmpty());
  }

  /**
   * Similarity of two tokens as alignment sees it: {@code part} is the length of the longer half of
   * a joined token on either side (0 when neither is joined). Shared with {@link MatchCeiling}, which
   * must see the same values.
   */
  static double pairSimilarity(String rawA, String rawB, String a, String b, int part, boolean person) {
    double t = tokenSimilarity(rawA, rawB, a, b, part > 0, person);
    // a joined token meets a written-together name, not one of its own halves (WOO+BANG ≠ BANG)
    return part > 0 && t < 1.0 && Math.min(a.length(), b.length()) <= part + 1 ? 0.0 : t;
  }

  /**
   * Similarity of two tokens given raw (normalised) and folded (see the class comment). Bounded so
   * that short or unequal-length tokens do not look alike (plain Jaro–Winkler gives MIN~MAN 0.80
   * and NICOLE~COL 0.83).
   */
  public static double tokenSimilarity(String rawA, String rawB, String a, String b) {
    return tokenSimilarity(rawA, rawB, a, b, false, true);
  }

  /**
   * As {@link #tokenSimilarity(String, String, String, String)}; a {@code joined} token (two
   * input or list tokens written together for the comparison) only matches an equal token, the
   * same syllables, or one edit away — never by Jaro–Winkler alone ({@code RICHARDLEE} is not
   * {@code RICARDO}). Two spellings of different common Korean surnames ({@code Khang}/{@code
   * Chang}, {@code Sohn}/{@code Song}) are different names: 0. The syllable rule applies to
   * {@code person} names only: company names are matched on words, where a typo is a typo.
   */
  static double tokenSimilarity(String rawA, String rawB, String a, String b, boolean joined, boolean person) {
    if (a.equals(b)) {
      return 1.0;
    }
    String key = rawA + (joined ? '\u0001' : '\u0002') + (person ? '\u0003' : '\u0004') + rawB;
    SimilarityMemo memo = SIM.get();
    int slot = key.hashCode() & (SimilarityMemo.SLOTS - 1);
    if (key.equals(memo.keys[slot])) {
      return memo.values[slot];
    }
    double s = similarity(rawA, rawB, a, b, joined, person);
    memo.keys[slot] = key;
    memo.values[slot] = s;
    return s;
  }

  /**
   * Memo of token similarities (raw tokens determine folded ones; token pairs recur across names):
   * per thread, direct-mapped, so it never locks and never has to be emptied (a shared map emptied
   * whenever it reached a million pairs spent more time clearing than it saved at 100k workers).
   */
  private static final class SimilarityMemo {
    static final int SLOTS = 1 << 18;
    final String[] keys = new String[SLOTS];
    final double[] values = new double[SLOTS];
  }

  private static final ThreadLocal<SimilarityMemo> SIM = ThreadLocal.withInitial(SimilarityMemo::new);

  private static double similarity(String rawA, String rawB, String a, String b, boolean joined, boolean person) {
    List<String> sa = person ? Names.syllables(rawA) : null;
    List<String> sb = sa == null ? null : Names.syllables(rawB);
    if (sa != null && sb != null && sa.size() == sb.size()) {
      double s = 1.0;
      for (int i = 0; i < sa.size(); i++) {
        String fa = Names.foldCached(sa.get(i));
        String fb = Names.foldCached(sb.get(i));
        if (fa.equals(fb)) {
          continue;
        }
        if (Names.mergeVowel(fa).equals(Names.mergeVowel(fb))) {
          s = Math.min(s, 0.90);
        } else if (Math.abs(fa.length() - fb.length()) == 1 && fa.charAt(0) == fb.charAt(0) && oneEdit(fa, fb)) {
          s = Math.min(s, MAYBE); // Cho/Chol, Ji/Jin: a dropped letter or another name
        } else {
          return 0.0;
        }
      }
      return s;
    }
    java.util.Set<String> ka = NameRarity.surnamesOf(a);
    if (!ka.isEmpty()) {
      java.util.Set<String> kb = NameRarity.surnamesOf(b);
      if (!kb.isEmpty() && java.util.Collections.disjoint(ka, kb)) {
        return 0.0;
      }
    }
    if (joined) {
      // one edit apart, nothing looser: a joined token is long, Jaro–Winkler flatters it
      boolean one = (Math.abs(a.length() - b.length()) <= 1 && oneEdit(a, b))
          || (Math.abs(rawA.length() - rawB.length()) <= 1 && oneEdit(rawA, rawB));
      return one && Math.min(a.length(), b.length()) >= 4 ? 0.92 : 0.0;
    }
    double t = Math.max(typo(a, b), typo(rawA, rawB));
    if (t > 0 && t < 0.9 && (rawA.charAt(0) != rawB.charAt(0)
        || Math.abs(rawA.length() - rawB.length()) > 1)) {
      return 0.0; // a short-token typo keeps its first letter (first letters are rarely mistyped)
    }
    return t;
  }

  /** Folded-only form of {@link #tokenSimilarity(String, String, String, String)}. */
  public static double tokenSimilarity(String a, String b) {
    return tokenSimilarity(a, b, a, b);
  }

  private static double typo(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int min = Math.min(a.length(), b.length());
    int max = Math.max(a.length(), b.length());
    if (min <= 3) {
      // a letter dropped, added or swapped is a typo (KIEM/KIM); a substituted letter in a short
      // token usually makes another name (MIN/MAN, YOO/LIU), unless the result has no vowel (KMM)
      boolean substitution = a.length() == b.length() && !swapped(a, b);
      if (min < 2 || max - min > 1 || !oneEdit(a, b)) {
        return 0.0;
      }
      return !substitution || !hasVowel(a) || !hasVowel(b) ? 0.85 : MAYBE;
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

  private static boolean hasVowel(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ("aeiouy".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Equal-length tokens that differ by one swap of adjacent letters. */
  private static boolean swapped(String a, String b) {
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
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
   * ({@code s:…}, survives vowel typos and doubled letters), a 4-letter prefix ({@code p:…})
   * for tokens of 6+ letters, and one-letter deletions ({@link #deletions}) of tokens of 4+
   * letters; for tokens that are too frequent on the list to block on alone,
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
      if (t.length() >= 4 && !NO_KEY.contains(t)) {
        deletions(t, out);
      }
      if (i + 1 < tokens.size()) {
        String j = t + tokens.get(i + 1);
        out.add("t:" + j);
        out.add("s:" + skeleton(j));
      }
    }
    return out;
  }

  /**
   * Symmetric-deletion keys ({@code d:}, as in SymSpell): the token and every form of it with one
   * letter left out. Two tokens one substitution, insertion, deletion or transposition apart
   * always share one ({@code koryo}/{@code koyo} share {@code d:koyo}), so a typo in any letter,
   * the first included, still reaches the listed name.
   */
  static void deletions(String t, Set<String> out) {
    out.add("d:" + t);
    for (int i = 0; i < t.length(); i++) {
      out.add("d:" + t.substring(0, i) + t.substring(i + 1));
    }
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
