package io.ringwatch.score;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_timestamp;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.privacy.Hashing;
import java.util.ArrayList;
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
 * Computes every signal of {@link SignalCatalogue} per worker. Each method returns rows of
 * {@code worker_id, signal, points, evidence}; the evidence names the input rows (payment,
 * device and event ids) an auditor can look up, with sensitive values masked.
 */
final class WorkerSignals {
  private static final List<String> IDENTITY_KINDS = List.of("national_id", "phone", "email", "resume", "photo",
      "github", "device", "mac");
  private static final List<String> PAYOUT_KINDS = List.of("bank_account", "payout_account", "wallet");
  private static final List<String> AMERICAS = List.of("US", "CA", "MX", "BR", "AR", "CO", "CL", "PE");
  private static final UserDefinedFunction NAMES_OVERLAP = udf((String a, String b) -> overlap(a, b),
      DataTypes.BooleanType).withName("names_overlap");

  private final ScoreSettings settings;
  private final ScoreInputs in;
  private final Dataset<Row> workers;

  WorkerSignals(ScoreSettings settings, ScoreInputs in) {
    this.settings = settings;
    this.in = in;
    this.workers = in.workers().select("worker_id", "full_name", "name_norm", "home_address_key",
        "claimed_work_country", "home_country", "job_title", "department", "employment_type", "vendor_name",
        "national_id_valid", "national_id_invalid_reason");
  }

