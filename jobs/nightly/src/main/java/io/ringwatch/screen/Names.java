package io.ringwatch.screen;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name normalisation for screening: script, case and punctuation removed, company suffixes
 * dropped (for entities), and each token folded to a canonical key so that spellings of one
 * Korean name in McCune–Reischauer, Revised Romanization and common American forms meet
 * ({@code Geum-Hyeok} = {@code Kum Hyok}, {@code Rhee} = {@code Lee} = {@code Ri} = {@code Yi}).
 *
 * <p>Folding is lossy on purpose and applied to both sides the same way, so it never separates
 * two equal names; it can bring two different non-Korean names closer (e.g. {@code b}/{@code p}
 * are folded), which the evaluation harness measures as false positives.
 */
public final class Names {
  private Names() {}

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /**
   * Latin ASCII, lower case, single spaces: NFKC, ICU {@code Russian-Latin/BGN; Any-Latin;
   * Latin-ASCII} (BGN/PCGN for Cyrillic, as OFAC romanises Russian names; then Hangul,
   * Cyrillic, Han, accents), dots and apostrophes removed ({@code L.L.C.} → {@code llc},
   * {@code O'Hara} → {@code ohara}), every other non-alphanumeric character a space. Empty for
   * null.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String s = NFKC.normalize(raw);
    boolean ascii = s.chars().allMatch(ch -> ch < 128);
    if (!ascii) {
      s = TO_LATIN.get().transliterate(s);
    }
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '`' || c == '\u2019') {
        continue;
      }
      sb.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
    }
    return sb.toString().trim().replaceAll("\\s+", " ");
  }

  /**
   * Company-form words removed from entity names wherever they stand (suffix or Russian-style
   * prefix such as {@code OOO}). Phrases of several words are removed first.
   */
  public static final List<String> COMPANY_PHRASES = List.of(
      "limited liability company", "limited liability partnership", "joint stock company",
      "public joint stock company", "closed joint stock company", "open joint stock company",
      "co ltd", "company limited", "l l c", "s a", "s a s", "s de r l", "s a de c v", "sp z o o");
  public static final Set<String> COMPANY_WORDS = Set.of(
      "llc", "llp", "lp", "ltd", "limited", "co", "company", "corp", "corporation", "inc",
      "incorporated", "gmbh", "ag", "ooo", "oao", "zao", "pao", "ao", "jsc", "ojsc", "cjsc", "pjsc",
      "plc", "sa", "sarl", "srl", "bv", "nv", "pte", "pty", "kk", "trading", "the", "and", "fze", "fzco", "fzc",
      "liability", "partnership", "joint", "stock", "ldt");

