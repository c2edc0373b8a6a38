package io.ringwatch.reference.sanctions;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of one parse of a sanctions folder, for the run log and for checks. Orphans are rows
 * of {@code alt.csv}/{@code add.csv}/{@code sdn_comments.csv} whose ent_num is in none of the
 * sdn files (the files may come from different publication dates); they are counted, not fatal.
 */
public final class ParseReport implements Serializable {
  private final Map<String, Long> counts = new LinkedHashMap<>();

  public void add(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  public void increment(String key) {
    add(key, 1);
  }

  public long get(String key) {
    return counts.getOrDefault(key, 0L);
  }

  public Map<String, Long> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append('=').append(v));
    return sb.toString();
  }
}
