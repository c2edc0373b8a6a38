package io.ringwatch.lab.screening;

import io.ringwatch.screen.NameIndex.IndexedName;
import io.ringwatch.screen.Names;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.screen.ScreenContext;
import io.ringwatch.screen.ScreenSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Measures name screening on the real list: recall on generated variants of every DPRK-related
 * individual and entity, and the false-positive rate on benign names — each twice, on the name
 * alone and with the date of birth the screening stage also sees. Every name is scored by
 * {@link ScreenContext#scoreName}, the function the nightly stage uses, after the same blocking
 * (benign names, as the stage, only when the score ceiling can reach the threshold).
 *
 * <p><b>Variants</b> (of the primary name; deterministic for a seed): individuals — token order
 * (given names first), a romanisation swap (every token to another common spelling: Kum→Keum,
 * Hyok→Hyeok, Ri→Lee…), one typo (substitution by a random letter, deletion, insertion or
 * transposition, never the first letter), a dropped given-name token, given names joined
 * ({@code Kumhyok}) and hyphenated; entities — company-suffix change (dropped, or swapped among
 * LLC/Co., Ltd./Corporation/Inc.), a romanisation swap, one typo. A variant counts as found when
 * blocking yields the true entry and its score reaches the threshold. With DOB, the variant
 * carries the entry's first published date of birth (a day drawn inside it when only a year or a
 * range is published); entries without one are screened by name alone.
 *
 * <p><b>Benign names</b>: half Korean-American — every common Korean surname of
 * {@code ringwatch/screen/korean-surnames.tsv} (Statistics Korea census order) × every given name
 * of {@code korean-given-names.tsv} (birth-registration statistics, written hyphenated, joined or
 * split) and {@code us-given-names.tsv} (SSA popular names), in the order an HR record would
 * carry it; half real-looking non-Korean names with their dates of birth from the FEBRL synthetic
 * datasets and splink's fake_1000 ({@code ../shared/data/entity-resolution/}). Korean-American
 * names get a date of birth drawn from 1960–2003. Each benign name is screened as a worker would be
 * (against individuals of every program); a name with any hit at or above the threshold is a false
 * positive. Hits whose folded tokens equal the list name's are reported separately: no name
 * matcher can clear those without a date of birth.
 */
public final class ScreeningEvaluation {
  private ScreeningEvaluation() {}

  /** A benign person: name and date of birth (may be null). */
  public record Person(String name, LocalDate dob) {}

  /** The outcome of one mode (name only, or name and DOB). */
  public record Outcome(int variants, int found, Map<String, int[]> byKind, int benign, int falsePositives,
      int exactCollisions, List<String> misses, List<String> fpExamples) {
    public double recall() {
      return variants == 0 ? 0 : (double) found / variants;
    }

    public double falsePositiveRate() {
      return benign == 0 ? 0 : (double) falsePositives / benign;
    }
  }

  /** One run: the entries used and both modes. */
  public record Report(int entries, double threshold, double entityThreshold, Outcome nameOnly, Outcome withDob) {
    public double recall() {
      return nameOnly.recall();
    }

