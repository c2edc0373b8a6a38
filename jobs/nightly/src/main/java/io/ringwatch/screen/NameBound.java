package io.ringwatch.screen;

import java.io.Serializable;
import java.util.Locale;

/**
 * Bounds the work of matching one input name. A name longer than {@code maxChars} characters, or
 * with more than {@code maxTokens} words (runs of letters and digits), is matched on its prefix
 * of at most that many characters and words: every step of matching (normalising, folding,
 * blocking keys, token alignment) is then bounded by the prefix, whatever arrives in the input (a
 * 5 MB name took screening over 14 minutes). The longest name on the OFAC list (about 200
 * characters, 25 words) fits the shipped bounds, so only names no person or company carries are
 * cut; the hit evidence says when a name was.
 */
public final class NameBound implements Serializable {
  /** The name to match, and whether (and from what) it was cut. */
  public record Bounded(String name, boolean cut, int chars) implements Serializable {
    /** For the evidence: empty when the name was matched whole. */
    public String note() {
      return !cut ? "" : String.format(Locale.ROOT,
          " (a name of %,d characters, too long to match whole: matched on its first %,d characters)", chars,
          name.length());
    }
  }

  private final int maxChars;
  private final int maxTokens;

  public NameBound(int maxChars, int maxTokens) {
    if (maxChars < 1 || maxTokens < 1) {
      throw new IllegalArgumentException("name bounds must be positive");
    }
    this.maxChars = maxChars;
    this.maxTokens = maxTokens;
  }

  public int maxChars() {
    return maxChars;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The name cut to its bounded prefix (null stays null). Reads at most {@code maxChars}
   * characters of a longer name, so cutting is bounded work too.
   */
  public Bounded apply(CharSequence name) {
    if (name == null) {
      return new Bounded(null, false, 0);
    }
    int limit = Math.min(name.length(), maxChars);
    if (limit < name.length() && Character.isHighSurrogate(name.charAt(limit - 1))) {
      limit--; // never split a character written as a surrogate pair
    }
    int words = 0;
    int end = limit;
    boolean inWord = false;
    for (int i = 0; i < limit; i++) {
      boolean letter = Character.isLetterOrDigit(name.charAt(i)) || Character.isSurrogate(name.charAt(i));
      if (letter && !inWord) {
        if (words == maxTokens) {
          end = i;
          break;
        }
        words++;
      }
      inWord = letter;
    }
    if (end == name.length()) {
      return new Bounded(name.toString(), false, name.length());
    }
    return new Bounded(name.subSequence(0, end).toString().strip(), true, name.length());
  }
}
