package io.ringwatch.link;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.frames.FrameSchema;
import io.ringwatch.normalize.Names;
import io.ringwatch.normalize.NationalIds;
import io.ringwatch.privacy.Hashing;
import io.ringwatch.privacy.PseudonymKey;
import io.ringwatch.privacy.Masking;
import io.ringwatch.screen.ScreenStage;
import io.ringwatch.stage.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The link stage: one row per (worker, kind, value) of every identifying value the inputs hold,
 * with how many workers hold it, its weight in the graph, and why it is left out of the graph
 * when it is (placeholder, invalid, shared infrastructure, above the cap, an agency's account).
 *
 * <p>Placeholders are recognised two ways: by rule in the normalize stage, on the raw value in
 * any notation (the {@code *_junk_reason} columns and the national id's invalid category, see
 * frames.md §2), and by the lists of {@code ringwatch.link.placeholders} for what no rule catches.
 *
 * <p>The result (frames.md §5) keeps values held by two or more workers and every ignored value;
 * a value only one worker holds ties no one to anyone.
 */
public final class LinkStage implements Stage<LinkStage.Input, DecidedLinks> {
  /** The links handed on: every column, as graph and score read most and publish writes them all. */
  public static final FrameSchema LINKS = FrameSchema.of("identity_links", "worker_id STRING, kind STRING, "
      + "value_hash STRING, value_id BIGINT, value_masked STRING, source STRING, weight DOUBLE, ignored_reason STRING, "
      + "holders BIGINT, record_ids ARRAY<STRING>");
  /** The one dataset whose record behind a link is the worker's own row (record id = worker id). */
  static final String HR = "hr_workers";

  private static final UserDefinedFunction SAME_ORG = udf(
      (String a, String b) -> OrgNames.same(a, b), DataTypes.BooleanType).withName("same_org");
  private static final UserDefinedFunction NAMES_SHARE_A_WORD = udf(
      (String a, String b) -> Names.shareAWord(a, b), DataTypes.BooleanType).withName("names_share_a_word");

  private final LinkSettings settings;
  private final PseudonymKey key;

  /** @param key the run's pseudonym key: values are published by their keyed hash */
  public LinkStage(LinkSettings settings, PseudonymKey key) {
    this.settings = settings;
    this.key = key;
  }

  /** What link reads: the enriched frames and the screen stage's hits (for listed vendors). */
  public record Input(Enriched frames, Dataset<Row> sanctionsHits) {}

  /**
   * The links of the night's frames, contractors of listed vendors tied by the list entry, with
   * the rows their evidence is taken from once they are stored ({@link DecidedLinks#linked}).
   */
  @Override
  public DecidedLinks run(Input in) {
    Enriched f = in.frames().checked();
    ScreenStage.HITS.check(in.sanctionsHits());
    return decide(settings, key, f.workers(), f.payouts(), f.devices(), f.signIns(), f.endpointDays(),
        listedVendors(in.sanctionsHits()));
  }

  /** True when the two organisation names are the same (see {@link OrgNames#same}). */
  public static Column sameOrg(Column a, Column b) {
    return SAME_ORG.apply(a, b);
  }

  /** True when two normalised person names share a word (see {@link Names#shareAWord}). */
  public static Column namesOverlap(Column a, Column b) {
    return NAMES_SHARE_A_WORD.apply(a, b);
  }

  /** The links without screening results (no {@code listed_vendor} links): for the graph benchmark and tests. */
  public static Dataset<Row> build(LinkSettings settings, PseudonymKey key, Dataset<Row> workers,
      Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns, Dataset<Row> endpointDays) {
    return build(settings, key, workers, payments, devices, signIns, endpointDays, null);
  }

  /** The links ({@link #LINKS}) of {@link #decide}, without their evidence: for tests and the graph benchmark. */
  public static Dataset<Row> build(LinkSettings settings, PseudonymKey key, Dataset<Row> workers,
      Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns, Dataset<Row> endpointDays,
      Dataset<Row> listedVendors) {
    return decided(settings, key, workers, payments, devices, signIns, endpointDays, listedVendors)
        .drop(DecidedLinks.COUNTED_VALUE);
  }

  /**
   * The links and the rows of payments, devices and event summaries their evidence is taken from
   * ({@link DecidedLinks}).
   *
   * @param signIns the sign-in summaries ({@code signin_day_network}), failed sign-ins included
   * @param endpointDays the endpoint event summaries ({@code endpoint_day_device})
   * @param listedVendors contractors whose vendor screening found to be a listed entity:
   *     {@code worker_id, entry_uid, entry_name} ({@link #listedVendors}); null when not screened
   */
  public static DecidedLinks decide(LinkSettings settings, PseudonymKey key, Dataset<Row> workers,
      Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns, Dataset<Row> endpointDays,
      Dataset<Row> listedVendors) {
    Dataset<Row> records = union(recordLinks(workers, payments, devices, signIns, endpointDays, settings.deviceUse(),
        null, false)).select("worker_id", "kind", "value", "source", "record_ids");
    return new DecidedLinks(decided(settings, key, workers, payments, devices, signIns, endpointDays, listedVendors),
        records);
  }

  /** The links of {@link #LINKS} and {@link DecidedLinks#COUNTED_VALUE}. */
  private static Dataset<Row> decided(LinkSettings settings, PseudonymKey key, Dataset<Row> workers,
      Dataset<Row> payments, Dataset<Row> devices, Dataset<Row> signIns, Dataset<Row> endpointDays,
      Dataset<Row> listedVendors) {
    long workerCount = workers.count();
    Dataset<Row> raw = rawLinks(workers, payments, devices, signIns, endpointDays, settings.photoHash(),
        settings.deviceUse(), listedVendors);

    // A row's first ids are enough for the five shown: a row's ids are sorted, each once (a
    // dataset's key is unique), and the five smallest of a union are among each part's five
    // smallest. Every id behind a link that counts is gathered after, for those links only.
    Dataset<Row> perWorker = raw.groupBy("worker_id", "kind", "value").agg(
        concat_ws(",", sort_array(collect_set("source"))).as("source"),
        EventSummaries.smallestIds(slice(col("record_ids"), 1, EventSummaries.IDS)).as("record_ids"),
        sum("n").as("events"),
        max("pre_ignored").as("pre_ignored"),
        max("junk").as("junk"));
    perWorker = perWorker.filter(col("kind").notEqual("ip").or(col("events").geq(settings.ipMinEvents())));
    // A value that is junk as one holder's record has it is junk for every holder: the same number
    // typed as 555-555-5555 for a worker in Mexico and as +52 55 5555 5555 for another.
    perWorker = perWorker
        .withColumn("holders", count(lit(1)).over(Window.partitionBy("kind", "value")))
        .withColumn("junk", max("junk").over(Window.partitionBy("kind", "value")));

    long infraMin = Math.max(settings.infrastructureMinWorkers(),
        (long) Math.ceil(settings.infrastructureShare() * workerCount));
    Column kind = col("kind");
    Column holders = col("holders");
    Column placeholder = lit(null).cast(DataTypes.StringType);
    Column cap = lit(Integer.MAX_VALUE);
    Column weight = lit(0.0);
    for (String k : LinkSettings.KINDS) {
      List<String> ph = settings.placeholders().getOrDefault(k, List.of());
      if (!ph.isEmpty()) {
        placeholder = when(kind.equalTo(k).and(col("value").isin(ph.toArray())), lit("placeholder value"))
            .otherwise(placeholder);
      }
      cap = when(kind.equalTo(k), lit(settings.caps().get(k))).otherwise(cap);
      weight = when(kind.equalTo(k), lit(settings.kindWeights().get(k))).otherwise(weight);
    }
    Column infrastructure = when(kind.isin(settings.infrastructureKinds().toArray()).and(holders.geq(infraMin)),
        concat(lit("shared infrastructure: used by "), holders.cast("string"), lit(" workers ("),
            format_number(holders.multiply(100.0).divide(workerCount), 1), lit("% of all)")));
    Column overCap = when(holders.gt(cap), concat(lit("shared by "), holders.cast("string"),
        lit(" workers, above the cap of "), cap.cast("string"), lit(" for "), kind));
    Column ignored = coalesce(col("junk"), col("pre_ignored"), placeholder, infrastructure, overCap);

    // One projection for the published columns: every Dataset operation analyses the whole plan
    // again (the union of every kind below it), so fewer operations plan faster.
    Column valueHash = Hashing.valueHash(key, kind, col("value"));
    Column counts = col("ignored_reason").isNull().and(holders.geq(2));
    return perWorker
        .withColumn("ignored_reason", ignored)
        .filter(holders.geq(2).or(col("ignored_reason").isNotNull()))
        .select(col("worker_id"), kind, valueHash.as("value_hash"), Hashing.valueId(valueHash).as("value_id"),
            Masking.forKind(kind, col("value")).as("value_masked"), col("source"),
            when(counts, weight.divide(holders.minus(1))).otherwise(lit(0.0)).as("weight"),
            col("ignored_reason"), holders, col("record_ids"),
            // The key link_evidence finds a counting link's rows by; none for an ignored value,
            // whose rows (an office's egress: everybody's sign-ins) tie no one.
            when(counts, col("value")).as(DecidedLinks.COUNTED_VALUE));
  }

  /**
   * The contractors whose vendor is a listed entity, from the screen stage's hits: {@code worker_id,
   * entry_uid, entry_name}. The list entry, not the spelling, is the value: contractors supplied
   * through one front company written several ways are one group.
   */
  public static Dataset<Row> listedVendors(Dataset<Row> sanctionsHits) {
    return sanctionsHits.filter(col("field").equalTo("vendor_name").and(col("critical").equalTo(true)))
        .select("worker_id", "entry_uid", "entry_name").dropDuplicates("worker_id", "entry_uid");
  }

  /**
   * Every (worker, kind, value, source, record ids, n) the inputs hold, before any counting (an
   * input row is one record; a summary row of events is {@code n} events, {@code record_ids}
   * all its ids, sorted);
   * near-identical photo hashes already replaced by their group's representative. Two reasons
   * to leave a value out: {@code junk} (the value is no one's real value: a placeholder, a
   * fictional or invalid phone, an office address; from the normalize stage) and
   * {@code pre_ignored} (this worker's holding of it ties no one: an agency's account).
   */
  static Dataset<Row> rawLinks(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
      Dataset<Row> signIns, Dataset<Row> endpointDays, PhotoHashGroups.BandPlan photoPlan,
      LinkSettings.DeviceUse deviceUse, Dataset<Row> listedVendors) {
    List<Dataset<Row>> parts = hrLinks(workers, photoPlan, listedVendors);
    parts.addAll(recordLinks(workers, payments, devices, signIns, endpointDays, deviceUse, listedVendors, true));
    Dataset<Row> all = union(parts);
    // A commercial VPN's exit (an address a sign-in came through with the provider's client) is
    // shared by the service's customers, as a company's egress is by its staff: using one ties
    // no one (the vpn_provider signal says the worker uses the service). A VPS a ring rents for
    // itself is no such service and still ties its users.
    if (java.util.Arrays.asList(signIns.columns()).contains("vpn_provider")) {
      Dataset<Row> exits = signIns.filter(col("vpn_provider").isNotNull().and(col("ip_norm").isNotNull()))
          .groupBy(col("ip_norm").as("_exit")).agg(min("vpn_provider").as("_provider"));
      all = all.join(broadcast(exits), col("kind").equalTo("ip").and(col("value").equalTo(col("_exit"))), "left")
          .withColumn("pre_ignored", coalesce(col("pre_ignored"), when(col("_provider").isNotNull(),
              concat(lit("VPN service exit ("), col("_provider"), lit("): shared by the service's customers")))))
          .drop("_exit", "_provider");
    }
    return all;
  }

  /**
   * The links whose one record is the worker's own HR row ({@link #HR}, the worker id): so the
   * evidence of those that count is read off the links themselves, and these parts (the photo
   * grouping above all) are computed once.
   */
  static List<Dataset<Row>> hrLinks(Dataset<Row> workers, PhotoHashGroups.BandPlan photoPlan,
      Dataset<Row> listedVendors) {
    List<Dataset<Row>> parts = new ArrayList<>();
    Column none = lit(null).cast(DataTypes.StringType);
    for (Map.Entry<String, String> e : Map.of("phone", "phone_e164", "email", "personal_email_norm",
        "address", "home_address_key", "resume", "resume_norm", "github", "github_norm").entrySet()) {
      String junk = Map.of("phone", "phone_junk_reason", "email", "personal_email_junk_reason",
          "address", "home_address_junk_reason").get(e.getKey());
      parts.add(link(workers, "worker_id", e.getKey(), col(e.getValue()), HR, col("worker_id"), none,
          junk == null ? none : optional(workers, junk)));
    }
    // Photos are grouped on their own (a few per worker), not on the union of every kind: the
    // grouping's joins and rounds of components would each plan that whole union again.
    parts.add(PhotoHashGroups.regroup(link(workers, "worker_id", "photo", col("photo_phash_norm"), HR,
        col("worker_id"), none), photoPlan));
    // Only an SSN the SSA never issues is called invalid; a placeholder, or a foreign id failing
    // its country's format or check digit (a typing slip, no forgery), is named for what it is.
    Column idCategory = optional(workers, "national_id_invalid_category");
    Column idReason = coalesce(col("national_id_invalid_reason"), lit("invalid"));
    parts.add(link(workers, "worker_id", "national_id", col("national_id_norm"), HR, col("worker_id"), none,
        when(col("national_id_valid").equalTo(false),
            when(idCategory.equalTo(NationalIds.PLACEHOLDER), concat(lit("placeholder value: "), idReason))
                .when(idCategory.equalTo(NationalIds.UNVERIFIABLE), concat(lit("unverifiable national id: "), idReason))
                .otherwise(concat(lit("invalid national id ("), idReason, lit(")"))))));
    if (listedVendors != null) {
      parts.add(link(listedVendors, "worker_id", "listed_vendor",
          concat(lit("listed entity "), col("entry_uid"), lit(" "), col("entry_name")), HR,
          col("worker_id"), none));
    }
    return parts;
  }

  /**
   * The links whose records are rows of payments, devices and event summaries. Judged, with why a
   * holding ties no one (an agency's account, a device use IT practice explains, the company's
   * egress); unjudged ({@code pre_ignored} null, {@code listedVendors} unread), the same rows for
   * the evidence of links already decided.
   */
  static List<Dataset<Row>> recordLinks(Dataset<Row> workers, Dataset<Row> payments, Dataset<Row> devices,
      Dataset<Row> signIns, Dataset<Row> endpointDays, LinkSettings.DeviceUse deviceUse, Dataset<Row> listedVendors,
      boolean judged) {
    List<Dataset<Row>> parts = new ArrayList<>();
    Column none = lit(null).cast(DataTypes.StringType);
    // Payouts: a contractor paid into the account of their own agency, under the agency's name,
    // is how staffing agencies are paid; such an account ties no one. Unless the agency is a
    // listed entity: then its account is how the front company collects the ring's pay.
    Dataset<Row> pay = payments.join(broadcast(workers.select(col("worker_id").as("_w"), col("employment_type"),
        col("vendor_name"), col("name_norm").as("_worker_name"))), col("worker_id").equalTo(col("_w")), "left");
    Column listed = lit(false);
    if (judged && listedVendors != null) {
      pay = pay.join(broadcast(listedVendors.select(col("worker_id").as("_lv")).distinct()),
          col("worker_id").equalTo(col("_lv")), "left");
      listed = col("_lv").isNotNull();
    }
    Column agency = !judged ? none : when(col("employment_type").equalTo("contractor").and(listed.unary_$bang())
        .and(SAME_ORG.apply(col("account_holder_name"), col("vendor_name"))),
        concat(lit("agency account: paid under the name of the worker's vendor")));
    parts.add(link(pay, "worker_id", "bank_account", col("bank_account_key"), "payroll_payments", col("payment_id"), agency));
    parts.add(link(pay, "worker_id", "bank_account", concat(lit("iban:"), col("iban_norm")), "payroll_payments",
        col("payment_id"), agency));
    parts.add(link(pay, "worker_id", "payout_account", col("payee_platform_norm"), "payroll_payments",
        col("payment_id"), agency));
    parts.add(link(pay, "worker_id", "wallet", col("wallet_norm"), "payroll_payments", col("payment_id"), none));
    // One facilitator collecting several workers' pay into accounts in their own name (DOJ, Chapman
    // 2024): the same third-party holder ties the workers even when the accounts differ. Only
    // holders sharing no word with the worker's name count (a spouse or parent usually shares one).
    Dataset<Row> thirdParty = pay.filter(namesOverlap(col("holder_name_norm"), col("_worker_name")).equalTo(false));
    parts.add(link(thirdParty, "worker_id", "payee_name", col("holder_name_norm"), "payroll_payments",
        col("payment_id"), agency));

    Column deviceKey = coalesce(col("serial_norm"), concat(lit("id:"), col("device_id")));
    parts.add(link(devices, "assigned_worker_id", "device", deviceKey, "devices", col("device_id"), none));
    parts.add(link(devices, "assigned_worker_id", "mac", col("mac_norm"), "devices", col("device_id"), none));
    parts.add(link(devices, "assigned_worker_id", "ship_address", col("ship_address_key"), "devices",
        col("device_id"), none, optional(devices, "ship_address_junk_reason")));
    // A device signed in to, or logged on to, by a worker other than its holder ties them.
    // Sent to every task (a device per worker or two: a few million rows at most), so the events,
    // a hundred times as many, are not shuffled for the join.
    parts.add(judged ? DeviceUses.links(workers, devices, deviceKey, signIns, endpointDays, deviceUse)
        : DeviceUses.uses(devices, deviceKey, signIns, endpointDays));
    // The company's own egress (declared, or an enterprise secure-access service) ties no one:
    // everybody working through it shares its addresses.
    Column egress = !judged ? none : when(col("ip_shared_egress").isNotNull(),
        concat(lit("shared infrastructure: "), col("ip_shared_egress")));
    parts.add(summaryLink(signIns.filter(col("ip_is_private").equalTo(false).or(col("ip_is_private").isNull())),
        "ip", col("ip_norm"), "auth_events", egress));
    parts.add(summaryLink(endpointDays.filter(col("ip_is_private").equalTo(false).or(col("ip_is_private").isNull())),
        "ip", col("public_ip_norm"), "endpoint_events", egress));
    return parts;
  }

  static Dataset<Row> union(List<Dataset<Row>> parts) {
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    return all;
  }

  static Dataset<Row> link(Dataset<Row> frame, String workerColumn, String kind, Column value,
      String source, Column recordId, Column preIgnored) {
    return link(frame, workerColumn, kind, value, source, recordId, preIgnored, lit(null).cast(DataTypes.StringType));
  }

  static Dataset<Row> link(Dataset<Row> frame, String workerColumn, String kind, Column value,
      String source, Column recordId, Column preIgnored, Column junk) {
    return frame.select(col(workerColumn).as("worker_id"), lit(kind).as("kind"), value.as("value"),
            lit(source).as("source"), array(recordId.cast("string")).as("record_ids"), lit(1L).as("n"),
            preIgnored.as("pre_ignored"), junk.cast(DataTypes.StringType).as("junk"))
        .filter(col("worker_id").isNotNull().and(col("value").isNotNull()));
  }

  /** Link rows of event summaries: each row holds {@code n} events and names every one of them. */
  static Dataset<Row> summaryLink(Dataset<Row> summaries, String kind, Column value, String source,
      Column preIgnored) {
    return summaries.select(col("worker_id"), lit(kind).as("kind"), value.as("value"), lit(source).as("source"),
            col("event_ids").as("record_ids"), col("n"), preIgnored.as("pre_ignored"),
            lit(null).cast(DataTypes.StringType).as("junk"))
        .filter(col("worker_id").isNotNull().and(col("value").isNotNull()));
  }

  /** The column, or null when the frame lacks it (a frame made without the junk columns). */
  static Column optional(Dataset<Row> frame, String column) {
    return Arrays.asList(frame.columns()).contains(column) ? col(column) : lit(null).cast(DataTypes.StringType);
  }
}
