package io.ringwatch.report;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where the PDF may break a line: after white space, and after a hyphen joining two words
 * ({@code payout-|platform}). openhtmltopdf's default (Java's line breaker, URL-aware) also
 * breaks inside times, ids and e-mails ({@code 01:|00}, {@code t***@gmail.|com},
 * {@code Asia/Pyongyang|/Shanghai}), which reads as a word cut in half.
 */
final class LineBreaks implements FSTextBreaker {
  private String text = "";
  private int at;

  @Override
  public void setText(String newText) {
    text = newText;
    at = 0;
  }

  /** The next position a line may start at, the text's end last, then -1. */
  @Override
  public int next() {
    if (at >= text.length()) {
      return -1;
    }
    for (int i = at + 1; i < text.length(); i++) {
      if (breaksBefore(i)) {
        at = i;
        return i;
      }
    }
    at = text.length();
    return at;
  }

  private boolean breaksBefore(int i) {
    char before = text.charAt(i - 1);
    char c = text.charAt(i);
    if (Character.isWhitespace(c)) {
      return false;
    }
    return Character.isWhitespace(before)
        || before == '-' && i >= 2 && Character.isLetter(text.charAt(i - 2)) && Character.isLowerCase(c);
  }
}
