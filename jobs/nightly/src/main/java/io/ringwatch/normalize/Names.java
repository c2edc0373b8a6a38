package io.ringwatch.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Person names to {@code name_norm}: Unicode NFKC, any script transliterated to Latin and then
 * to ASCII with ICU ({@code Any-Latin; Latin-ASCII}), lower case, apostrophes dropped
 * ({@code O'Brien} → {@code obrien}), other punctuation a separator, tokens sorted and joined by
 * single spaces, so "Smith, John" and "JOHN SMITH" meet.
 */
public final class Names {
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private Names() {}

  /** The normalized name, or null when it has no letters or digits. */
  public static String norm(String raw) {
    if (raw == null) {
      return null;
    }
    String s = TO_ASCII.get().transliterate(NFKC.normalize(raw)).toLowerCase(Locale.ROOT)
        .replaceAll("['`\u2019]", "")
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
    if (s.isEmpty()) {
      return null;
    }
    return Arrays.stream(s.split(" ")).sorted().collect(Collectors.joining(" "));
  }

  /**
   * True when two normalised names share a word of two or more letters (the worker and a family
   * member, or the same person written in two orders); null when either is missing. An account
   * held under a name sharing no word with the worker's is held by someone else.
   */
  public static Boolean shareAWord(String a, String b) {
    if (a == null || b == null) {
      return null;
    }
    java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
    for (String w : b.split(" ")) {
      if (w.length() >= 2 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