  /** Tokens of a person's name (normalised, unfolded). */
  public static List<String> personTokens(String raw) {
    String n = normalize(raw);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  /**
   * Tokens of an entity's name with company-form words removed; when nothing else is left the
   * name is kept whole (a company called "Trading Company" still has a name).
   */
  /** Abbreviations of words in company names, written out before matching ({@code Tech.} → technology). */
  static final Map<String, String> ABBREVIATIONS = Map.of("tech", "technology", "intl", "international",
      "mgmt", "management", "svcs", "services", "svc", "services", "natl", "national", "assn", "association",
      "dept", "department", "mfg", "manufacturing", "dev", "development");

  public static List<String> entityTokens(String raw) {
    StringBuilder expanded = new StringBuilder();
    for (String t : normalize(raw).split(" ")) {
      expanded.append(' ').append(ABBREVIATIONS.getOrDefault(t, t));
    }
    String n = expanded + " ";
    for (String phrase : COMPANY_PHRASES) {
      n = n.replace(" " + phrase + " ", " ");
    }
    List<String> out = new ArrayList<>();
    for (String t : n.trim().split(" ")) {
      if (!t.isEmpty() && !COMPANY_WORDS.contains(t) && !misspeltCompanyWord(t)) {
        out.add(t);
      }
    }
    // a mistyped legal-form suffix at the end (LTHD, LQC, PTEF): dropped like the suffix itself
    while (out.size() > 1 && misspeltSuffix(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out.isEmpty() ? personTokens(raw) : out;
  }

  /** A company-form word of 5+ letters written with one typo ({@code corpration}, {@code limted}, {@code joit}). */
  static boolean misspeltCompanyWord(String t) {
    if (t.length() < 4) {
      return false;
    }
    for (String w : COMPANY_WORDS) {
      if (w.length() >= 5 && Math.abs(w.length() - t.length()) <= 1 && NameMatcher.oneEdit(w, t)) {
        return true;
      }
    }
    return false;
  }

  /** Short legal-form suffixes whose one-typo forms are dropped at the end of an entity name. */
  static final Set<String> SUFFIXES = Set.of("llc", "ltd", "pte", "inc", "ooo", "jsc", "plc", "llp", "corp", "gmbh");

  static boolean misspeltSuffix(String t) {
    if (t.length() < 2 || t.length() > 5) {
      return false;
    }
    for (String w : SUFFIXES) {
      if (Math.abs(w.length() - t.length()) <= 1 && NameMatcher.oneEdit(w, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whole-token spellings of Korean surnames and syllables, to one key. */
  private static final Map<String, String> KOREAN = buildKorean();

  private static Map<String, String> buildKorean() {
    Map<String, String> m = new java.util.HashMap<>();
    String[][] groups = {
        {"i", "ri", "rhee", "lee", "yi", "rhie", "yee", "rie", "li", "ree", "rhi"},
        {"pak", "park", "bak", "bahk", "pahk", "parc"},
        {"coe", "choe", "choi", "choy", "chey", "chwe", "choei"},
        {"kim", "gim", "kym"},
        {"o", "oh", "au"},
        {"an", "ahn", "arn"},
        {"u", "woo", "wu", "oo", "ou"},
        {"yu", "yoo", "you", "ryu", "ryoo", "rew", "yew"},
        {"sin", "shin", "shinn"},
        {"cong", "jong", "jeong", "chong", "cheong", "jung", "chung", "joung", "cheung"},
        {"song", "seong", "sung", "soung"},
        {"hyon", "hyun", "hyeon", "hyoun"},
        {"il", "eel", "ill"},
        {"kang", "gang"},
        {"ko", "koh", "go", "goh"},
        {"han", "hahn"},
        {"cho", "jo", "joe", "choh"},
        {"kwon", "gwon", "kweon"},
        {"yong", "young", "yeong"},
        {"kun", "keun", "geun", "kuen"},
        {"kum", "keum", "geum", "gum"},
    };
    for (String[] g : groups) {
      String key = foldGeneric(g[0]); // keys in the generic folded form, so syllables compare alike
      for (String s : g) {
        m.put(s, key);
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The canonical key of one normalised token: a known Korean spelling maps to its group's key;
   * a token made of 2–4 Korean syllables is folded syllable by syllable; otherwise generic
   * romanisation folds are applied: {@code eo→o}, {@code eu→u}, {@code oo→u},
   * {@code ee→i}, {@code sh→s}, {@code ch/j→c}, voiced stops to unvoiced ({@code g→k},
   * {@code d→t}, {@code b→p}), {@code rh→r}, and an {@code h} after a vowel before a consonant or
   * at the end dropped ({@code ahn→an}).
   */
  public static String fold(String token) {
    String k = KOREAN.get(token);
    if (k != null) {
      return k;
    }
    List<String> syllables = koreanSyllables(token);
    if (syllables == null) {
      return foldGeneric(token);
    }
    StringBuilder sb = new StringBuilder();
    for (String syl : syllables) {
      String t = KOREAN.get(syl);
      sb.append(t != null ? t : foldGeneric(syl));
    }
    return sb.toString();
  }

  /** One romanised Korean syllable (MR, RR or common spellings), longest first. */
  private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
      "(?:ch|kk|tt|pp|ss|jj|sh|rh|[kgntdrlmpbsjh])?[yw]?(?:ae|eo|eu|oe|ui|oo|ou|ee|a|o|u|i|e)(?:ng|[klmnpt])?");

  /**
   * The token cut into 2–4 romanised Korean syllables ({@code kumhyok} → kum, hyok), or null when
   * it is not such a sequence; so a joined given name folds like the same name written apart.
   */
  static List<String> koreanSyllables(String token) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = SYLLABLE.matcher(token);
    int pos = 0;
    while (pos < token.length()) {
      m.region(pos, token.length());
      if (!m.lookingAt() || out.size() == 4) {
        return null;
      }
      out.add(m.group());
      pos = m.end();
    }
    return out.size() >= 2 ? out : null;
  }

  private static String foldGeneric(String token) {
    // "yung" is the American spelling of MR yong / RR yeong (Kyung, Hyung, Myung, Byung)
    // "ui" and "ee" are both written for 희 (OFAC Hui, American Hee); "ui" folds to "i" like "ee"
    String s = token.replace("yung", "yong").replace("eo", "o").replace("eu", "u").replace("ui", "i").replace("oo", "u").replace("ee", "i")
        .replace("sh", "s").replace("ch", "c").replace("rh", "r")
        .replace('j', 'c').replace('d', 't').replace('b', 'p');
    s = s.replaceAll("(?<!n)g", "k");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'h' && i > 0 && vowel(s.charAt(i - 1)) && (i + 1 == s.length() || !vowel(s.charAt(i + 1)))) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** The normalised tokens of a name and, in parallel, their folded keys. */
  public record Tokens(List<String> raw, List<String> folded, int surnames) implements java.io.Serializable {
    /** Tokens without a known family-name part. */
    public Tokens(List<String> raw, List<String> folded) {
      this(raw, folded, 0);
    }

    public Tokens {
      if (raw.size() != folded.size()) {
        throw new IllegalArgumentException("raw and folded tokens differ in number");
      }
      raw = List.copyOf(raw);
      folded = List.copyOf(folded);
    }

    public int size() {
      return folded.size();
    }

    public boolean isEmpty() {
      return folded.isEmpty();
    }
  }

  /**
   * A person's name as raw and folded tokens. When the name is written {@code FAMILY, Given
   * Names} (as OFAC writes individuals), {@code surnames} counts the tokens before the comma: the
   * matcher then requires the given names to keep their order.
   */
  public static Tokens person(String raw) {
    List<String> r = personTokens(raw);
    int comma = raw == null ? -1 : raw.indexOf(',');
    int surnames = comma < 0 ? 0 : personTokens(raw.substring(0, comma)).size();
    if (surnames >= r.size()) {
      surnames = 0;
    }
    return new Tokens(r, r.stream().map(Names::fold).toList(), surnames);
  }

  /** An entity's name (company-form words removed) as raw and folded tokens. */
  public static Tokens entity(String raw) {
    List<String> r = entityTokens(raw);
    return new Tokens(r, r.stream().map(Names::fold).toList());
  }

  /**
   * The token cut into 1–4 romanised Korean syllables, or null; unlike {@link #koreanSyllables}
   * a single syllable counts ({@code chol} → [chol]).
   */
  public static List<String> syllables(String token) {
    List<String> c = SYLLABLES.get(token);
    if (c != null) {
      return c == NOT_KOREAN ? null : c;
    }
    List<String> out = SYLLABLE.matcher(token).matches() ? List.of(token) : koreanSyllables(token);
    if (SYLLABLES.size() < 500_000) {
      SYLLABLES.put(token, out == null ? NOT_KOREAN : List.copyOf(out));
    }
    return out;
  }

  private static final List<String> NOT_KOREAN = List.of("\u0000");
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> SYLLABLES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@link #fold}, memoised (bounded): the matcher folds the same syllables many times. */
  static String foldCached(String token) {
    String f = FOLDED.get(token);
    if (f == null) {
      f = fold(token);
      if (FOLDED.size() < 500_000) {
        FOLDED.put(token, f);
      }
    }
    return f;
  }

  /**
   * A syllable with the romanisation-ambiguous vowels merged: MR {@code ŏ} is written {@code o}
   * by OFAC, {@code eo} in RR (folded to {@code o}) and often {@code u} in American spellings
   * (Chul/Chol/Cheol, Sun/Son/Seon); so {@code u} before a final consonant becomes {@code o}.
   */
  static String mergeVowel(String syllable) {
    int n = syllable.length();
    int u = syllable.endsWith("ng") ? n - 3 : n >= 2 && "klmnpt".indexOf(syllable.charAt(n - 1)) >= 0 ? n - 2 : -1;
    if (u < 0 || syllable.charAt(u) != 'u') {
      return syllable;
    }
    return syllable.substring(0, u) + 'o' + syllable.substring(u + 1);
  }

  /** Folded tokens of a person's name. */
  public static List<String> foldedPerson(String raw) {
    return personTokens(raw).stream().map(Names::fold).toList();
  }

  /** Folded tokens of an entity's name, company-form words removed. */
  public static List<String> foldedEntity(String raw) {
    return entityTokens(raw).stream().map(Names::fold).toList();
  }
}
