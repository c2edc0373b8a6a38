package io.ringwatch.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The rules of one input dataset (../shared/contracts/inputs.md): its canonical columns, the
 * unique key, the columns that must refer to an accepted row of another dataset, and for event
 * datasets the time column that limits them to the look-back window.
 */
public record DatasetSpec(String name, List<ColumnSpec> columns, String key,
    List<Reference> references, Optional<String> eventTime) {

  /** A column whose non-null values must exist as {@code key} of dataset {@code target}. */
  public record Reference(String column, String target) {}

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  public ColumnSpec column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
  }
}
