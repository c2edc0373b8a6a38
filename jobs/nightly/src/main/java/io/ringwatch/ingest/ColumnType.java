package io.ringwatch.ingest;

/** How an input column is parsed from the text of an export. */
public enum ColumnType {
  /** Trimmed text; empty means null. */
  STRING,
  /** Trimmed, lower-cased text (enumerations such as {@code employment_type}). */
  ENUM,
  /** {@code yyyy-MM-dd}. */
  DATE,
  /** ISO-8601 with an offset or {@code Z}. */
  TIMESTAMP,
  /** A decimal amount, {@code 1234.50} or {@code 1,234.50}. */
  DECIMAL
}
