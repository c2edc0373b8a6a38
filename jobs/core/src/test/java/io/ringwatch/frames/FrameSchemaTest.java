package io.ringwatch.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Schema checks on StructTypes alone: no Spark session. */
class FrameSchemaTest {
  static final FrameSchema LINKS = FrameSchema.of("identity_links",
      "worker_id STRING, value_id BIGINT, record_ids ARRAY<STRING>");

  @Test
  void aFrameWithTheColumnsPassesWhateverElseItHas() {
    LINKS.check(new StructType().add("kind", DataTypes.StringType).add("worker_id", DataTypes.StringType)
        .add("value_id", DataTypes.LongType).add("record_ids", DataTypes.createArrayType(DataTypes.StringType)));
  }

  @Test
  void nullabilityIsNoPartOfTheType() {
    LINKS.check(new StructType().add("worker_id", DataTypes.StringType, false).add("value_id", DataTypes.LongType, false)
        .add("record_ids", DataTypes.createArrayType(DataTypes.StringType, false), false));
  }

  @Test
  void aMissingColumnIsNamedWithTheFrameAndTheColumnsItHas() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LINKS.check(new StructType()
        .add("worker_id", DataTypes.StringType).add("record_ids", DataTypes.createArrayType(DataTypes.StringType))));
    assertEquals("frame identity_links: no column value_id (bigint) (it has worker_id string, record_ids array<string>)",
        e.getMessage());
  }

  @Test
  void aWrongTypeIsNamedAndEveryProblemIsListed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LINKS.check(new StructType()
        .add("worker_id", DataTypes.StringType).add("value_id", DataTypes.StringType)));
    assertEquals("frame identity_links: column value_id is string, not bigint; no column record_ids (array<string>)"
        + " (it has worker_id string, value_id string)", e.getMessage());
  }

  @Test
  void nestedTypesAreCompared() {
    FrameSchema risk = FrameSchema.of("worker_risk", "signals ARRAY<STRUCT<signal: STRING, points: INT>>");
    risk.check(new StructType().add("signals", DataTypes.createArrayType(new StructType()
        .add("signal", DataTypes.StringType, false).add("points", DataTypes.IntegerType))));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> risk.check(new StructType()
        .add("signals", DataTypes.createArrayType(new StructType()
            .add("signal", DataTypes.StringType).add("points", DataTypes.LongType)))));
    assertTrue(e.getMessage().contains("column signals is array<struct<signal:string,points:bigint>>, "
        + "not array<struct<signal:string,points:int>>"), e.getMessage());
  }

  @Test
  void anEmptyFrameSaysSo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LINKS.check(new StructType()));
    assertTrue(e.getMessage().endsWith("(it has no columns)"), e.getMessage());
  }

  @Test
  void theSameColumnsUnderAnotherName() {
    FrameSchema renamed = LINKS.named("identity_links (stored)");
    assertEquals("identity_links (stored)", renamed.frame());
    assertEquals(LINKS.columns(), renamed.columns());
  }
}
