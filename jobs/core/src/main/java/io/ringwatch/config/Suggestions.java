package io.ringwatch.config;

import java.util.Collection;

/** "Did you mean": the known setting closest to a misspelt one. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code key} by edit distance when it is close: at most 2 edits, or
   * the same last segment under another block ({@code ringwatch.ingest.lookback-day} →
   * {@code ringwatch.ingest.lookback-days}); null when none is.
   */
  static String closest(String key, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key, c, 3);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, key.length() / 10)) {
      return best;
    }
    String last = key.substring(key.lastIndexOf('.') + 1);
    String moved = null;
    for (String c : candidates) {
      if (c.substring(c.lastIndexOf('.') + 1).equals(last)) {
        if (moved != null) {
          return null; // more than one block has it: no single suggestion
        }
        moved = c;
      }
    }
    return moved;
  }

  /** Levenshtein distance, or {@code limit + 1} when it is larger than {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
