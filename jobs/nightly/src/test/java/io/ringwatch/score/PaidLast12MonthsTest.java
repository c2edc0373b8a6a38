package io.ringwatch.score;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.testing.SharedSpark;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** paid_12m is net of refunds and reversals, never below 0; a reversal names no payout destination. */
@SparkTest
class PaidLast12MonthsTest {
  private static final LocalDate RUN = LocalDate.parse("2026-11-20");

  @Test
  void reversalsAreNettedAndNeverGoBelowZero() {
    SparkSession spark = SharedSpark.get();
    StructType schema = new StructType().add("payment_id", DataTypes.StringType).add("worker_id", DataTypes.StringType)
        .add("pay_date", DataTypes.DateType).add("amount", DataTypes.createDecimalType(18, 2))
        .add("currency", DataTypes.StringType);
    Dataset<Row> payments = spark.createDataFrame(List.of(
        pay("P1", "W1", "2026-10-01", "1000.00", "USD"), pay("P2", "W1", "2026-10-05", "-300.00", "USD"),
        pay("P3", "W2", "2026-10-05", "-500.00", "USD"), // reverses a payment older than the export
        pay("P4", "W3", "2026-10-01", "100.00", "eur"), pay("P5", "W3", "2026-10-01", "200.00", "USD"),
        pay("P6", "W3", "2025-10-01", "-900.00", "USD")), schema); // outside the 12 months
    Dataset<Row> workers = spark.createDataFrame(List.of(RowFactory.create("W1"), RowFactory.create("W2"),
        RowFactory.create("W3")), new StructType().add("worker_id", DataTypes.StringType));
    Map<String, Map<String, BigDecimal>> paid = new TreeMap<>();
    for (Row r : PaidLast12Months.add(workers, payments, RUN).collectAsList()) {
      paid.put(r.getString(0), new TreeMap<>(r.getJavaMap(1)));
    }
    assertEquals(Map.of("USD", new BigDecimal("700.00")), paid.get("W1"));
    assertEquals(Map.of("USD", new BigDecimal("0.00")), paid.get("W2"));
    assertEquals(Map.of("EUR", new BigDecimal("100.00"), "USD", new BigDecimal("200.00")), paid.get("W3"));
    assertEquals(List.of("P1", "P4", "P5"), NormalizeStage.payouts(payments).filter("pay_date > '2026-01-01'")
        .select("payment_id").orderBy("payment_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  private static Row pay(String id, String worker, String date, String amount, String currency) {
    return RowFactory.create(id, worker, Date.valueOf(date), new BigDecimal(amount), currency);
  }
}
