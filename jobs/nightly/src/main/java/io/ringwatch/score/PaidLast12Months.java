package io.ringwatch.score;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code worker_risk.paid_12m}: what payroll paid each worker in the twelve months up to the run
 * date ({@code run_date - 12 months < pay_date <= run_date}), per currency, as a map
 * {@code currency -> amount} (empty when nothing was paid). Amounts in different currencies are
 * not added up: the report states them side by side. It is what the executive report means by
 * "payroll paid to workers in the high and critical bands".
 *
 * <p>Net of refunds and reversals: a negative amount (a reversed or clawed-back payment) lowers the
 * worker's total in its currency, which never goes below 0 (a reversal of a payment made before
 * the twelve months does not make the company owed money here). See conf/ingest.conf
 * ringwatch.ingest.plausible.max-amount.
 */
public final class PaidLast12Months {
  public static final String COLUMN = "paid_12m";

  private PaidLast12Months() {}

  public static Dataset<Row> add(Dataset<Row> workerRisk, Dataset<Row> payments, LocalDate runDate) {
    Dataset<Row> perCurrency = payments
        .filter(col("pay_date").gt(lit(Date.valueOf(runDate.minusMonths(12))))
            .and(col("pay_date").leq(lit(Date.valueOf(runDate)))))
        .groupBy(col("worker_id"), upper(col("currency")).as("currency"))
        .agg(greatest(sum("amount"), lit(0)).cast(DataTypes.createDecimalType(18, 2)).as("amount"));
    // Sorted entries: the same payments give the same map, byte for byte, on every run.
    Dataset<Row> paid = perCurrency.groupBy("worker_id")
        .agg(map_from_entries(sort_array(collect_list(struct(col("currency"), col("amount"))))).as(COLUMN));
    return workerRisk.join(paid, "worker_id", "left")
        .withColumn(COLUMN, coalesce(col(COLUMN), expr("map()").cast(paid.schema().apply(COLUMN).dataType())));
  }
}
