package io.ringwatch.synth;

import java.util.SplittableRandom;

/**
 * Decides which rows of one dataset are written broken, the way real exports break, and lists
 * each in {@code truth/broken_rows.csv} (dataset, line number with header = 1, key, reason).
 */
final class Breaker {
  private static final String[] BAD_DATES = {"31/02/2025", "2025-13-01", "2024-02-30",
      "13/25/2024", "2025-00-10", "N/A"};
  private static final String[] BAD_TIMES = {"2026-11-31T25:61:00Z", "31/10/2026 14:03",
      "2026-13-01T09:00:00Z", "yesterday", "2026-10-32T08:15:00Z"};
  private static final String[] BAD_AMOUNTS = {"12,34.5x", "1.234,56.7", "12O4.50", "$--",
      "3,1,00.0z"};

  private final String dataset;
  private final double share;
  private final SplittableRandom r;
  private final CsvOut truth;
  private long count;

  Breaker(String dataset, long seed, double share, CsvOut truth) {
    this.dataset = dataset;
    this.share = share;
    this.r = Rand.stream(seed, 99, dataset.hashCode());
    this.truth = truth;
  }

  /** True when the next row is to be broken. */
  boolean roll() {
    return share > 0 && r.nextDouble() < share;
  }

  /** Which of {@code kinds} breakages to apply. */
  int kind(int kinds) {
    return r.nextInt(kinds);
  }

  String badDate() {
    return Rand.pick(r, BAD_DATES);
  }

  String badTime() {
    return Rand.pick(r, BAD_TIMES);
  }

  String badAmount() {
    return Rand.pick(r, BAD_AMOUNTS);
  }

  void record(long line, String key, String reason) {
    truth.row(dataset, Long.toString(line), key, reason);
    count++;
  }

  long count() {
    return count;
  }
}
