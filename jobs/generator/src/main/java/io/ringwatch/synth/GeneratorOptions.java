package io.ringwatch.synth;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
 * @param variations habits of other companies switched on ({@link Variation}); empty: the base
 *     company, byte for byte what the generator wrote before variations existed
 * @param seriesDays 0, or the last this many days before {@code asOf} are a series of nights cut
 *     from the company ({@link CompanyAsOf}, issue 23's test): the first ring's members are hired
 *     within them (the ring forms during the series) and about 3% of the benign workers employed
 *     before them leave within them. Drawn from random streams of their own, so everything else
 *     is the company without it
 */
public record GeneratorOptions(int workers, long seed, LocalDate asOf, int eventDays,
    double brokenRowShare, boolean gzip, Set<Variation> variations, int seriesDays) {

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
    variations = variations == null || variations.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(variations));
    if (seriesDays != 0 && (seriesDays < 2 || seriesDays > eventDays)) {
      throw new IllegalArgumentException("seriesDays must be 0 or 2..eventDays (" + eventDays + "), got " + seriesDays);
    }
  }

  /** Without a series of nights. */
  public GeneratorOptions(int workers, long seed, LocalDate asOf, int eventDays,
      double brokenRowShare, boolean gzip, Set<Variation> variations) {
    this(workers, seed, asOf, eventDays, brokenRowShare, gzip, variations, 0);
  }

  /** Without variations. */
  public GeneratorOptions(int workers, long seed, LocalDate asOf, int eventDays,
      double brokenRowShare, boolean gzip) {
    this(workers, seed, asOf, eventDays, brokenRowShare, gzip, Set.of());
  }

  /** The defaults of everything but size and seed; no variations. */
  public static GeneratorOptions of(int workers, long seed) {
    return new GeneratorOptions(workers, seed, DEFAULT_AS_OF, DEFAULT_EVENT_DAYS,
        DEFAULT_BROKEN_ROW_SHARE, true);
  }

  public GeneratorOptions withGzip(boolean value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, brokenRowShare, value, variations, seriesDays);
  }

  public GeneratorOptions withAsOf(LocalDate value) {
    return new GeneratorOptions(workers, seed, value, eventDays, brokenRowShare, gzip, variations, seriesDays);
  }

  public GeneratorOptions withEventDays(int value) {
    return new GeneratorOptions(workers, seed, asOf, value, brokenRowShare, gzip, variations, seriesDays);
  }

  public GeneratorOptions withBrokenRowShare(double value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, value, gzip, variations, seriesDays);
  }

  public GeneratorOptions withVariations(Set<Variation> value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, brokenRowShare, gzip, value, seriesDays);
  }

  /** The last {@code value} days a series of nights (see {@code seriesDays}); set the event days first. */
  public GeneratorOptions withSeriesDays(int value) {
    return new GeneratorOptions(workers, seed, asOf, eventDays, brokenRowShare, gzip, variations, value);
  }

  /** Whether variation {@code v} is on. */
  public boolean has(Variation v) {
    return variations.contains(v);
  }
}