  Dataset<Row> all() {
    List<Dataset<Row>> parts = new ArrayList<>(List.of(sharedValues(), holderNotWorker(), payoutMethods(),
        payoutChanges(), laptopFarm(), ipKvm(), remoteTools(), networkSignals(), impossibleTravel(), asiaHours(),
        invalidNationalId(), sanctions()));
    Dataset<Row> out = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      out = out.unionByName(parts.get(i));
    }
    // One row per worker and signal: the evidences of a signal joined, points counted once.
    out = out.groupBy("worker_id", "signal").agg(max("points").as("points"),
        array_join(slice(sort_array(collect_set("evidence")), 1, 3), "; ").as("evidence"));
    return withLocale(out);
  }

  private Dataset<Row> signal(Dataset<Row> frame, Signal s, Column evidence) {
    return frame.select(col("worker_id"), lit(s.id()).as("signal"), lit(settings.points(s)).as("points"),
        evidence.as("evidence"));
  }

  /** Values held with workers who live elsewhere: payouts, identity fragments, IPs. */
  private Dataset<Row> sharedValues() {
    Dataset<Row> kept = in.links().filter(col("ignored_reason").isNull().and(col("holders").geq(2)))
        .select("worker_id", "kind", "value_id", "value_masked", "holders");
    Dataset<Row> homes = workers.select(col("worker_id").as("_w"), col("home_address_key").as("_home"));
    Dataset<Row> withHome = kept.join(homes, col("worker_id").equalTo(col("_w")), "left").drop("_w");
    Dataset<Row> other = withHome.select(col("worker_id").as("o_worker"), col("value_id").as("o_value"),
        col("_home").as("o_home"));
    Dataset<Row> pairs = withHome.join(other, col("value_id").equalTo(col("o_value"))
            .and(col("worker_id").notEqual(col("o_worker"))))
        .filter(col("_home").isNull().or(col("o_home").isNull()).or(col("_home").notEqual(col("o_home"))))
        .groupBy("worker_id", "kind", "value_id", "value_masked", "holders")
        .agg(slice(sort_array(collect_set("o_worker")), 1, 5).as("others"), countDistinct("o_worker").as("n_others"));
    Column evidence = concat(col("kind"), lit(" "), col("value_masked"), lit(" also held by "),
        col("n_others").cast("string"), lit(" worker(s) living elsewhere: "), array_join(col("others"), ", "));
    return signal(pairs.filter(col("kind").isin(PAYOUT_KINDS.toArray())), SignalCatalogue.SHARED_PAYOUT_ACCOUNT, evidence)
        .unionByName(signal(pairs.filter(col("kind").isin(IDENTITY_KINDS.toArray())), SignalCatalogue.SHARED_IDENTITY, evidence))
        .unionByName(signal(pairs.filter(col("kind").equalTo("ip")), SignalCatalogue.SHARED_IP, evidence));
  }

  private Dataset<Row> holderNotWorker() {
    Dataset<Row> p = in.payments().filter(col("holder_name_norm").isNotNull())
        .join(workers, "worker_id")
        .filter(NAMES_OVERLAP.apply(col("holder_name_norm"), col("name_norm")).equalTo(false))
        .filter(col("employment_type").notEqual("contractor")
            .or(io.ringwatch.link.LinkStage.sameOrg(col("account_holder_name"), col("vendor_name")).equalTo(false)))
        .groupBy("worker_id", "account_holder_name").agg(count(lit(1)).as("n"), min("payment_id").as("first_id"));
    return signal(p, SignalCatalogue.PAYOUT_HOLDER_NOT_WORKER, concat(col("n").cast("string"),
        lit(" payment(s) (first "), col("first_id"), lit(") into an account held by '"), col("account_holder_name"), lit("'")));
  }

  private Dataset<Row> payoutMethods() {
    Dataset<Row> p = in.payments().groupBy("worker_id").agg(
        sum(when(col("payment_method").equalTo("crypto").or(col("wallet_norm").isNotNull()), 1).otherwise(0)).as("crypto"),
        sum(when(col("payment_method").isin("payoneer", "wise", "paypal"), 1).otherwise(0)).as("platform"),
        count(lit(1)).as("n"));
    return signal(p.filter(col("crypto").gt(0)), SignalCatalogue.CRYPTO_PAYOUT,
            concat(col("crypto").cast("string"), lit(" of "), col("n").cast("string"), lit(" payments to a crypto wallet")))
        .unionByName(signal(p.filter(col("platform").gt(0)), SignalCatalogue.PLATFORM_PAYOUT,
            concat(col("platform").cast("string"), lit(" of "), col("n").cast("string"),
                lit(" payments through Payoneer, Wise or PayPal"))));
  }

  private Dataset<Row> payoutChanges() {
    Column account = coalesce(col("bank_account_key"), col("iban_norm"), col("payee_platform_norm"), col("wallet_norm"));
    Dataset<Row> p = in.payments().filter(account.isNotNull()).groupBy("worker_id")
        .agg(countDistinct(account).as("accounts")).filter(col("accounts").geq(3));
    return signal(p, SignalCatalogue.PAYOUT_ACCOUNT_CHANGES,
        concat(lit("paid into "), col("accounts").cast("string"), lit(" different accounts")));
  }

  private Dataset<Row> laptopFarm() {
    Dataset<Row> d = in.devices().filter(col("ship_address_key").isNotNull().and(col("assigned_worker_id").isNotNull()))
        .join(workers.select(col("worker_id"), col("home_address_key")), col("assigned_worker_id").equalTo(col("worker_id")))
        .filter(col("home_address_key").isNull().or(col("home_address_key").notEqual(col("ship_address_key"))));
    // Addresses left out of the graph (offices, above the cap) are no laptop farm.
    Dataset<Row> kept = in.links().filter(col("kind").equalTo("ship_address").and(col("ignored_reason").isNull()))
        .select(col("value_hash").as("_h")).distinct();
    Dataset<Row> away = d.withColumn("_h", Hashing.valueHash(in.salt(), lit("ship_address"), col("ship_address_key")));
    Dataset<Row> homes = workers.filter(col("home_address_key").isNotNull()).select(col("home_address_key").as("_home_of_someone")).distinct();
    Dataset<Row> farm = away.join(kept, "_h")
        .withColumn("nonresidents", countDistinct_over("worker_id", "ship_address_key"))
        .join(homes, col("ship_address_key").equalTo(col("_home_of_someone")), "left")
        .filter(col("nonresidents").geq(2));
    Column address = concat_ws(", ", col("ship_to_line1"), col("ship_to_city"), col("ship_to_region"));
    Dataset<Row> farmSignals = signal(farm, SignalCatalogue.LAPTOP_FARM, concat(lit("laptop "), col("device_id"),
        lit(" shipped to "), address, lit(", where laptops of "), col("nonresidents").cast("string"),
        lit(" workers who do not live there were shipped"),
        when(col("_home_of_someone").isNull(), lit(" (no worker's home)")).otherwise(lit(""))));
    Dataset<Row> alone = away.join(kept, "_h", "left_anti").filter(col("ship_address_key").isNotNull())
        .join(in.links().filter(col("kind").equalTo("ship_address").and(col("ignored_reason").isNotNull()))
            .select(col("value_hash").as("_h")).distinct(), "_h", "left_anti");
    return farmSignals.unionByName(signal(alone, SignalCatalogue.SHIPPED_AWAY_FROM_HOME,
        concat(lit("laptop "), col("device_id"), lit(" shipped to "), address, lit(", not the worker's home"))));
  }

  private static Column countDistinct_over(String what, String by) {
    return size(collect_set(col(what)).over(Window.partitionBy(by)));
  }

  private Dataset<Row> endpointWithWorker() {
    Dataset<Row> holders = in.devices().select(col("device_id").as("_d"), col("assigned_worker_id"));
    return in.endpointEvents().join(holders, col("device_id").equalTo(col("_d")), "left")
        .withColumn("worker_id", coalesce(col("worker_id"), col("assigned_worker_id")))
        .filter(col("worker_id").isNotNull());
  }

  private Dataset<Row> ipKvm() {
    Dataset<Row> e = endpointWithWorker().filter(col("ip_kvm_device").isNotNull())
        .groupBy("worker_id", "device_id", "ip_kvm_device", "usb_id")
        .agg(min("event_time").as("first"), count(lit(1)).as("n"), min("event_id").as("event"));
    return signal(e, SignalCatalogue.IP_KVM, concat(lit("USB device "), col("ip_kvm_device"), lit(" ("),
        coalesce(col("usb_id"), lit("?")), lit(") attached to laptop "), col("device_id"), lit(" on "),
        date_format(col("first"), "yyyy-MM-dd"), lit(" (event "), col("event"), lit(", "), col("n").cast("string"),
        lit(" time(s))")));
  }

  private Dataset<Row> remoteTools() {
    Dataset<Row> e = endpointWithWorker().filter(col("remote_tool").isNotNull())
        .join(workers.select(col("worker_id").as("_w"), col("job_title"), col("department")),
            col("worker_id").equalTo(col("_w")))
        .filter(coalesce(col("job_title"), lit("")).rlike(settings.itRolePattern()).unary_$bang()
            .and(coalesce(col("department"), lit("")).rlike(settings.itRolePattern()).unary_$bang()))
        .groupBy("worker_id", "remote_tool", "device_id", "job_title")
        .agg(count(lit(1)).as("n"), min("event_id").as("event"));
    return signal(e, SignalCatalogue.REMOTE_TOOL, concat(col("remote_tool"), lit(" ran on laptop "), col("device_id"),
        lit(" "), col("n").cast("string"), lit(" time(s) (event "), col("event"), lit(") for a "),
        coalesce(col("job_title"), lit("worker with no job title"))));
  }

  private Dataset<Row> networkSignals() {
    Dataset<Row> a = in.authEvents().join(workers.select(col("worker_id").as("_w"),
        coalesce(col("claimed_work_country"), col("home_country")).as("claimed")), col("worker_id").equalTo(col("_w")));
    Dataset<Row> vpn = a.filter(col("vpn_provider").isNotNull()).groupBy("worker_id", "vpn_provider")
        .agg(count(lit(1)).as("n"), min("event_id").as("event"));
    Dataset<Row> hosting = a.filter(col("ip_hosting_provider").isNotNull().and(col("vpn_provider").isNull()))
        .groupBy("worker_id", "ip_hosting_provider").agg(count(lit(1)).as("n"), min("event_id").as("event"));
    Dataset<Row> risky = a.filter(col("ip_country").isin("CN", "RU")
            .and(coalesce(col("claimed"), lit("")).notEqual(col("ip_country"))))
        .groupBy("worker_id", "ip_country", "claimed").agg(count(lit(1)).as("n"), min("event_id").as("event"),
            // the network of the first such sign-in: the same evidence on every re-run
            min_by(col("ip_org"), col("event_id")).as("org"));
    Dataset<Row> dprk = a.filter(col("ip_dprk_range").isNotNull())
        .groupBy("worker_id", "ip_dprk_range", "ip_dprk_confidence").agg(count(lit(1)).as("n"), min("event_id").as("event"));
    return signal(vpn, SignalCatalogue.VPN_PROVIDER, concat(col("n").cast("string"), lit(" sign-in(s) through "),
            col("vpn_provider"), lit(" (first event "), col("event"), lit(")")))
        .unionByName(signal(hosting, SignalCatalogue.HOSTING_NETWORK, concat(col("n").cast("string"),
            lit(" sign-in(s) from "), col("ip_hosting_provider"), lit(" (first event "), col("event"), lit(")"))))
        .unionByName(signal(risky, SignalCatalogue.HIGH_RISK_COUNTRY, concat(col("n").cast("string"),
            lit(" sign-in(s) from "), col("ip_country"), lit(" ("), coalesce(col("org"), lit("unknown network")),
            lit(") while claiming "), coalesce(col("claimed"), lit("no country")), lit("; first event "), col("event"))))
        .unionByName(signal(dprk, SignalCatalogue.DPRK_ADDRESS_SPACE, concat(col("n").cast("string"),
            lit(" sign-in(s) from "), col("ip_dprk_range"), lit(" ("), col("ip_dprk_confidence"),
            lit(" confidence); first event "), col("event"))));
  }

  private Dataset<Row> impossibleTravel() {
    var w = Window.partitionBy("worker_id").orderBy("event_time", "event_id");
    Dataset<Row> a = in.authEvents().filter(col("ip_country").isNotNull()
            .and(coalesce(col("result"), lit("success")).equalTo("success")))
        .select("worker_id", "event_id", "event_time", "ip_country")
        .withColumn("prev_country", lag("ip_country", 1).over(w))
        .withColumn("prev_time", lag("event_time", 1).over(w))
        .withColumn("prev_event", lag("event_id", 1).over(w))
        .filter(col("prev_country").isNotNull().and(col("prev_country").notEqual(col("ip_country")))
            .and(unix_timestamp(col("event_time")).minus(unix_timestamp(col("prev_time")))
                .lt(settings.impossibleTravelHours() * 3600)));
    // The example is the earliest switch, so a re-run shows the same one.
    Dataset<Row> agg = a.groupBy("worker_id").agg(count(lit(1)).as("n"),
        min(struct(col("event_time"), col("event_id"), col("prev_country"), col("ip_country"), col("prev_event")))
            .as("ex"))
        .select(col("worker_id"), col("n"), col("ex.prev_country").as("c1"), col("ex.ip_country").as("c2"),
            col("ex.prev_event").as("e1"), col("ex.event_id").as("e2"));
    return signal(agg, SignalCatalogue.IMPOSSIBLE_TRAVEL, concat(col("n").cast("string"),
        lit(" country switch(es) within " + settings.impossibleTravelHours() + " h, e.g. "), col("c1"), lit(" ("),
        col("e1"), lit(") then "), col("c2"), lit(" ("), col("e2"), lit(")")));
  }

  private Dataset<Row> asiaHours() {
    Dataset<Row> a = in.authEvents().join(workers.select(col("worker_id").as("_w"),
            coalesce(col("claimed_work_country"), col("home_country")).as("claimed")), col("worker_id").equalTo(col("_w")))
        .filter(col("claimed").isin(AMERICAS.toArray()))
        .groupBy("worker_id", "claimed").agg(count(lit(1)).as("n"),
            avg(when(hour(col("event_time")).lt(9), 1.0).otherwise(0.0)).as("share"))
        .filter(col("n").geq(settings.asiaHoursMinEvents()).and(col("share").geq(settings.asiaHoursShare())));
    return signal(a, SignalCatalogue.ASIA_HOURS, concat(org.apache.spark.sql.functions.format_number(col("share").multiply(100), 0),
        lit("% of "), col("n").cast("string"), lit(" sign-ins between 00:00 and 09:00 UTC (daytime in UTC+9) while claiming "),
        col("claimed")));
  }

  private Dataset<Row> invalidNationalId() {
    Dataset<Row> w = workers.filter(col("national_id_valid").equalTo(false)
        .and(coalesce(col("national_id_invalid_reason"), lit("")).notEqual("placeholder")));
    return signal(w, SignalCatalogue.INVALID_NATIONAL_ID, concat(lit("national id cannot be valid: "),
        coalesce(col("national_id_invalid_reason"), lit("invalid"))));
  }

  private Dataset<Row> sanctions() {
    Dataset<Row> h = in.sanctionsHits();
    // screen decides what counts on its own (exact identifier, listed entity as vendor or payee,
    // name with date of birth agreeing to the day or month, high-confidence DPRK sign-in); a name
    // alone, however close, never does
    Column strong = col("critical").equalTo(true);
    Column evidence = concat(col("list"), lit(" "), col("entry_name"), lit(" ("), col("entry_uid"), lit("), matched on "),
        col("matched_on"), lit(" "), org.apache.spark.sql.functions.format_number(col("score"), 2), lit(": "), col("evidence"));
    return signal(h.filter(strong), SignalCatalogue.SANCTIONS_IDENTIFIER, evidence)
        .unionByName(signal(h.filter(strong.unary_$bang()), SignalCatalogue.SANCTIONS_NAME, evidence));
  }

  /** The locale signal, counted only for workers who have other signals (never alone). */
  private Dataset<Row> withLocale(Dataset<Row> others) {
    Dataset<Row> e = endpointWithWorker().filter(lower(coalesce(col("keyboard_layouts"), lit(""))).contains("ko")
            .or(col("os_timezone").isin("Asia/Pyongyang", "Asia/Shanghai")))
        .groupBy("worker_id").agg(min("keyboard_layouts").as("layouts"), min("os_timezone").as("tz"),
            min("device_id").as("device"));
    Dataset<Row> corroborated = others.filter(col("points").geq(10)).select(col("worker_id").as("_w")).distinct();
    Dataset<Row> locale = e.join(corroborated, col("worker_id").equalTo(col("_w"))).drop("_w");
    return others.unionByName(signal(locale, SignalCatalogue.KOREAN_OR_CHINA_LOCALE, concat(lit("laptop "),
        col("device"), lit(" has keyboard layouts '"), coalesce(col("layouts"), lit("")), lit("' and time zone "),
        coalesce(col("tz"), lit("unknown")))));
  }

  /** True when two normalised names share a token of two or more letters (or either is missing). */
  static Boolean overlap(String a, String b) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> ta = new HashSet<>(Arrays.asList(a.split(" ")));
    for (String t : b.split(" ")) {
      if (t.length() >= 2 && ta.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
