package io.ringwatch.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Rules shared by every kind of value for what HR types when it has no real value: a placeholder
 * word ("N/A", "none", "unknown", "TBD", …) and digit patterns no issuer hands out (one digit
 * repeated, all zeros, an ascending or descending run such as {@code 0123456789},
 * {@code 1234567890} or {@code 9876543210}). Each rule answers with a short human reason, or
 * null when the value passes. The reasons name the rule, never the value (they are published in
 * {@code identity_links.ignored_reason}). Kind-specific rules are next to each normaliser
 * ({@link Phones#junkReason}, {@link NationalIds#normalize}, {@link Emails#junkReason},
 * {@link Addresses#junkReason}).
 */
public final class JunkValues {
  /** Words and phrases (folded: lower case, punctuation as spaces) that stand for "no value". */
  static final Set<String> PLACEHOLDER_TEXT = Set.of("n a", "na", "n d", "nd", "none", "nil", "null", "nothing",
      "no", "unknown", "unk", "tbd", "tba", "tbc", "pending", "not provided", "not available", "not applicable",
      "not known", "not given", "missing", "blank", "empty", "x", "xx", "xxx", "test", "dummy", "fake",
      "declined", "refused", "same", "see above", "same as above", "ninguno", "ninguna", "no aplica", "no tiene",
      // the same in the languages of the usual contractor countries: Spanish, Portuguese, German,
      // French, Polish, Ukrainian/Russian (transliterated), Filipino
      "sin dato", "sin datos", "s d", "desconocido", "nenhum", "nenhuma", "nao informado", "nao possui", "não informado", "não possui", "k a",
      "keine angabe", "keine", "unbekannt", "aucun", "aucune", "inconnu", "n c", "brak", "nie dotyczy", "nemaye",
      "net", "wala");

  private JunkValues() {}

  /** Lower case, NFKC, every run of characters other than letters and digits one space, trimmed. */
  static String fold(String raw) {
    if (raw == null) {
      return "";
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** True when {@code raw} is a placeholder word or phrase ({@link #PLACEHOLDER_TEXT}). */
  public static boolean isPlaceholderText(String raw) {
    return PLACEHOLDER_TEXT.contains(fold(raw));
  }

  /** The digits of {@code raw} (ASCII 0-9 only), possibly empty. */
  static String digits(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; raw != null && i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Why {@code digits} (only digits) cannot be a real number, or null: "all zeros", "one digit
   * repeated", "ascending digits" or "descending digits" (wrapping 9→0 and 0→9, so
   * {@code 1234567890} and {@code 0987654321} are runs). Strings shorter than {@code minLength}
   * are never judged.
   */
  public static String digitPattern(String digits, int minLength) {
    if (digits == null || digits.length() < minLength || digits.isEmpty()) {
      return null;
    }
    if (digits.chars().allMatch(c -> c == '0')) {
      return "all zeros";
    }
    if (digits.chars().distinct().count() == 1) {
      return "one digit repeated";
    }
    if (run(digits, 1)) {
      return "ascending digits";
    }
    if (run(digits, 9)) {
      return "descending digits";
    }
    return null;
  }

  private static boolean run(String digits, int step) {
    for (int i = 1; i < digits.length(); i++) {
      if (digits.charAt(i) - '0' != (digits.charAt(i - 1) - '0' + step) % 10) {
        return false;
      }
    }
    return true;
  }
}
