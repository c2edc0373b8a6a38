package io.ringwatch.synth;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param workers number of workers in the company (at least 1)
 * @param seed every random choice derives from it: same options, same bytes
 * @param asOf the run date; HR is as of this day, payroll covers the year before it and events
 *     the {@code eventDays} days before it
 * @param eventDays days of sign-in and endpoint events before {@code asOf}
 * @param brokenRowShare share of rows written broken (missing required value, unparseable date or
 *     amount, duplicate key), each listed in {@code truth/broken_rows.csv}
 * @param gzip write {@code .csv.gz} (true) or plain {@code .csv}
 */
public record GeneratorOptions(int workers, long seed, LocalDate asOf, int eventDays,
    double brokenRowShare, boolean gzip) {

  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 20);
  public static final int DEFAULT_EVENT_DAYS = 30;
  public static final double DEFAULT_BROKEN_ROW_SHARE = 0.002;

  public GeneratorOptions {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    if (asOf == null) {
      throw new IllegalArgumentException("asOf is required");
    }
    if (eventDays < 1 || eventDays > 366) {
      throw new IllegalArgumentException("eventDays must be 1..366, got " + eventDays);
    }
    if (!(brokenRowShare >= 0 && brokenRowShare <= 0.1)) {
      throw new IllegalArgumentException("brokenRowShare must be 0..0.1, got " + brokenRowShare);
    }
  }

  /** The defaults of everything but size and seed. */
  public static GeneratorOptions of(int workers, long seed) {
    return new GeneratorOptions(workers, seed, DEFAULT_AS_OF, DEFAULT_EVENT_DAYS,
        DEFAULT_BROKEN_ROW_SHARE, true);
  }

  public GeneratorOptions withGzip(boolean value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, brokenRowShare, value);
  }

  public GeneratorOptions withAsOf(LocalDate value) {
    return new GeneratorOptions(workers, seed, value, eventDays, brokenRowShare, gzip);
  }

  public GeneratorOptions withEventDays(int value) {
    return new GeneratorOptions(workers, seed, asOf, value, brokenRowShare, gzip);
  }

  public GeneratorOptions withBrokenRowShare(double value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, value, gzip);
  }
}
