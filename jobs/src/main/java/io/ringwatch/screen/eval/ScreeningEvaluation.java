package io.ringwatch.screen.eval;

import io.ringwatch.screen.NameIndex;
import io.ringwatch.screen.NameIndex.IndexedName;
import io.ringwatch.screen.NameMatcher;
import io.ringwatch.screen.Names;
import io.ringwatch.screen.OfacParser;
import io.ringwatch.screen.SanctionsEntry;
import io.ringwatch.screen.SanctionsList;
import io.ringwatch.screen.ScreenSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures name screening on the real list: recall on generated variants of every DPRK-related
 * individual and entity, and the false-positive rate on benign names.
 *
 * <p><b>Variants</b> (of the primary name; deterministic for a seed): individuals — token order
 * (given names first), a romanisation swap (every token to another common spelling: Kum→Keum,
 * Hyok→Hyeok, Ri→Lee…), one typo (substitution, deletion, insertion or transposition, never the
 * first letter), a dropped given-name token, given names joined ({@code Kumhyok}) and hyphenated;
 * entities — company-suffix change (dropped, or swapped among LLC/Co., Ltd./Corporation/Inc.), a
 * romanisation swap, one typo. A variant counts as found when blocking yields the true entry and
 * its score reaches the threshold.
 *
 * <p><b>Benign names</b>: half Korean-American — the 50 most common Korean surnames in their usual
 * American spellings (Statistics Korea 2015 census order: Kim, Lee, Park, Choi, Jung, …) × common
 * US given names (SSA popular names) and common South Korean given names (Min-jun, Seo-yeon, …,
 * written hyphenated, joined or split); half real-looking non-Korean names from the FEBRL
 * synthetic datasets and splink's fake_1000 ({@code ../shared/data/entity-resolution/}). Each
 * benign name is screened as a worker would be (against individuals); a name with any hit at or
 * above the threshold is a false positive. Hits whose folded tokens equal the list name's are
 * reported separately: no name matcher can clear those without a date of birth.
 */
public final class ScreeningEvaluation {
  private ScreeningEvaluation() {}

  public static final List<String> KOREAN_SURNAMES = List.of(
      "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
      "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son",
      "Bae", "Baek", "Heo", "Nam", "Shim", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo",
      "Min", "Ryu", "Na", "Jin", "Ji", "Um", "Chae", "Won", "Chun", "Bang", "Gong", "Hyun");
  public static final List<String> US_GIVEN = List.of(
      "James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas",
      "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew",
      "Joshua", "Kevin", "Brian", "Eric", "Jason", "Justin", "Ryan", "Samuel", "Peter", "Grace",
      "Mary", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Emily",
      "Michelle", "Esther", "Hannah", "Rachel", "Christine", "Angela", "Sophia", "Olivia", "Julia",
      "Irene", "Helen", "Catherine", "Amy", "Stephanie", "Nicole");
  public static final List<String> KOREAN_GIVEN = List.of(
      "Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Ha-eun", "Do-yoon", "Eun-ji", "Hyun-woo",
      "Sung-min", "Young-ho", "Jae-won", "Soo-jin", "Min-ji", "Jin-woo", "Dong-hyun", "Yu-na",
      "Hye-jin", "Seung-hoon", "Ji-young", "Sang-woo", "Eun-young", "Jun-ho", "Mi-kyung",
      "Kyung-soo", "Joon-young", "Seo-jun", "Ye-jin", "Hyun-jin", "Min-seo", "Jae-hyun", "So-yeon",
      "Tae-hoon", "Eun-bi", "Jung-hoon", "Na-young", "Young-jae", "Hee-jin", "Sun-hee", "Ji-hye",
      "Dong-wook", "Seung-woo", "Ha-neul", "Yoo-jin", "Kyu-ri", "Jae-min", "Chan-woo", "Bo-ra",
      "Hye-won", "In-ho", "Woo-jin", "Se-young", "Min-ho", "Jin-ah", "Dae-sung", "Hae-won");