    public double falsePositiveRate() {
      return nameOnly.falsePositiveRate();
    }

    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "DPRK-related entries %d; thresholds: individuals %.2f, entities %.2f%n",
          entries, threshold, entityThreshold));
      for (var e : List.of(Map.entry("name only", nameOnly), Map.entry("name + date of birth", withDob))) {
        Outcome o = e.getValue();
        sb.append(String.format(Locale.ROOT, "%-21s recall %.4f (%d/%d variants); false positives %d of %d benign"
            + " = %.3f%% (exact folded-name collisions %d)%n", e.getKey(), o.recall(), o.found(), o.variants(),
            o.falsePositives(), o.benign(), 100 * o.falsePositiveRate(), o.exactCollisions()));
        o.byKind().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-16s %5d/%5d = %.4f%n", k, v[0], v[1],
            v[1] == 0 ? 0 : (double) v[0] / v[1])));
      }
      return sb.toString();
    }
  }

  /** One variant of a listed name. */
  record Variant(int entry, String kind, String name, LocalDate dob, boolean person) {}

  /**
   * Runs the evaluation. {@code maxEntries} limits the DPRK entries used (every n-th, for a fast
   * slice; {@code Integer.MAX_VALUE} for all); {@code benign} are the benign people.
   */
  public static Report run(SanctionsList list, ScreenSettings s, List<Person> benign, int maxEntries, long seed) {
    return run(list, s, benign, maxEntries, seed, true);
  }

  /**
   * As {@link #run(SanctionsList, ScreenSettings, List, int, long)}; with {@code ceiling} a benign
   * name's candidates are matched only when their score can reach the threshold, as the stage
   * matches them ({@link ScreenContext#scoreNameIfReaching}); without, every candidate is (to show
   * both give the same report). Variants are always matched in full: a miss shows its best score.
   */
  public static Report run(SanctionsList list, ScreenSettings s, List<Person> benign, int maxEntries, long seed,
      boolean ceiling) {
    ScreenContext ctx = new ScreenContext(list, s);
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
    List<Variant> variants = new ArrayList<>();
    int used = 0;
    for (int i = 0; i < dprk.size(); i += step) {
      int e = dprk.get(i);
      SanctionsEntry entry = list.get(e);
      used++;
      boolean person = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
      Map<String, String> vs = person ? personVariants(entry.primaryName(), rnd) : entityVariants(entry.primaryName(), rnd);
      LocalDate dob = person && !entry.dobs().isEmpty() ? dayIn(entry.dobs().get(0), rnd) : null;
      vs.forEach((kind, name) -> variants.add(new Variant(e, kind, name, dob, person)));
    }
    Outcome nameOnly = outcome(ctx, variants, benign, false, ceiling);
    Outcome withDob = outcome(ctx, variants, benign, true, ceiling);
    return new Report(used, s.nameThreshold(), s.entityThreshold(), nameOnly, withDob);
  }

  private static Outcome outcome(ScreenContext ctx, List<Variant> variants, List<Person> benign, boolean useDob,
      boolean ceiling) {
    ScreenSettings s = ctx.settings;
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int found = 0;
    for (Variant v : variants) {
      SanctionsEntry entry = ctx.list.get(v.entry());
      LocalDate dob = useDob ? v.dob() : null;
      double best = 0;
      String how = "not blocked";
      for (int id : candidates(ctx, v.name(), v.person())) {
        IndexedName n = ctx.index.name(id);
        if (n.entryIndex() == v.entry()) {
          ScreenContext.NameScore ns = ctx.scoreName(v.name(), dob, null, n);
          if (ns.score() > best || how.equals("not blocked")) {
            best = Math.max(best, ns.score());
            how = ns.match().explanation() + ns.notes();
          }
        }
      }
      boolean ok = best >= (v.person() ? s.nameThreshold() : s.entityThreshold());
      int[] c = byKind.computeIfAbsent(v.kind(), k -> new int[2]);
      c[1]++;
      if (ok) {
        c[0]++;
        found++;
      } else if (misses.size() < 300) {
        misses.add(String.format(Locale.ROOT, "%s: '%s' for '%s' best %.3f [%s]", v.kind(), v.name(),
            entry.primaryName(), best, how));
      }
    }
    int fps = 0;
    int exact = 0;
    List<String> fpExamples = new ArrayList<>();
    for (Person p : benign) {
      double best = 0;
      IndexedName bestName = null;
      String how = "";
      for (int id : candidates(ctx, p.name(), true)) {
        IndexedName n = ctx.index.name(id);
        if (n.type() != SanctionsEntry.Type.INDIVIDUAL) {
          continue;
        }
        LocalDate dob = useDob ? p.dob() : null;
        // a candidate skipped by the ceiling scores under the threshold: never the best of a false positive
        ScreenContext.NameScore ns = ceiling ? ctx.scoreNameIfReaching(p.name(), dob, null, n, s.nameThreshold())
            : ctx.scoreName(p.name(), dob, null, n);
        if (ns != null && ns.score() > best) {
          best = ns.score();
          bestName = n;
          how = ns.match().explanation() + ns.notes();
        }
      }
      if (best >= s.nameThreshold()) {
        fps++;
        boolean same = new java.util.TreeSet<>(Names.foldedPerson(p.name()))
            .equals(new java.util.TreeSet<>(bestName.tokens()));
        if (same) {
          exact++;
        }
        if (fpExamples.size() < 300) {
          fpExamples.add(String.format(Locale.ROOT, "'%s'%s ~ '%s' %.3f%s [%s]", p.name(),
              useDob && p.dob() != null ? " " + p.dob() : "", bestName.name(), best,
              same ? " (same folded name)" : "", how));
        }
      }
    }
    return new Outcome(variants.size(), found, byKind, benign.size(), fps, exact, misses, fpExamples);
  }

  /** List names sharing a blocking key with the input (as the stage's broadcast join finds them). */
  private static java.util.Set<Integer> candidates(ScreenContext ctx, String name, boolean person) {
    return ctx.index.candidates(person ? Names.foldedPerson(name) : Names.foldedEntity(name));
  }

  /** A day inside a published DOB (the day itself when exact). */
  static LocalDate dayIn(SanctionsEntry.Dob d, Random rnd) {
    long span = d.to().toEpochDay() - d.from().toEpochDay();
    return d.from().plusDays(span <= 0 ? 0 : (long) (rnd.nextDouble() * (span + 1)));
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

  /** Non-comment, non-blank lines of a tab-separated resource, split on tabs. */
  static List<String[]> resource(String name) {
    try (var in = ScreeningEvaluation.class.getResourceAsStream("/ringwatch/screen/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource /ringwatch/screen/" + name + " missing");
      }
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Korean-American people: every census surname × every Korean and US given name of the
   * resources (deterministic for the seed). The surname is written in its most common American
   * spelling seven times in ten, else in another popular spelling; Korean given names hyphenated
   * (half), joined or split; "Given Surname" seven times in ten, else "Surname, Given" or
   * "Surname Given". Dates of birth uniform over 1960–2003.
   */
  public static List<Person> koreanAmericanPeople(long seed) {
    Random rnd = new Random(seed);
    List<String[]> surnames = resource("korean-surnames.tsv");
    List<String> korean = resource("korean-given-names.tsv").stream().map(c -> c[0].trim()).distinct().toList();
    List<String> us = resource("us-given-names.tsv").stream().map(c -> c[0].trim()).distinct().toList();
    List<Person> out = new ArrayList<>();
    long from = LocalDate.of(1960, 1, 1).toEpochDay();
    long to = LocalDate.of(2003, 12, 31).toEpochDay();
    for (String[] row : surnames) {
      String[] spellings = row[3].split(",");
      for (int gi = 0; gi < korean.size() + us.size(); gi++) {
        boolean isKorean = gi < korean.size();
        String given = isKorean ? korean.get(gi) : us.get(gi - korean.size());
        if (isKorean) {
          double w = rnd.nextDouble();
          given = w < 0.5 ? given : w < 0.8 ? given.replace("-", "").toLowerCase(Locale.ROOT) : given.replace("-", " ");
          given = Character.toUpperCase(given.charAt(0)) + given.substring(1);
        }
        String sp = rnd.nextDouble() < 0.7 || spellings.length == 1 ? spellings[0]
            : spellings[1 + rnd.nextInt(spellings.length - 1)];
        String sur = Character.toUpperCase(sp.charAt(0)) + sp.substring(1);
        double o = rnd.nextDouble();
        String name = o < 0.7 ? given + " " + sur : o < 0.9 ? sur + ", " + given : sur + " " + given;
        out.add(new Person(name, LocalDate.ofEpochDay(from + (long) (rnd.nextDouble() * (to - from + 1)))));
      }
    }
    return out;
  }

  /** Distinct "given surname" people (with DOB) from FEBRL (original records) and splink fake_1000. */
  public static List<Person> otherPeople(Path entityResolutionDir, int max) throws IOException {
    Map<String, Person> out = new java.util.LinkedHashMap<>();
    for (String f : List.of("febrl/dataset4a.csv", "febrl/dataset2.csv", "febrl/dataset3.csv", "febrl/dataset1.csv")) {
      Path p = entityResolutionDir.resolve(f);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        if (c.length > 9 && c[0].contains("org") && !c[1].isBlank() && !c[2].isBlank()) {
          String name = cap(c[1].trim()) + " " + cap(c[2].trim());
          out.putIfAbsent(name, new Person(name, date(c[9].trim(), "yyyyMMdd")));
        }
      }
    }
    Path fake = entityResolutionDir.resolve("splink-fake-1000/fake_1000.csv");
    if (Files.isRegularFile(fake)) {
      List<String> lines = Files.readAllLines(fake, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        if (c.length > 3 && !c[1].isBlank() && !c[2].isBlank()) {
          String name = c[1].trim() + " " + c[2].trim();
          out.putIfAbsent(name, new Person(name, date(c[3].trim(), "yyyy-MM-dd")));
        }
      }
    }
    return new ArrayList<>(out.values()).subList(0, Math.min(max, out.size()));
  }

  private static LocalDate date(String s, String pattern) {
    try {
      return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern(pattern));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The full benign population: every Korean-American person and as many others. */
  public static List<Person> benignPopulation(Path entityResolutionDir, long seed) throws IOException {
    List<Person> benign = new ArrayList<>(koreanAmericanPeople(seed));
    benign.addAll(otherPeople(entityResolutionDir, benign.size()));
    return benign;
  }
}
