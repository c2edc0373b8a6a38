package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.collect_list;
import static io.ringwatch.score.signals.SignalContext.mask;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.link.LinkStage;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pay through a payout platform (signals.md F2). Contractors abroad are paid through platforms
 * in their own name as a matter of course: the sign is a platform payout for a worker who claims
 * the company's own country (the country most of its workers claim), or one into an account held
 * by someone else.
 */
@AutoService(WorkerSignal.class)
public final class PlatformPayout implements WorkerSignal {
  public static final Signal ABOUT = new Signal("platform_payout", "Paid through a payout platform",
      "Pay goes through Payoneer, Wise or PayPal rather than a bank, for a worker who claims the company's own "
          + "country (the one most of its workers claim), or into such an account held by someone else.",
      List.of("GTIG, 'DPRK IT Workers Expanding in Scope and Scale', 1 Apr 2025 (Wise, Payoneer)", "signals.md F2"),
      "Contractors abroad are commonly paid this way (in their own name they do not fire).", 5);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # payment_method values (lower case) that are payout platforms; a payment with a
        # payee_platform_account counts too.
        methods = [payoneer, wise, transferwise, paypal, revolut, skrill, venmo]
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    List<String> methods = block.strings("methods").stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).toList();
    return ctx -> rows(ctx, methods);
  }

  private static Dataset<Row> rows(SignalContext ctx, List<String> methods) {
    Column platform = CryptoPayout.crypto().unary_$bang().and(col("payment_method").isin(methods.toArray())
        .or(col("payee_platform_norm").isNotNull()));
    Dataset<Row> p = ctx.in().payments()
        .withColumn("_platform", coalesce(platform, lit(false)))
        .groupBy("worker_id").agg(
            sum(when(col("_platform"), 1).otherwise(0)).as("platform"),
            count(lit(1)).as("n"),
            min(when(col("_platform"), struct(col("payment_id"), col("payment_method"),
                mask("payout_account", col("payee_platform_norm")).as("m")))).as("p1"),
            collect_list(when(col("_platform"), col("payment_id"))).as("ids"));
    Dataset<Row> w = ctx.workers().select(col("worker_id").as("_w"), SignalContext.claimedCountry().as("_c"),
        col("name_norm").as("_name"));
    Dataset<Row> home = w.filter(col("_c").isNotNull()).groupBy(col("_c").as("_home")).count()
        .orderBy(col("count").desc(), col("_home")).limit(1).select("_home");
    Dataset<Row> otherHolder = ctx.in().payments().filter(col("payee_platform_norm").isNotNull()
            .or(col("payment_method").isin(methods.toArray())))
        .join(w, col("worker_id").equalTo(col("_w")))
        .filter(col("holder_name_norm").isNotNull()
            .and(LinkStage.namesOverlap(col("holder_name_norm"), col("_name")).equalTo(false)))
        .select(col("worker_id").as("_ow")).distinct();
    Dataset<Row> platformWorkers = p.filter(col("platform").gt(0))
        .join(w, col("worker_id").equalTo(col("_w")), "left")
        .join(broadcast(home), col("_c").equalTo(col("_home")), "left")
        .join(otherHolder, col("worker_id").equalTo(col("_ow")), "left")
        .filter(col("_c").isNull().or(col("_home").isNotNull()).or(col("_ow").isNotNull()));
    return SignalContext.found(platformWorkers,
        concat(col("platform").cast("string"), lit(" of "), col("n").cast("string"),
            lit(" payments through a payout platform (first "), col("p1.payment_id"), lit(", "),
            coalesce(col("p1.payment_method"), lit("?")), lit(" "), coalesce(col("p1.m"), lit("")), lit(")")),
        SignalContext.records("payroll_payments", col("ids")));
  }
}
