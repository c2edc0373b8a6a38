package io.ringwatch.ingest;

import io.ringwatch.frames.FrameSchema;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

  /**
   * The accepted frame's schema: every column of the contract, typed as the validator parses it
   * (frames.md §1). Later stages read columns of it throughout, so all of them are required.
   */
  public FrameSchema schema() {
    StructType columns = new StructType();
    for (ColumnSpec c : this.columns) {
      columns = columns.add(c.name(), sparkType(c.type()));
    }
    return FrameSchema.of(name + " (ingested)", columns);
  }

  private static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING, ENUM -> DataTypes.StringType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case DECIMAL -> DataTypes.createDecimalType(18, 2);
    };
  }

  public ColumnSpec column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
  }
}