  /** One run's outcome. */
  public record Report(int entries, int variants, int found, Map<String, int[]> byKind, int benign,
      int falsePositives, int exactCollisions, List<String> misses, List<String> fpExamples) {
    public double recall() {
      return variants == 0 ? 0 : (double) found / variants;
    }

    public double falsePositiveRate() {
      return benign == 0 ? 0 : (double) falsePositives / benign;
    }

    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "entries %d, variants %d, recall %.4f; benign %d, false positives %d"
          + " (rate %.4f%%), of which exact folded-name collisions %d%n", entries, variants, recall(), benign,
          falsePositives, 100 * falsePositiveRate(), exactCollisions));
      byKind.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-16s %5d/%5d = %.4f%n", k, v[0], v[1],
          v[1] == 0 ? 0 : (double) v[0] / v[1])));
      return sb.toString();
    }
  }

  /**
   * Runs the evaluation. {@code maxEntries} limits the DPRK entries used (every n-th, for a fast
   * slice; {@code Integer.MAX_VALUE} for all); {@code benign} are the benign names.
   */
  public static Report run(SanctionsList list, ScreenSettings s, List<String> benign, int maxEntries, long seed) {
    NameIndex index = new NameIndex(list, s.includeWeakAliases(), s.maxKeyFrequency());
    NameMatcher matcher = s.matcher();
    Random rnd = new Random(seed);
    List<Integer> dprk = new ArrayList<>();
    for (int e = 0; e < list.size(); e++) {
      SanctionsEntry entry = list.get(e);
      if ((entry.type() == SanctionsEntry.Type.INDIVIDUAL || entry.type() == SanctionsEntry.Type.ENTITY)
          && s.isDprkRelated(entry)) {
        dprk.add(e);
      }
    }
    int step = Math.max(1, (int) Math.ceil(dprk.size() / (double) Math.max(1, maxEntries)));
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int variants = 0;
    int found = 0;
    int used = 0;
    for (int i = 0; i < dprk.size(); i += step) {
      int e = dprk.get(i);
      SanctionsEntry entry = list.get(e);
      used++;
      boolean person = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
      Map<String, String> vs = person ? personVariants(entry.primaryName(), rnd) : entityVariants(entry.primaryName(), rnd);
      for (var v : vs.entrySet()) {
        List<String> folded = person ? Names.foldedPerson(v.getValue()) : Names.foldedEntity(v.getValue());
        double best = bestScoreFor(index, matcher, folded, e, person);
        boolean ok = best >= (person ? s.nameThreshold() : s.entityThreshold());
        int[] c = byKind.computeIfAbsent(v.getKey(), k -> new int[2]);
        c[1]++;
        variants++;
        if (ok) {
          c[0]++;
          found++;
        } else if (misses.size() < 200) {
          misses.add(String.format(Locale.ROOT, "%s: '%s' for '%s' best %.3f", v.getKey(), v.getValue(),
              entry.primaryName(), best));
        }
      }
    }
    int fps = 0;
    int exact = 0;
    List<String> fpExamples = new ArrayList<>();
    for (String name : benign) {
      List<String> folded = Names.foldedPerson(name);
      double best = 0;
      IndexedName bestName = null;
      for (int id : index.candidates(folded)) {
        IndexedName n = index.name(id);
        if (n.type() != SanctionsEntry.Type.INDIVIDUAL) {
          continue;
        }
        double sc = s.weigh(n, matcher.score(folded, n.tokens()));
        if (sc > best) {
          best = sc;
          bestName = n;
        }
      }
      if (best >= s.nameThreshold()) {
        fps++;
        boolean same = new java.util.TreeSet<>(folded).equals(new java.util.TreeSet<>(bestName.tokens()));
        if (same) {
          exact++;
        }
        if (fpExamples.size() < 100) {
          fpExamples.add(String.format(Locale.ROOT, "'%s' ~ '%s' %.3f%s", name, bestName.name(), best,
              same ? " (same folded name)" : ""));
        }
      }
    }
    return new Report(used, variants, found, byKind, benign.size(), fps, exact, misses, fpExamples);
  }

  private static double bestScoreFor(NameIndex index, NameMatcher matcher, List<String> folded, int entry,
      boolean person) {
    double best = 0;
    for (int id : index.candidates(folded)) {
      IndexedName n = index.name(id);
      if (n.entryIndex() == entry) {
        best = Math.max(best, matcher.score(folded, n.tokens()) * (n.weak() ? 1.0 : 1.0));
      }
    }
    return best;
  }

  // ---- variants ----

  private static final String[][] SPELLINGS = {
      {"Ri", "Lee", "Rhee", "Yi"}, {"Pak", "Park", "Bak"}, {"Choe", "Choi", "Choy"}, {"Kim", "Gim"},
      {"O", "Oh"}, {"An", "Ahn"}, {"U", "Woo", "Wu"}, {"Yu", "Yoo"}, {"Sin", "Shin"},
      {"Jong", "Jeong", "Chong", "Jung"}, {"Song", "Seong", "Sung"}, {"Hyon", "Hyeon", "Hyun"},
      {"Il", "Eel"}, {"Kum", "Geum", "Keum"}, {"Chol", "Cheol"}, {"Hyok", "Hyeok"}, {"Kwang", "Gwang"},
      {"Yong", "Young", "Yeong"}, {"Jo", "Cho"}, {"Ko", "Go", "Koh"}, {"Kang", "Gang"}, {"Kun", "Geun"}};

  /** One to three romanised Korean syllables (McCune–Reischauer or Revised), e.g. SONGKWANG. */
  private static final java.util.regex.Pattern KOREAN_WORD = java.util.regex.Pattern.compile(
      "(?:(?:ch|kk|tt|pp|ss|jj|ng|[kgntdrlmpbsjh])?[yw]?(?:ae|eo|eu|oe|ui|a|o|u|i|e)(?:ng|[klmnpt])?){1,3}");

  /** Another common spelling of one Korean syllable/surname, or a generic MR→RR respelling. */
  static String respell(String token, Random rnd) {
    for (String[] g : SPELLINGS) {
      for (String sp : g) {
        if (sp.equalsIgnoreCase(token)) {
          List<String> others = new ArrayList<>(List.of(g));
          others.removeIf(o -> o.equalsIgnoreCase(token));
          return match(token, others.get(rnd.nextInt(others.size())));
        }
      }
    }
    String t = token;
    String lower = t.toLowerCase(Locale.ROOT);
    if (!KOREAN_WORD.matcher(lower).matches()) {
      return token; // only Korean-looking words are respelt
    }
    String out = lower.replaceFirst("^k(?=[aeiouwy])", "g").replaceFirst("(?<=[^aeiou])o(?=[nlkm])", "eo")
        .replaceFirst("(?<=[^aeiouy])u(?=[nm])", "eu").replaceFirst("^ch(?=[aeiou])", "j");
    return match(token, out);
  }

  private static String match(String original, String s) {
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return s.toUpperCase(Locale.ROOT);
    }
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  static Map<String, String> personVariants(String primary, Random rnd) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    int comma = primary.indexOf(',');
    String surname = comma < 0 ? "" : primary.substring(0, comma).trim();
    String givenPart = comma < 0 ? primary.trim() : primary.substring(comma + 1).trim();
    List<String> given = new ArrayList<>(List.of(givenPart.split("\\s+")));
    String sur = surname.isEmpty() ? "" : " " + surname;
    out.put("token_order", givenPart + sur);
    List<String> all = new ArrayList<>(given);
    if (!surname.isEmpty()) {
      all.addAll(List.of(surname.split("\\s+")));
    }
    List<String> respelled = new ArrayList<>();
    for (String t : all) {
      respelled.add(respell(t, rnd));
    }
    if (!respelled.equals(all)) {
      out.put("romanization", String.join(" ", respelled));
    }
    out.put("typo", typo(primary, rnd));
    if (given.size() >= 2 && !surname.isEmpty()) {
      List<String> dropped = new ArrayList<>(given);
      dropped.remove(1 + rnd.nextInt(given.size() - 1));
      out.put("dropped_given", surname + ", " + String.join(" ", dropped));
      out.put("joined_given", surname + ", " + String.join("", given));
      out.put("hyphenated_given", String.join("-", given) + sur);
    }
    return out;
  }

  private static final List<String> SUFFIXES = List.of("LLC", "CO., LTD.", "CORPORATION", "INC.", "LIMITED",
      "COMPANY");

  static Map<String, String> entityVariants(String primary, Random rnd) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    List<String> core = Names.entityTokens(primary);
    String base = String.join(" ", core).toUpperCase(Locale.ROOT);
    String suffix = SUFFIXES.get(rnd.nextInt(SUFFIXES.size()));
    out.put("suffix_change", rnd.nextBoolean() ? base : base + " " + suffix);
    List<String> respelled = new ArrayList<>();
    for (String t : primary.split("\\s+")) {
      respelled.add(respell(t, rnd));
    }
    String r = String.join(" ", respelled);
    if (!r.equalsIgnoreCase(primary)) {
      out.put("romanization", r);
    }
    out.put("typo", typo(primary, rnd));
    return out;
  }

  /** One edit in a random token of ≥ 3 letters, never at its first letter. */
  static String typo(String name, Random rnd) {
    String[] toks = name.split(" ");
    List<Integer> ok = new ArrayList<>();
    for (int i = 0; i < toks.length; i++) {
      if (toks[i].replaceAll("[^A-Za-z]", "").length() >= 3) {
        ok.add(i);
      }
    }
    if (ok.isEmpty()) {
      return name;
    }
    int ti = ok.get(rnd.nextInt(ok.size()));
    String t = toks[ti];
    StringBuilder sb = new StringBuilder(t);
    int pos = 1 + rnd.nextInt(Math.max(1, t.length() - 1));
    pos = Math.min(pos, t.length() - 1);
    char letter = (char) ((Character.isUpperCase(t.charAt(0)) ? 'A' : 'a') + rnd.nextInt(26));
    switch (rnd.nextInt(4)) {
      case 0 -> sb.setCharAt(pos, letter);
      case 1 -> sb.deleteCharAt(pos);
      case 2 -> sb.insert(pos, letter);
      default -> {
        if (pos + 1 < t.length()) {
          char c = sb.charAt(pos);
          sb.setCharAt(pos, sb.charAt(pos + 1));
          sb.setCharAt(pos + 1, c);
        } else {
          sb.setCharAt(pos, letter);
        }
      }
    }
    toks[ti] = sb.toString();
    return String.join(" ", toks);
  }

  // ---- benign names ----

  /** Korean-American names: every surname × given name (US and Korean, Korean ones in three writings). */
  public static List<String> koreanAmericanNames() {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (String sur : KOREAN_SURNAMES) {
      for (String g : US_GIVEN) {
        out.add(g + " " + sur);
      }
      for (String g : KOREAN_GIVEN) {
        String written = switch (i++ % 3) {
          case 0 -> g;
          case 1 -> g.replace("-", "").toLowerCase(Locale.ROOT);
          default -> g.replace("-", " ");
        };
        written = Character.toUpperCase(written.charAt(0)) + written.substring(1);
        out.add(i % 2 == 0 ? written + " " + sur : sur + ", " + written);
      }
    }
    return out;
  }

  /** Distinct "given surname" names from FEBRL (original records) and splink fake_1000. */
  public static List<String> otherNames(Path entityResolutionDir, int max) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String f : List.of("febrl/dataset4a.csv", "febrl/dataset2.csv", "febrl/dataset3.csv", "febrl/dataset1.csv")) {
      Path p = entityResolutionDir.resolve(f);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8).subList(1, Files.readAllLines(p).size())) {
        String[] c = line.split(",", -1);
        if (c.length > 2 && c[0].contains("org") && !c[1].isBlank() && !c[2].isBlank()) {
          out.add(cap(c[1].trim()) + " " + cap(c[2].trim()));
        }
      }
    }
    Path fake = entityResolutionDir.resolve("splink-fake-1000/fake_1000.csv");
    if (Files.isRegularFile(fake)) {
      List<String> lines = Files.readAllLines(fake, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        if (c.length > 2 && !c[1].isBlank() && !c[2].isBlank()) {
          out.add(c[1].trim() + " " + c[2].trim());
        }
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(max, out.size()));
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * {@code main [sanctionsDir] [entityResolutionDir] [conf]}: defaults to the shared data beside
   * the checkout and {@code conf/application.conf}; prints recall, false-positive rate, misses.
   */
  public static void main(String[] args) throws Exception {
    Path sanctions = Path.of(args.length > 0 ? args[0] : "../shared/data/sanctions/ofac");
    Path er = Path.of(args.length > 1 ? args[1] : "../shared/data/entity-resolution");
    ScreenSettings s = args.length > 2 ? ScreenSettings.fromFile(Path.of(args[2])) : ScreenSettings.defaults();
    SanctionsList list = OfacParser.parse(sanctions, s.extraSdnFiles(), false);
    List<String> benign = new ArrayList<>(koreanAmericanNames());
    benign.addAll(otherNames(er, benign.size()));
    Report r = run(list, s, benign, Integer.MAX_VALUE, 42L);
    System.out.print(r.summary());
    System.out.println("misses (first 200):");
    r.misses().forEach(m -> System.out.println("  " + m));
    System.out.println("false positives (first 100):");
    r.fpExamples().forEach(m -> System.out.println("  " + m));
  }
}
