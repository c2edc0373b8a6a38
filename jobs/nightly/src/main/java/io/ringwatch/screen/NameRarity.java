package io.ringwatch.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a matching name token tells, in bits: {@code information(t) = min(list, surname)} where
 * <ul>
 *   <li>{@code list} = log2((N + 1) / (df(t) + 1)), df = how many names on the sanctions list
 *   contain the folded token, N = names on the list (inverse document frequency: {@code KIM} or
 *   {@code CHOL} are on hundreds of DPRK names, {@code ANDREYEV} on one);</li>
 *   <li>{@code surname} = -log2(share of the population carrying the surname), for the common
 *   Korean surnames of {@code ringwatch/screen/korean-surnames.tsv} (Statistics Korea census
 *   counts, every popular spelling folded to one key): {@code KIM} 2.3 bits, {@code LEE} 2.9,
 *   {@code PARK} 3.7, a rarer listed surname about 6.6.</li>
 * </ul>
 * Capped at {@link #MAX_BITS}. The matcher uses it to decide whether a name that matches only part
 * of a listed name (a dropped given name) still says enough: a family name alone never does.
 */
public final class NameRarity implements Serializable {
  /** Information of a token never seen on the list (and the cap). */
  public static final double MAX_BITS = 16.0;
  static final String SURNAMES = "/ringwatch/screen/korean-surnames.tsv";

  private final Map<String, Integer> df;
  private final int names;
  private final Map<String, Double> surnameBits;

  public NameRarity(Collection<List<String>> foldedNames) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> n : foldedNames) {
      for (String t : new HashSet<>(n)) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    this.df = counts;
    this.names = foldedNames.size();
    this.surnameBits = surnameBits();
  }

  /** A rarity knowing only the census surnames (no list): for tests and explanations. */
  public static NameRarity surnamesOnly() {
    return new NameRarity(List.of());
  }

  public double information(String foldedToken) {
    int d = df.getOrDefault(foldedToken, 0);
    double list = names == 0 ? MAX_BITS : log2((names + 1.0) / (d + 1.0));
    double bits = Math.min(MAX_BITS, list);
    Double s = surnameBits.get(foldedToken);
    return s == null ? bits : Math.min(bits, s);
  }

  /** True for a folded common Korean surname of the census table. */
  public boolean isCommonSurname(String foldedToken) {
    return surnameBits.containsKey(foldedToken);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static Map<String, Double> cached;
  private static Map<String, Set<String>> cachedIds;

  /**
   * The census surnames (by Hangul) a folded spelling can stand for, or an empty set: {@code kang}
   * → {강}, {@code cang} (Chang/Jang) → {장}, {@code cin} (Chin/Jin) → {신, 진}.
   */
  public static Set<String> surnamesOf(String foldedToken) {
    surnameBits();
    return cachedIds.getOrDefault(foldedToken, Set.of());
  }

  /** Folded spelling → bits, from the census table (rows without a count take the smallest counted share). */
  static synchronized Map<String, Double> surnameBits() {
    if (cached != null) {
      return cached;
    }
    Map<String, Long> pop = new HashMap<>();
    List<String[]> rows = new java.util.ArrayList<>();
    long smallest = Long.MAX_VALUE;
    try (InputStream in = NameRarity.class.getResourceAsStream(SURNAMES)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SURNAMES + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        rows.add(c);
        long p = Long.parseLong(c[4].trim());
        if (p > 0) {
          smallest = Math.min(smallest, p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // South Korea's population in the 2000 census (about 46 million people)
    double population = 45_985_289.0;
    Map<String, Double> out = new HashMap<>();
    Map<String, Set<String>> ids = new HashMap<>();
    for (String[] c : rows) {
      long p = Long.parseLong(c[4].trim());
      double share = (p > 0 ? p : smallest) / population;
      double bits = -log2(share);
      Set<String> spellings = new HashSet<>();
      for (int col = 1; col <= 3; col++) {
        for (String s : c[col].split(",")) {
          if (!s.isBlank()) {
            spellings.add(Names.fold(s.trim()));
          }
        }
      }
      for (String f : spellings) {
        out.merge(f, bits, Math::min); // a spelling shared by two surnames is as common as the commoner
        ids.computeIfAbsent(f, k -> new HashSet<>()).add(c[0].trim());
      }
    }
    cachedIds = Collections.unmodifiableMap(ids);
    cached = Collections.unmodifiableMap(out);
    return cached;
  }
}
