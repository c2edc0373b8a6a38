package io.ringwatch.synth;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded randomness helpers. Every stream is derived from the seed, never from the clock. */
final class Rand {
  private Rand() {}

  /** SplitMix64's finaliser: a good 64-bit mix. */
  static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An independent stream for one purpose (e.g. worker 17's events on day 5), so what one part
   * draws never shifts another part's numbers.
   */
  static SplittableRandom stream(long seed, long... parts) {
    long h = mix(seed);
    for (long p : parts) {
      h = mix(h ^ p);
    }
    return new SplittableRandom(h);
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /** Uniform in {@code [lo, hi]}. */
  static int between(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static <T> T pick(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  /** Index drawn with the given relative weights. */
  static int weighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** {@code n} random bytes as lower-case hex. */
  static String hex(SplittableRandom r, int bytes) {
    StringBuilder sb = new StringBuilder(bytes * 2);
    for (int i = 0; i < bytes; i++) {
      sb.append(Character.forDigit(r.nextInt(16), 16)).append(Character.forDigit(r.nextInt(16), 16));
    }
    return sb.toString();
  }

  static String digits(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  /** {@code prefix} then {@code v} zero-padded to {@code width} digits (String.format is slow). */
  static String pad(String prefix, long v, int width) {
    String d = Long.toString(v);
    StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, d.length()));
    sb.append(prefix);
    for (int i = d.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(d).toString();
  }

  /** Fisher-Yates on an int array, in place. */
  static void shuffle(SplittableRandom r, int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
