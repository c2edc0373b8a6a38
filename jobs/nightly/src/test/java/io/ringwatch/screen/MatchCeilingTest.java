package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.reference.sanctions.OfacParser;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The score ceiling ({@link MatchCeiling}, {@link ScreenContext#scoreCeiling}) against the full
 * matcher on the real OFAC list (no Spark): for every candidate blocking yields, for generated
 * variants of listed names and for benign names of the screen-eval kind, with and without a date
 * of birth (published, so the bonus applies, or another) and gender, the ceiling is at least the
 * score. So a candidate skipped because its ceiling is under the threshold never reached it.
 */
class MatchCeilingTest {
  static SanctionsList list;
  static ScreenContext ctx;
  static final Random RND = new Random(21);

  @BeforeAll
  static void load() {
    ScreenSettings s = ScreenSettings.defaults();
    list = OfacParser.parse(SharedData.require("sanctions/ofac"), s.extraSdnFiles(), false);
    ctx = new ScreenContext(list, s);
  }

  /** One input name as the stage screens it: a worker's (person), a vendor's (entity) or a payee's (any). */
  record Query(String name, String kind, LocalDate dob) {}

  /** Pairs compared, pairs whose score reached the threshold, and pairs the ceiling skips. */
  static final class Tally {
    long pairs;
    long reaching;
    long skipped;

    double skippedShare() {
      return pairs == 0 ? 0 : (double) skipped / pairs;
    }
  }

  @Test
  void theCeilingIsNeverBelowTheScoreOnListedNameVariants() {
    List<Query> queries = listedVariants(100);
    Tally t = check(queries);
    System.out.printf(Locale.ROOT, "listed-name variants: %,d names, %,d candidate pairs, %,d reaching the threshold,"
        + " ceiling skips %,d = %.3f%%%n", queries.size(), t.pairs, t.reaching, t.skipped, 100 * t.skippedShare());
    assertTrue(t.pairs > 25_000, "pairs " + t.pairs);
    assertTrue(t.reaching > 250, "reaching " + t.reaching);
  }

  @Test
  void theCeilingIsNeverBelowTheScoreOnBenignNamesAndSkipsMostCandidates() throws IOException {
    List<Query> queries = benign(400, 200);
    Tally t = check(queries);
    System.out.printf(Locale.ROOT, "benign names: %,d names, %,d candidate pairs, %,d reaching the threshold,"
        + " ceiling skips %,d = %.3f%%%n", queries.size(), t.pairs, t.reaching, t.skipped, 100 * t.skippedShare());
    assertTrue(t.pairs > 25_000, "pairs " + t.pairs);
    assertTrue(t.skippedShare() > 0.80, "the ceiling skips only " + t.skippedShare());
  }

  @Test
  void aPublishedDateOfBirthLiftsTheCeilingByTheBonus() {
    SanctionsEntry kim = null;
    NameIndex.IndexedName name = null;
    for (NameIndex.IndexedName n : ctx.index.names()) {
      SanctionsEntry e = list.get(n.entryIndex());
      if (e.type() == SanctionsEntry.Type.INDIVIDUAL && n.aliasIndex() < 0 && n.tokens().size() == 3
          && e.dobs().size() == 1 && !e.dobs().get(0).circa() && e.dobs().get(0).from().equals(e.dobs().get(0).to())) {
        kim = e;
        name = n;
        break;
      }
    }
    String listed = kim.primaryName();
    String dropped = listed.substring(0, listed.lastIndexOf(' ')); // a given name dropped: a partial match
    LocalDate born = kim.dobs().get(0).from();
    double alone = ctx.scoreCeiling(dropped, null, null, name);
    double withDob = ctx.scoreCeiling(dropped, born, null, name);
    assertEquals(Math.min(1.0, alone + ctx.settings.dobAgreeBonus()), withDob, 1e-12, listed);
    assertTrue(withDob >= ctx.scoreName(dropped, born, null, name).score());
    assertTrue(ctx.scoreNameIfReaching(listed, null, null, name, ctx.settings.nameThreshold()) != null, listed);
  }

  /**
   * A small benchmark (CPU time of this thread; JIT warmed by a first round, each pass on a fresh
   * context so no match is remembered from another): screening benign names by matching every
   * candidate, then only those whose ceiling reaches the threshold. Both find the same hits.
   */
  @Test
  void matchingOnlyWhatCanReachTheThresholdFindsTheSameHitsInLessCpuTime() throws IOException {
    List<Query> queries = benign(300, 150);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[2];
    List<List<String>> hits = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int bounded = 0; bounded < 2; bounded++) {
        ScreenContext fresh = new ScreenContext(list, ctx.settings);
        long start = cpu.getCurrentThreadCpuTime();
        List<String> found = screen(fresh, queries, bounded == 1);
        nanos[bounded] = cpu.getCurrentThreadCpuTime() - start;
        hits.add(found);
      }
    }
    long pairs = queries.stream().mapToLong(q -> candidates(q).size()).sum();
    System.out.printf(Locale.ROOT, "matching %,d benign names' %,d candidates: every candidate %.2f s CPU (%.2f us each),"
        + " ceiling first %.2f s CPU (%.2f us each); %d hits%n", queries.size(), pairs, nanos[0] / 1e9,
        nanos[0] / 1e3 / pairs, nanos[1] / 1e9, nanos[1] / 1e3 / pairs, hits.get(2).size());
    assertEquals(hits.get(2), hits.get(3));
    assertTrue(!hits.get(2).isEmpty(), "the benign names have hits to compare");
  }

  /** The hits the stage would keep (input, list name, score), every candidate matched or only those that can reach. */
  static List<String> screen(ScreenContext c, List<Query> queries, boolean bounded) {
    List<String> found = new ArrayList<>();
    for (Query q : queries) {
      for (int id : candidates(q)) {
        NameIndex.IndexedName n = c.index.name(id);
        boolean individual = list.get(n.entryIndex()).type() == SanctionsEntry.Type.INDIVIDUAL;
        double threshold = individual ? c.settings.nameThreshold() : c.settings.entityThreshold();
        ScreenContext.NameScore ns = bounded ? c.scoreNameIfReaching(q.name(), q.dob(), null, n, threshold)
            : c.scoreName(q.name(), q.dob(), null, n);
        if (ns != null && ns.score() >= threshold) {
          found.add(q.name() + " ~ " + n.name() + " " + ns.score());
        }
      }
    }
    return found;
  }

  /** Every candidate of every query, with the record's DOB, the entry's own DOB and none, and a gender. */
  static Tally check(List<Query> queries) {
    Tally t = new Tally();
    for (Query q : queries) {
      for (int id : candidates(q)) {
        NameIndex.IndexedName n = ctx.index.name(id);
        SanctionsEntry e = list.get(n.entryIndex());
        boolean individual = e.type() == SanctionsEntry.Type.INDIVIDUAL;
        double threshold = individual ? ctx.settings.nameThreshold() : ctx.settings.entityThreshold();
        LocalDate published = e.dobs().isEmpty() ? null : e.dobs().get(0).from();
        String gender = RND.nextInt(4) == 0 ? (RND.nextBoolean() ? "M" : "F") : null;
        LocalDate[] dobs = {q.dob(), published, null};
        for (int d = 0; d < dobs.length; d++) {
          LocalDate dob = dobs[d];
          double score = ctx.scoreName(q.name(), dob, gender, n).score();
          double ceiling = ctx.scoreCeiling(q.name(), dob, gender, n);
          if (ceiling < score) {
            throw new AssertionError(String.format(Locale.ROOT, "ceiling %.6f < score %.6f: '%s' (%s, DOB %s, %s) vs '%s' [%s]",
                ceiling, score, q.name(), q.kind(), dob, gender, n.name(),
                ctx.scoreName(q.name(), dob, gender, n).match().explanation()));
          }
          if (d == 0) { // the record as screened: what the stage would skip
            t.pairs++;
            t.reaching += score >= threshold ? 1 : 0;
            t.skipped += ceiling < threshold ? 1 : 0;
          }
        }
      }
    }
    return t;
  }

  /** Candidates as the stage finds them for the kind of name. */
  static Set<Integer> candidates(Query q) {
    Set<Integer> ids = new java.util.TreeSet<>(ctx.index.candidates(
        "entity".equals(q.kind()) ? Names.foldedEntity(q.name()) : Names.foldedPerson(q.name())));
    if ("any".equals(q.kind())) {
      ids.addAll(ctx.index.candidates(Names.foldedEntity(q.name())));
    }
    return ids;
  }

  // ---- queries ----

  /** Variants of about {@code count} listed names spread over the list (primary and aliases, every type). */
  static List<Query> listedVariants(int count) {
    List<Query> out = new ArrayList<>();
    List<NameIndex.IndexedName> names = ctx.index.names();
    for (int i = 0; i < names.size(); i += Math.max(1, names.size() / count)) {
      NameIndex.IndexedName n = names.get(i);
      SanctionsEntry e = list.get(n.entryIndex());
      boolean individual = e.type() == SanctionsEntry.Type.INDIVIDUAL;
      String kind = individual ? (i % 2 == 0 ? "person" : "any") : (i % 2 == 0 ? "entity" : "any");
      LocalDate dob = e.dobs().isEmpty() || RND.nextBoolean() ? null : e.dobs().get(0).from();
      for (String v : variants(n.name())) {
        out.add(new Query(v, kind, dob));
      }
    }
    return out;
  }

  static final String[][] SPELLINGS = {{"Ri", "Lee"}, {"Pak", "Park"}, {"Choe", "Choi"}, {"Kim", "Gim"},
      {"Jong", "Jeong"}, {"Chol", "Cheol"}, {"Kum", "Geum"}, {"Hyok", "Hyeok"}, {"Yong", "Young"}, {"Song", "Seong"},
      {"Kwang", "Gwang"}, {"Il", "Eel"}, {"Mohammad", "Muhammad"}, {"Ali", "Aly"}};

  /** The name, reordered, respelt, with a typo, a token dropped, a pair joined or hyphenated, a word added. */
  static List<String> variants(String name) {
    String plain = name.replace(",", "");
    List<String> toks = new ArrayList<>(List.of(plain.trim().split("\\s+")));
    List<String> out = new ArrayList<>();
    out.add(name);
    List<String> reversed = new ArrayList<>(toks);
    java.util.Collections.reverse(reversed);
    out.add(String.join(" ", reversed));
    List<String> respelt = new ArrayList<>();
    for (String t : toks) {
      String r = t;
      for (String[] g : SPELLINGS) {
        r = t.equalsIgnoreCase(g[0]) ? g[1] : t.equalsIgnoreCase(g[1]) ? g[0] : r;
      }
      respelt.add(r);
    }
    out.add(String.join(" ", respelt));
    out.add(typo(name));
    out.add(typo(typo(name)));
    if (toks.size() >= 2) {
      List<String> dropped = new ArrayList<>(toks);
      dropped.remove(RND.nextInt(toks.size()));
      out.add(String.join(" ", dropped));
      int k = RND.nextInt(toks.size() - 1);
      List<String> joined = new ArrayList<>(toks);
      joined.set(k, toks.get(k) + toks.get(k + 1).toLowerCase(Locale.ROOT));
      joined.remove(k + 1);
      out.add(String.join(" ", joined));
      out.add(String.join("-", toks));
    }
    out.add(name + " " + List.of("Trading", "Kim", "Jennifer", "Lee", "Holdings", "Chol").get(RND.nextInt(6)));
    return out;
  }

  /** One edit (substitution, deletion, insertion, transposition) anywhere, the first letter included. */
  static String typo(String name) {
    if (name.length() < 2) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name);
    int pos = RND.nextInt(name.length() - 1);
    char letter = (char) ('a' + RND.nextInt(26));
    switch (RND.nextInt(4)) {
      case 0 -> sb.setCharAt(pos, letter);
      case 1 -> sb.deleteCharAt(pos);
      case 2 -> sb.insert(pos, letter);
      default -> {
        char c = sb.charAt(pos);
        sb.setCharAt(pos, sb.charAt(pos + 1));
        sb.setCharAt(pos + 1, c);
      }
    }
    return sb.toString();
  }

  /**
   * Benign people as screen-eval draws them: census Korean surnames (any popular spelling) with
   * registered Korean and popular US given names, written as HR records carry them, and FEBRL and
   * splink names; each screened as a worker (person, with a DOB) or a payee (any, without).
   */
  static List<Query> benign(int korean, int others) throws IOException {
    List<String[]> surnames = resource("korean-surnames.tsv");
    List<String> given = new ArrayList<>();
    resource("korean-given-names.tsv").forEach(c -> given.add(c[0].trim()));
    resource("us-given-names.tsv").forEach(c -> given.add(c[0].trim()));
    List<Query> out = new ArrayList<>();
    for (int i = 0; i < korean; i++) {
      String[] spellings = surnames.get(RND.nextInt(surnames.size()))[3].split(",");
      String sur = cap(spellings[RND.nextInt(spellings.length)].trim());
      String g = given.get(RND.nextInt(given.size()));
      g = RND.nextBoolean() ? g : cap(g.replace("-", "").toLowerCase(Locale.ROOT));
      String name = switch (RND.nextInt(3)) {
        case 0 -> g + " " + sur;
        case 1 -> sur + ", " + g;
        default -> sur + " " + g.replace("-", " ");
      };
      out.add(query(name));
    }
    Path er = SharedData.require("entity-resolution");
    for (String line : Files.readAllLines(er.resolve("febrl/dataset1.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",", -1);
      if (out.size() < korean + others && c.length > 9 && !c[1].isBlank() && !c[2].isBlank() && !c[0].startsWith("rec_id")) {
        out.add(query(cap(c[1].trim()) + " " + cap(c[2].trim())));
      }
    }
    for (String line : Files.readAllLines(er.resolve("splink-fake-1000/fake_1000.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",", -1);
      if (out.size() < korean + others && c.length > 3 && !c[1].isBlank() && !c[2].isBlank() && !c[0].equals("unique_id")) {
        out.add(query(c[1].trim() + " " + c[2].trim()));
      }
    }
    return out;
  }

  static Query query(String name) {
    boolean worker = RND.nextInt(3) > 0;
    LocalDate dob = worker ? LocalDate.of(1960, 1, 1).plusDays(RND.nextInt(16_000)) : null;
    return new Query(name, worker ? "person" : "any", dob);
  }

  static List<String[]> resource(String name) throws IOException {
    try (InputStream in = MatchCeilingTest.class.getResourceAsStream("/ringwatch/screen/" + name)) {
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
      return out;
    }
  }

  static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
