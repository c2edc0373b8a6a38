package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.upper;

import io.ringwatch.privacy.Hashing;
import io.ringwatch.privacy.Masking;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * What every signal reads: the stage's inputs, the settings signals share, a few shared views of
 * the inputs, and the helpers that signals computed together share ({@link #memo}).
 */
public final class SignalContext {

  private final CommonSignalSettings common;
  private final SignalInputs in;
  private final Dataset<Row> workers;
  private final Map<Object, Object> memos = new HashMap<>();
  private Dataset<Row> sharedPairs;
  private Dataset<Row> located;
  private Dataset<Row> others;
  private Dataset<Row> leftOut;
  private Dataset<Row> infraIps;
  private Dataset<Row> practice;

  public SignalContext(CommonSignalSettings common, SignalInputs in) {
    this.common = common;
    this.in = in;
    this.workers = in.workers().withColumn("home_address_key", knownHome(in.workers())).select("worker_id",
        "full_name", "name_norm", "home_address_key", "home_region", "home_country", "claimed_work_country", "job_title",
        "department", "employment_type",
        "vendor_name", "national_id_norm", "national_id_valid", "national_id_invalid_reason",
        "national_id_invalid_category", "date_of_birth");
  }

  /**
   * The worker's home address key, null when the home is a placeholder or a company office
   * ({@code home_address_junk_reason}): workers whose HR record says "Remote" or "N/A" do not
   * live together, so a value they share is not a household's.
   */
  public static Column knownHome(Dataset<Row> workers) {
    return Arrays.asList(workers.columns()).contains("home_address_junk_reason")
        ? when(col("home_address_junk_reason").isNull(), col("home_address_key"))
        : col("home_address_key");
  }

  /** The settings several signals share. */
  public CommonSignalSettings common() {
    return common;
  }

  public SignalInputs in() {
    return in;
  }

  /** The worker columns signals read. */
  public Dataset<Row> workers() {
    return workers;
  }

  /**
   * What {@code compute} returns, computed once per night for every signal asking with the same
   * {@code key}: signals computed together (the shipment of a laptop is one of three signals)
   * share one plan, as they did when one class computed them all.
   */
  @SuppressWarnings("unchecked")
  public synchronized <T> T memo(Object key, Supplier<T> compute) {
    Object v = memos.get(key);
    if (v == null) {
      v = compute.get();
      memos.put(key, v);
    }
    return (T) v;
  }

  /**
   * The rows of the signals computed before this one, one per worker and signal
   * ({@code worker_id, signal, points, evidence}): only for a rule that
   * {@link SignalRule#readsOtherSignals reads other signals}.
   */
  public synchronized Dataset<Row> otherSignals() {
    if (others == null) {
      throw new IllegalStateException("the other signals are read only by a rule that readsOtherSignals()");
    }
    return others;
  }

  /** Set by the score stage once the signals that do not read others are computed. */
  public synchronized void otherSignals(Dataset<Row> rows) {
    this.others = rows;
  }

  /** The type of a signal row's {@code records}: the input rows behind it (signal_evidence). */
  public static final DataType RECORDS = DataType.fromDDL("ARRAY<STRUCT<dataset: STRING, record_id: STRING>>");

  /**
   * A signal's rows ({@link SignalRule#rows}): {@code worker_id}, the evidence, and every input
   * row behind it ({@code records}, of type {@link #RECORDS}: {@link #records}, {@link #record}),
   * which the night publishes as signal_evidence. The evidence text names a few; records name all.
   */
  public static Dataset<Row> found(Dataset<Row> frame, Column evidence, Column records) {
    return frame.select(col("worker_id"), evidence.as("evidence"), records.cast(RECORDS).as("records"));
  }

  /** The rows of {@code dataset} whose keys are in the array {@code ids} (nulls left out). */
  public static Column records(String dataset, Column ids) {
    return transform(filter(ids, id -> id.isNotNull()),
        id -> struct(lit(dataset).as("dataset"), id.cast("string").as("record_id")));
  }

  /** The one row of {@code dataset} keyed {@code id} (none when it is null). */
  public static Column record(String dataset, Column id) {
    return record(lit(dataset), id);
  }

  /** The one row of the dataset named in a column, keyed {@code id} (none when either is null). */
  public static Column record(Column dataset, Column id) {
    return filter(array(struct(dataset.cast("string").as("dataset"), id.cast("string").as("record_id"))),
        r -> r.getField("dataset").isNotNull().and(r.getField("record_id").isNotNull()));
  }

  /** An aggregate: every event id of the event summary rows grouped ({@code event_ids}). */
  public static Column allEventIds() {
    return flatten(collect_list(col("event_ids")));
  }

  /** The masked form of a value of an identity-link kind ({@link Masking#forKind}). */
  public static Column mask(String kind, Column value) {
    return Masking.forKind(lit(kind), value);
  }

  /** The country a worker claims to work from: claimed_work_country, else home_country (upper case). */
  public static Column claimedCountry() {
    return upper(coalesce(col("claimed_work_country"), col("home_country")));
  }

  /**
   * Endpoint event summaries ({@code endpoint_day_device}) with the worker they belong to (the
   * event's, else the device holder's): the holder is per device, so summarising first and
   * attributing after gives the same rows.
   */
  public Dataset<Row> endpointWithWorker() {
    // Devices and workers are a row or two per worker: sent to every task, so the summaries are
    // not shuffled for the join.
    Dataset<Row> holders = broadcast(in.devices().select(col("device_id").as("_d"), col("assigned_worker_id")));
    return in.endpointDays().join(holders, col("device_id").equalTo(col("_d")), "left")
        .withColumn("worker_id", coalesce(col("worker_id"), col("assigned_worker_id")))
        .drop("_d", "assigned_worker_id")
        .filter(col("worker_id").isNotNull());
  }

  /**
   * Summaries of successful sign-ins ({@code signin_day_network}: a row per worker, day and
   * network, with its count {@code n} and {@code event_ids}) with the worker's claimed country
   * ({@code claimed}). Failed sign-ins are left out: password-spraying from anywhere in the world
   * fails on every account and says nothing about where the worker is.
   */
  public Dataset<Row> successfulSignIns() {
    return claimed(in.signIns().filter(col("success")));
  }

  /** {@code frame} of the workers' own rows with their claimed country ({@code claimed}). */
  private Dataset<Row> claimed(Dataset<Row> frame) {
    return frame.join(broadcast(workers.select(col("worker_id").as("_w"), claimedCountry().as("claimed"))),
            col("worker_id").equalTo(col("_w")))
        .drop("_w");
  }

  /**
   * Successful sign-in summaries with {@code location_excluded}: why the address says nothing
   * about where the worker is, or null when it does. Company infrastructure locates the
   * company's egress, not the worker (a contractor in India signing in half the time through a
   * US VPN is not in the US half the time): a network the company declares or an enterprise
   * secure-access service ({@code ip_shared_egress}, enrich), an address the link stage found
   * shared by many workers (its "shared infrastructure"), and a hosting network through which a
   * large share of the company signs in ({@code company-network-share}: cloud desktops, a proxy
   * in a cloud). Location signals read only the rows where it is null.
   */
  public synchronized Dataset<Row> locatedSignIns() {
    if (located == null) {
      located = located(successfulSignIns());
    }
    return located;
  }

  /**
   * The worker's visits ({@code signin_visits}: runs of consecutive successful sign-ins from one
   * address and VPN client) with {@code claimed} and {@code location_excluded}, as
   * {@link #locatedSignIns}: the reason depends on the address and client only.
   */
  public Dataset<Row> locatedVisits() {
    return located(claimed(in.signInVisits()));
  }

  private Dataset<Row> located(Dataset<Row> rows) {
    return rows.join(broadcast(infrastructure()), col("ip_norm").equalTo(col("_ip")), "left")
        .join(broadcast(companyNetworks()), col("ip_hosting_provider").equalTo(col("_prov"))
            .and(col("vpn_provider").isNull()), "left")
        .withColumn("location_excluded", coalesce(col("ip_shared_egress"), col("_infra"), col("_practice")))
        .drop("_ip", "_infra", "_prov", "_practice");
  }

  /**
   * The addresses the link stage called shared infrastructure ({@code _ip, _infra}), by the
   * hashed value it published: the night's distinct addresses (far fewer than sign-ins) hashed.
   * Both verdicts are small tables computed once: every location signal joins them, and carrying
   * their plans (links, hashing, aggregates) into each signal made the score stage's plan so
   * large that a 1 GiB driver spent its time tracking its metrics.
   */
  private synchronized Dataset<Row> infrastructure() {
    if (infraIps == null) {
      Dataset<Row> infraHashes = in.links().filter(col("kind").equalTo("ip")
              .and(col("ignored_reason").startsWith("shared infrastructure")))
          .select(col("value_hash").as("_h"), col("ignored_reason").as("_infra")).dropDuplicates("_h");
      infraIps = successfulSignIns().select(col("ip_norm").as("_ip")).filter(col("_ip").isNotNull()).distinct()
          .join(broadcast(infraHashes), Hashing.valueHash(in.key(), lit("ip"), col("_ip")).equalTo(col("_h")))
          .select("_ip", "_infra").checkpoint(true);
    }
    return infraIps;
  }

  /** A hosting network most of whose users are this company's staff without a VPN client ({@code _prov, _practice}). */
  private synchronized Dataset<Row> companyNetworks() {
    if (practice == null) {
      Dataset<Row> a = successfulSignIns();
      CommonSignalSettings t = common;
      Dataset<Row> hosted = a.filter(col("ip_hosting_provider").isNotNull().and(col("vpn_provider").isNull()));
      practice = hosted.groupBy(col("ip_hosting_provider").as("_prov"))
          .agg(countDistinct("worker_id").as("_n"))
          .crossJoin(a.agg(countDistinct("worker_id").as("_signers")))
          .filter(col("_n").geq(t.companyNetworkMinWorkers())
              .and(col("_n").geq(col("_signers").multiply(t.companyNetworkShare()))))
          .select(col("_prov"), concat(lit("company network: "), col("_prov"), lit(" used by "),
              col("_n").cast("string"), lit(" workers ("), format_number(col("_n").multiply(100.0)
                  .divide(col("_signers")), 1), lit("% of those signing in)")).as("_practice"))
          .checkpoint(true);
    }
    return practice;
  }

  /**
   * {@code frame} (one row per worker_id) with {@code left_out}: "; 12 sign-in(s) through shared
   * infrastructure left out (company vpn 198.51.100.0/24)", or "" when none were.
   */
  public Dataset<Row> withLeftOut(Dataset<Row> frame) {
    return frame.join(leftOut(), col("worker_id").equalTo(col("_lw")), "left")
        .withColumn("left_out", coalesce(concat(lit("; "), col("_ln").cast("string"),
            lit(" sign-in(s) through shared infrastructure left out (e.g. "), col("_lwhy"), lit(")")), lit("")))
        .drop("_lw", "_ln", "_lwhy");
  }

  /** Per worker, the sign-ins left out of location signals and one reason: stored, as four signals read it. */
  private synchronized Dataset<Row> leftOut() {
    if (leftOut == null) {
      leftOut = locatedSignIns().filter(col("location_excluded").isNotNull())
          .groupBy(col("worker_id").as("_lw"))
          .agg(sum("n").as("_ln"), min("location_excluded").as("_lwhy"))
          .checkpoint(true);
    }
    return leftOut;
  }

  /**
   * Values of the identity graph (not ignored, held by two or more) that the worker shares with
   * workers who do not live at the same home: {@code worker_id, kind, value_id, value_masked, source,
   * record_ids, others (up to 5 ids), n_others, records} (every input row behind the worker's hold
   * of it, as {@link #RECORDS}). Co-residents sharing an account or a flat's IP are a household,
   * not a ring; the records of one person ({@link #personKey}) are one person.
   */
  public synchronized Dataset<Row> sharedWithNonResidents() {
    if (sharedPairs == null) {
      Dataset<Row> kept = in.links().filter(col("ignored_reason").isNull().and(col("holders").geq(2)))
          .select("worker_id", "kind", "value_id", "value_masked", "source", "record_ids");
      Dataset<Row> homes = workers.select(col("worker_id").as("_w"), col("home_address_key").as("_home"),
          personKey().as("_person"));
      Dataset<Row> withHome = kept.join(homes, col("worker_id").equalTo(col("_w")), "left").drop("_w");
      Dataset<Row> other = withHome.select(col("worker_id").as("o_worker"), col("value_id").as("o_value"),
          col("_home").as("o_home"), col("_person").as("o_person"));
      sharedPairs = withHome.join(other, col("value_id").equalTo(col("o_value"))
              .and(col("worker_id").notEqual(col("o_worker"))))
          .filter(col("_home").isNull().or(col("o_home").isNull()).or(col("_home").notEqual(col("o_home"))))
          .filter(col("_person").isNull().or(col("o_person").isNull()).or(col("_person").notEqual(col("o_person"))))
          .groupBy("worker_id", "kind", "value_id", "value_masked", "source", "record_ids")
          .agg(slice(sort_array(collect_set("o_worker")), 1, 5).as("others"), countDistinct("o_worker").as("n_others"));
      // Every input row behind the worker's hold of each such value (link_evidence holds the rows
      // of the links that count, a superset of these), in the same query: one stored result.
      Dataset<Row> rows = in.linkEvidence().groupBy("worker_id", "value_id")
          .agg(collect_list(struct(col("dataset"), col("record_id"))).as("records"));
      // Stored once: the shared-account, identity and IP signals each read it.
      sharedPairs = sharedPairs.join(rows, new String[] {"worker_id", "value_id"}, "left").checkpoint(true);
    }
    return sharedPairs;
  }

  /**
   * One person behind several HR records: the same normalised name and date of birth (a rehire,
   * an employee converted to a contractor, a transfer between the company's entities). Their
   * records share their SSN, phone and account as a matter of course; that is no ring. Null when
   * either is unknown or the birthday is a placeholder. Two people with one common name differ in
   * their dates of birth.
   */
  public static Column personKey() {
    // HR's placeholder birthdays (1900-01-01, 1970-01-01, 1 January of any year) say nothing.
    Column dob = col("date_of_birth");
    Column real = dob.isNotNull().and(dob.geq(lit("1910-01-01").cast("date")))
        .and(org.apache.spark.sql.functions.date_format(dob, "MM-dd").notEqual("01-01"));
    return when(col("name_norm").isNotNull().and(real),
        concat_ws("|", col("name_norm"), dob.cast("string")));
  }

  /** "bank_account ***4821 (payroll_payments P-1, P-2) also held by 2 worker(s) living elsewhere: W2, W3". */
  public static Column sharedEvidence() {
    return concat(col("kind"), lit(" "), col("value_masked"), lit(" ("), col("source"), lit(" "),
        array_join(slice(col("record_ids"), 1, 3), ", "), lit(") also held by "), col("n_others").cast("string"),
        lit(" worker(s) living elsewhere: "), array_join(col("others"), ", "));
  }
}
