package io.ringwatch.ingest;

import java.util.List;

/**
 * One canonical column of an input dataset: its type, whether a row needs it, and for
 * enumerations the values allowed (an empty list allows any value).
 */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> allowed) {
  public static ColumnSpec required(String name, ColumnType type) {
    return new ColumnSpec(name, type, true, List.of());
  }

  public static ColumnSpec optional(String name, ColumnType type) {
    return new ColumnSpec(name, type, false, List.of());
  }

  public static ColumnSpec text(String name) {
    return optional(name, ColumnType.STRING);
  }

  public static ColumnSpec oneOf(String name, boolean required, String... allowed) {
    return new ColumnSpec(name, ColumnType.ENUM, required, List.of(allowed));
  }
}
