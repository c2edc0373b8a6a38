package io.ringwatch.score.signals;

import static io.ringwatch.score.signals.SignalContext.mask;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.link.LinkStage;
import io.ringwatch.score.Signal;
import io.ringwatch.score.SignalCatalogue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Where the pay goes (signals.md F1-F5): an account other workers are paid into, an account held
 * by someone else, crypto wallets and payout platforms, and repeated changes of account. A
 * contractor paid into their own agency's account under the agency's name is how agencies are
 * paid: it is neither a shared account (the link stage ignores it) nor a foreign holder.
 */
public final class PayoutSignals implements SignalFamily {
  /** Link kinds that are payout accounts. */
  public static final List<String> PAYOUT_KINDS = List.of("bank_account", "payout_account", "wallet");

  private final SignalContext ctx;

  public PayoutSignals(SignalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Signal> signals() {
    return List.of(SignalCatalogue.SHARED_PAYOUT_ACCOUNT, SignalCatalogue.PAYOUT_HOLDER_NOT_WORKER,
        SignalCatalogue.CRYPTO_PAYOUT, SignalCatalogue.PLATFORM_PAYOUT, SignalCatalogue.PAYOUT_ACCOUNT_CHANGES);
  }

  @Override
  public Dataset<Row> rows() {
    return sharedAccount().unionByName(holderNotWorker()).unionByName(methods()).unionByName(changes());
  }

  private Dataset<Row> sharedAccount() {
    return ctx.signal(ctx.sharedWithNonResidents().filter(col("kind").isin(PAYOUT_KINDS.toArray())),
        SignalCatalogue.SHARED_PAYOUT_ACCOUNT, SignalContext.sharedEvidence());
  }

  /** The payout account of a payment as (kind, value): bank account, IBAN, platform payee or wallet. */
  static Column accountKind() {
    return when(col("wallet_norm").isNotNull(), lit("wallet"))
        .when(col("payee_platform_norm").isNotNull(), lit("payout_account"))
        .when(col("bank_account_key").isNotNull().or(col("iban_norm").isNotNull()), lit("bank_account"));
  }

  static Column accountValue() {
    return coalesce(col("wallet_norm"), col("payee_platform_norm"), col("bank_account_key"), col("iban_norm"));
  }

  private Dataset<Row> holderNotWorker() {
    Dataset<Row> p = ctx.in().payments().filter(col("holder_name_norm").isNotNull())
        .join(ctx.workers(), "worker_id")
        .filter(LinkStage.namesOverlap(col("holder_name_norm"), col("name_norm")).equalTo(false))
        .filter(coalesce(col("employment_type"), lit("")).notEqual("contractor")
            .or(LinkStage.sameOrg(col("account_holder_name"), col("vendor_name")).equalTo(false)))
        .withColumn("kind", accountKind())
        .withColumn("masked", coalesce(maskedAccount(), lit("an account")))
        .groupBy("worker_id", "account_holder_name", "masked")
        .agg(count(lit(1)).as("n"), min("payment_id").as("first_id"));
    return ctx.signal(p, SignalCatalogue.PAYOUT_HOLDER_NOT_WORKER, concat(col("n").cast("string"),
        lit(" payment(s) (first "), col("first_id"), lit(") into "), col("masked"), lit(" held by '"),
        col("account_holder_name"), lit("'")));
  }

  private static Column maskedAccount() {
    Column kind = col("kind");
    return when(kind.equalTo("wallet"), mask("wallet", col("wallet_norm")))
        .when(kind.equalTo("payout_account"), mask("payout_account", col("payee_platform_norm")))
        .when(kind.equalTo("bank_account"), mask("bank_account", coalesce(col("bank_account_key"), col("iban_norm"))));
  }

  private Dataset<Row> methods() {
    Column crypto = col("payment_method").equalTo("crypto").or(col("wallet_norm").isNotNull());
    Column platform = crypto.unary_$bang().and(col("payment_method").isin(ctx.tuning().platformMethods().toArray())
        .or(col("payee_platform_norm").isNotNull()));
    Dataset<Row> p = ctx.in().payments()
        .withColumn("_crypto", coalesce(crypto, lit(false)))
        .withColumn("_platform", coalesce(platform, lit(false)))
        .groupBy("worker_id").agg(
            sum(when(col("_crypto"), 1).otherwise(0)).as("crypto"),
            sum(when(col("_platform"), 1).otherwise(0)).as("platform"),
            count(lit(1)).as("n"),
            min(when(col("_crypto"), struct(col("payment_id"), mask("wallet", col("wallet_norm")).as("m")))).as("c1"),
            min(when(col("_platform"), struct(col("payment_id"), col("payment_method"),
                mask("payout_account", col("payee_platform_norm")).as("m")))).as("p1"));
    // Contractors abroad are paid through platforms in their own name as a matter of course: the
    // sign is a platform payout for a worker who claims the company's own country (the country
    // most of its workers claim), or one into an account held by someone else.
    Dataset<Row> w = ctx.workers().select(col("worker_id").as("_w"), SignalContext.claimedCountry().as("_c"),
        col("name_norm").as("_name"));
    Dataset<Row> home = w.filter(col("_c").isNotNull()).groupBy(col("_c").as("_home")).count()
        .orderBy(col("count").desc(), col("_home")).limit(1).select("_home");
    Dataset<Row> otherHolder = ctx.in().payments().filter(col("payee_platform_norm").isNotNull()
            .or(col("payment_method").isin(ctx.tuning().platformMethods().toArray())))
        .join(w, col("worker_id").equalTo(col("_w")))
        .filter(col("holder_name_norm").isNotNull()
            .and(LinkStage.namesOverlap(col("holder_name_norm"), col("_name")).equalTo(false)))
        .select(col("worker_id").as("_ow")).distinct();
    Dataset<Row> platformWorkers = p.filter(col("platform").gt(0))
        .join(w, col("worker_id").equalTo(col("_w")), "left")
        .join(broadcast(home), col("_c").equalTo(col("_home")), "left")
        .join(otherHolder, col("worker_id").equalTo(col("_ow")), "left")
        .filter(col("_c").isNull().or(col("_home").isNotNull()).or(col("_ow").isNotNull()));
    return ctx.signal(p.filter(col("crypto").gt(0)), SignalCatalogue.CRYPTO_PAYOUT,
            concat(col("crypto").cast("string"), lit(" of "), col("n").cast("string"),
                lit(" payments to a crypto wallet (first "), col("c1.payment_id"), lit(" to wallet "),
                coalesce(col("c1.m"), lit("not given")), lit(")")))
        .unionByName(ctx.signal(platformWorkers, SignalCatalogue.PLATFORM_PAYOUT,
            concat(col("platform").cast("string"), lit(" of "), col("n").cast("string"),
                lit(" payments through a payout platform (first "), col("p1.payment_id"), lit(", "),
                coalesce(col("p1.payment_method"), lit("?")), lit(" "), coalesce(col("p1.m"), lit("")), lit(")"))));
  }

  /** Distinct accounts paid into within the window ending at the worker's last payment. */
  private Dataset<Row> changes() {
    int days = ctx.tuning().payoutChangesWindowDays();
    Dataset<Row> p = ctx.in().payments().withColumn("kind", accountKind()).withColumn("account", accountValue())
        .filter(col("account").isNotNull())
        .withColumn("_last", max("pay_date").over(Window.partitionBy("worker_id")))
        .filter(col("pay_date").isNull().or(col("pay_date").gt(date_sub(col("_last"), days))))
        .groupBy("worker_id", "kind", "account")
        .agg(min(struct(col("pay_date"), col("payment_id"))).as("first"))
        .withColumn("masked", mask("bank_account", col("account")))
        .withColumn("masked", when(col("kind").equalTo("wallet"), mask("wallet", col("account")))
            .when(col("kind").equalTo("payout_account"), mask("payout_account", col("account")))
            .otherwise(col("masked")))
        .groupBy("worker_id")
        .agg(sort_array(collect_list(struct(col("first.pay_date").as("d"), col("first.payment_id").as("id"),
            col("masked").as("m")))).as("accounts"))
        .filter(size(col("accounts")).geq(ctx.tuning().payoutChangesMinAccounts()));
    Column listed = array_join(transform(slice(col("accounts"), 1, 5),
        a -> concat(a.getField("m"), lit(" from "), a.getField("id"))), ", ");
    return ctx.signal(p, SignalCatalogue.PAYOUT_ACCOUNT_CHANGES, concat(lit("paid into "),
        size(col("accounts")).cast("string"), lit(" different accounts within " + days + " days: "), listed));
  }
}
