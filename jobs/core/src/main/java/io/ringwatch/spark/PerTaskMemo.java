package io.ringwatch.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A one-argument UDF that remembers its answers within a task (each task deserialises its own
 * copy): the event values normalize and enrich look up repeat all month (a worker's few
 * addresses, the same dozen process names), and each lookup parses an address or walks a
 * watchlist. Bounded, so a scan of
 * millions of distinct values stays small; null answers are remembered too.
 */
public final class PerTaskMemo<K, V> implements UDF1<K, V> {
  private static final long serialVersionUID = 1L;
  /** Distinct values remembered per task. */
  public static final int CACHED = 50_000;
  private static final Object NULL = new Object();

  private final UDF1<K, V> compute;
  private transient Map<K, Object> known;

  private PerTaskMemo(UDF1<K, V> compute) {
    this.compute = compute;
  }

  public static <K, V> PerTaskMemo<K, V> of(UDF1<K, V> compute) {
    return new PerTaskMemo<>(compute);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized V call(K key) throws Exception {
    if (known == null) {
      known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Object> eldest) {
          return size() > CACHED;
        }
      };
    }
    Object v = known.get(key);
    if (v == null) {
      V computed = compute.call(key);
      known.put(key, computed == null ? NULL : computed);
      return computed;
    }
    return v == NULL ? null : (V) v;
  }
}
