package io.ringwatch.ingest;

import java.util.List;

/**
 * One canonical column of an input dataset: its type, whether a row needs it, for enumerations
 * the values allowed (an empty list allows any value), the longest value it takes (in
 * characters; a longer one is rejected before anything else reads it, and configurable per
 * dataset in {@code max-length}), and the range its values must fall in to be plausible.
 */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> allowed, int maxLength,
    Plausible plausible) {

  /** Default longest value: identifiers, dates, codes. */
  public static final int ID_LENGTH = 64;
  /** Default longest value of free text: names, addresses, titles. */
  public static final int TEXT_LENGTH = 300;

  /** The range a value must fall in, with the run date as reference (IngestSettings.Plausible). */
  public enum Plausible {
    ANY,
    /** A date of birth: the earliest birth date up to the minimum age before the run date. */
    BIRTH_DATE,
    /** A business date (hire, payment, shipping) or an event time: 1970 to a year after the run. */
    BUSINESS_DATE,
    /** A planned end date: may lie years ahead. */
    END_DATE,
    /** A payment amount: its absolute value at most the ceiling of its currency. */
    AMOUNT
  }

  public static ColumnSpec required(String name, ColumnType type) {
    return new ColumnSpec(name, type, true, List.of(), ID_LENGTH, Plausible.ANY);
  }

  public static ColumnSpec optional(String name, ColumnType type) {
    return new ColumnSpec(name, type, false, List.of(), ID_LENGTH, Plausible.ANY);
  }

  /** Optional free text of up to {@link #TEXT_LENGTH} characters. */
  public static ColumnSpec text(String name) {
    return new ColumnSpec(name, ColumnType.STRING, false, List.of(), TEXT_LENGTH, Plausible.ANY);
  }

  /** An optional identifier or code of up to {@link #ID_LENGTH} characters. */
  public static ColumnSpec id(String name) {
    return optional(name, ColumnType.STRING);
  }

  public static ColumnSpec oneOf(String name, boolean required, String... allowed) {
    return new ColumnSpec(name, ColumnType.ENUM, required, List.of(allowed), ID_LENGTH, Plausible.ANY);
  }

  public ColumnSpec maxLength(int chars) {
    return new ColumnSpec(name, type, required, allowed, chars, plausible);
  }

  public ColumnSpec plausible(Plausible range) {
    return new ColumnSpec(name, type, required, allowed, maxLength, range);
  }
}
