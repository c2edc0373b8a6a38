package io.ringwatch.privacy;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ringwatch.testing.SharedSpark;
import io.ringwatch.testing.TestKeys;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The keyed hash in Spark: the same value as the plain Java function, and no key in any plan. */
@SparkTest
class KeyedHashPlanTest {
  @Test
  void theColumnHashesLikeTheKeyAndNoPlanShowsTheKey() {
    Dataset<Row> values = SharedSpark.get().createDataset(List.of("+14155550123", "123456789"), Encoders.STRING())
        .toDF("value");
    Dataset<Row> hashed = values.select(col("value"), Hashing.valueHash(TestKeys.KEY, lit("phone"), col("value")).as("h"));
    for (Row r : hashed.collectAsList()) {
      assertEquals(TestKeys.KEY.hash("phone", r.getString(0)), r.getString(1));
    }
    String plans = hashed.queryExecution().toString() + hashed.queryExecution().explainString(
        org.apache.spark.sql.execution.ExtendedMode$.MODULE$);
    assertFalse(plans.contains("test-key-of-ringwatch"), plans);
    assertFalse(plans.contains("0123456789"), "no fragment of the key either");
  }
}
