package io.ringwatch.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A comparable key for organisation names, so "Acme Staffing, LLC" and "ACME STAFFING" match:
 * accents, punctuation and legal-form words are removed and the remaining tokens sorted.
 */
public final class OrgNames {
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd",
      "limited", "co", "corp", "corporation", "company", "plc", "gmbh", "ag", "sa", "srl", "bv", "pty",
      "the", "of", "and");

  private OrgNames() {}

  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("l.l.c.", "llc").replaceAll("[^a-z0-9]+", " ").trim();
    String key = Arrays.stream(s.split(" ")).filter(t -> !t.isEmpty() && !LEGAL_FORMS.contains(t))
        .sorted().collect(Collectors.joining(" "));
    return key.isEmpty() ? null : key;
  }

  /** True when both name the same organisation (equal keys, or one key's tokens within the other's). */
  public static boolean same(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka == null || kb == null) {
      return false;
    }
    if (ka.equals(kb)) {
      return true;
    }
    Set<String> ta = new java.util.HashSet<>(Arrays.asList(ka.split(" ")));
    Set<String> tb = new java.util.HashSet<>(Arrays.asList(kb.split(" ")));
    return ta.size() >= 2 && tb.containsAll(ta) || tb.size() >= 2 && ta.containsAll(tb);
  }
}
