package io.ringwatch.screen;

import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.enrich.Enriched;
import io.ringwatch.frames.FrameSchema;
import io.ringwatch.stage.Stage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.reference.sanctions.ListFileCounts;

/**
 * The {@code screen} stage: workers, their payroll payees, contractor vendors and sign-in
 * addresses against the OFAC SDN list (frames.md §4 → {@code sanctions_hits}).
 *
 * <ul>
 *   <li>Names (worker {@code full_name} vs individuals; payment {@code account_holder_name} vs
 *   individuals and entities; contractor {@code vendor_name} vs entities): the list is parsed on
 *   the driver into a {@link NameIndex} (blocking key → list names) that is broadcast; on the
 *   executors each input name's keys are looked up in it (never a cartesian join) and the
 *   candidates are scored by {@link ScreenContext#scoreName} ({@link NameMatcher}, then date of
 *   birth and gender for workers).</li>
 *   <li>Identifiers, exact (score 1.0 unless said otherwise in conf/screen.conf): personal e-mail
 *   and payout-platform account vs SDN e-mails; their domains vs SDN website domains; phone (E.164)
 *   vs SDN phones; GitHub handle vs github.com websites, handle-like weak aliases and SDN e-mail
 *   local parts; wallet vs SDN digital currency addresses (case-sensitive, EVM {@code 0x}
 *   addresses lower-case).</li>
 *   <li>Sign-ins already tagged {@code ip_dprk_range} by enrich: one hit per worker and range,
 *   list {@code DPRK-ADDRESS-SPACE}.</li>
 * </ul>
 * Nationality and ethnicity are never used. Sensitive values are masked ({@link Masking}).
 */
public final class ScreenStage implements Stage<Enriched, ScreenStage.Screened> {
  public static final String DPRK_ADDRESS_SPACE = "DPRK-ADDRESS-SPACE";

  /**
   * Output schema: frames.md §4 plus dprk_related, record_key, matched_name and {@code critical}:
   * the hit counts on its own (an exact wallet, e-mail, phone or GitHub identifier; a vendor or
   * payee that is a listed entity; a name whose date of birth agrees to the day or month; a
   * sign-in from high-confidence DPRK address space). A name-only hit is never critical.
   */
  public static final StructType SCHEMA = new StructType()
      .add("worker_id", DataTypes.StringType, false)
      .add("list", DataTypes.StringType, false)
      .add("entry_uid", DataTypes.StringType, false)
      .add("entry_name", DataTypes.StringType, false)
      .add("matched_on", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("evidence", DataTypes.StringType, false)
      .add("field", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("value_masked", DataTypes.StringType, true)
      .add("entry_programs", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("corroborated", DataTypes.BooleanType, false)
      .add("dprk_related", DataTypes.BooleanType, false)
      .add("record_key", DataTypes.StringType, true)
      .add("matched_name", DataTypes.StringType, true)
      .add("critical", DataTypes.BooleanType, false);
  /** The hits handed on: every column, as link and score read some and publish writes them all. */
  public static final FrameSchema HITS = FrameSchema.of("sanctions_hits", SCHEMA);

  /** Why a hit counts on its own, or that it does not (the end of every evidence text). */
  static final String ALONE_IDENTIFIER = "critical on its own: exact identifier match";
  static final String ALONE_ENTITY = "critical on its own: the %s is a listed entity";
  static final String ALONE_DOB = "critical on its own: name and date of birth agree";
  static final String ALONE_IP = "critical on its own: sign-in from high-confidence DPRK address space";
  static final String NOT_ALONE = "not critical on its own: %s, counts only with corroboration";

  private final SparkSession spark;
  private final ScreenSettings settings;
  private final SanctionsList list;

  /** @param list the night's sanctions list, read and checked by the reference loader */
  public ScreenStage(SparkSession spark, ScreenSettings settings, SanctionsList list) {
    this.spark = spark;
    this.settings = settings;
    this.list = list;
  }

  /** The stage's result: the hits and what each sanctions file contributed (for run_audit). */
  public record Screened(Dataset<Row> hits, List<ListFileCounts> lists) {
    /** This result, once the hits have the columns of {@link #HITS} (metadata only). */
    public Screened checked() {
      HITS.check(hits);
      return this;
    }
  }

  /** The workers, their payouts and their sign-ins' addresses screened (lazily: the hits are computed when read). */
  @Override
  public Screened run(Enriched in) {
    in.checked();
    return run(spark, settings, in.workers(), in.payouts(), in.signIns(), list);
  }

  /**
   * Screens against the run's sanctions list, read and checked by the reference loader.
   * {@code signIns} are the sign-in summaries ({@code signin_day_network}, failed ones included).
   */
  public static Screened run(SparkSession spark, ScreenSettings s, Dataset<Row> workers,
      Dataset<Row> payments, Dataset<Row> signIns, SanctionsList list) {
    List<ListFileCounts> lists = ListFileCounts.of(list, s::isDprkRelated);
    ScreenContext ctx = new ScreenContext(list, s);
    Broadcast<ScreenContext> bc = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ctx);
    Dataset<Row> hits = names(spark, ctx, bc, workers, payments)
        .unionByName(identifiers(spark, ctx, bc, workers, payments))
        .unionByName(ipRanges(ctx.settings, signIns));
    return new Screened(hits, lists);
  }

  // ---------------------------------------------------------------- names

  private static Dataset<Row> names(SparkSession spark, ScreenContext ctx, Broadcast<ScreenContext> bc,
      Dataset<Row> workers, Dataset<Row> payments) {
    // gender is not in the input contract; an export that carries it (M/F/Male/Female) is used
    Column gender = java.util.Arrays.asList(workers.columns()).contains("gender")
        ? col("gender").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    Column noDate = lit(null).cast(DataTypes.DateType);
    Column noGender = lit(null).cast(DataTypes.StringType);
    Dataset<Row> queries = workers
        .select(col("worker_id"), lit("hr_workers").as("source"), lit("full_name").as("field"),
            col("worker_id").as("record_key"), col("full_name").as("name"), lit("person").as("kind"),
            col("date_of_birth").as("dob"), gender.as("gender"))
        .unionByName(workers.where(col("employment_type").equalTo("contractor"))
            .select(col("worker_id"), lit("hr_workers").as("source"), lit("vendor_name").as("field"),
                col("worker_id").as("record_key"), col("vendor_name").as("name"), lit("entity").as("kind"),
                noDate.as("dob"), noGender.as("gender")))
        .unionByName(payments
            .select(col("worker_id"), lit("payroll_payments").as("source"), lit("account_holder_name").as("field"),
                col("payment_id").as("record_key"), col("account_holder_name").as("name"), lit("any").as("kind"),
                noDate.as("dob"), noGender.as("gender")))
        .where(col("name").isNotNull().and(col("worker_id").isNotNull()))
        .groupBy("worker_id", "source", "field", "name", "kind", "dob", "gender")
        .agg(min("record_key").as("record_key"), count(lit(1)).as("n_records"))
        // Every row of one name in one task, one after another: the name is matched once against
        // each candidate however many workers or payments carry it (ScreenContext#match).
        .repartition(Math.max(2, 2 * spark.sparkContext().defaultParallelism()), col("name"))
        .sortWithinPartitions("name");

    // Blocking on executors: each input name's keys are looked up in the broadcast index (a map
    // from blocking key to list names), and only those candidates whose score ceiling reaches the
    // threshold are scored — never all pairs.
    Dataset<Row> scored = queries.flatMap((FlatMapFunction<Row, Row>) r -> {
      ScreenContext c = bc.value();
      // A name of megabytes or thousands of words is matched on a bounded prefix (NameBound).
      NameBound.Bounded bounded = c.settings.nameBound().apply(r.getAs("name"));
      String name = bounded.name();
      String kind = r.getAs("kind");
      java.util.Set<Integer> ids = new java.util.TreeSet<>(
          c.index.candidates("entity".equals(kind) ? Names.foldedEntity(name) : Names.foldedPerson(name)));
      if ("any".equals(kind)) {
        ids.addAll(c.index.candidates(Names.foldedEntity(name)));
      }
      List<Row> out = new ArrayList<>();
      for (int id : ids) {
        scoreName(c, r, bounded, id).forEachRemaining(out::add);
      }
      return out.iterator();
    }, Encoders.row(SCHEMA));
    // best list name per input and entry, then at most max-hits-per-record entries per input
    Column[] input = {col("worker_id"), col("source"), col("field"), col("record_key")};
    Dataset<Row> best = scored
        .withColumn("_r", row_number().over(Window.partitionBy(col("worker_id"), col("source"), col("field"),
            col("record_key"), col("entry_uid")).orderBy(col("score").desc(),
            org.apache.spark.sql.functions.when(col("matched_on").equalTo("name"), 0).otherwise(1),
            col("matched_name"))))
        .where(col("_r").equalTo(1)).drop("_r");
    return best
        .withColumn("_n", row_number().over(Window.partitionBy(input).orderBy(col("score").desc(), col("entry_uid"))))
        .where(col("_n").leq(ctx.settings.maxHitsPerRecord())).drop("_n");
  }

  static Iterator<Row> scoreName(ScreenContext c, Row r, NameBound.Bounded bounded, int nameId) {
    String kind = r.getAs("kind");
    String name = bounded.name();
    NameIndex.IndexedName n = c.index.name(nameId);
    SanctionsEntry entry = c.list.get(n.entryIndex());
    boolean individual = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
    boolean isEntity = entry.type() == SanctionsEntry.Type.ENTITY;
    if (("person".equals(kind) && !individual) || ("entity".equals(kind) && !isEntity)
        || ("any".equals(kind) && !individual && !isEntity) || !c.settings.inScope(entry)) {
      return java.util.Collections.emptyIterator();
    }
    java.sql.Date dob = r.getAs("dob");
    double threshold = individual ? c.settings.nameThreshold() : c.settings.entityThreshold();
    // Only a candidate whose score can reach the threshold is matched (most cannot: MatchCeiling).
    ScreenContext.NameScore ns = c.scoreNameIfReaching(name, dob == null ? null : dob.toLocalDate(), r.getAs("gender"),
        n, threshold);
    if (ns == null || ns.score() < threshold) {
      return java.util.Collections.emptyIterator();
    }
    NameMatcher.Result m = ns.match();
    double raw = ns.nameScore();
    double score = ns.score();
    String dobNote = ns.notes();
    boolean dobAgrees = ns.dobCorroborates();
    String matchedOn = n.aliasIndex() < 0 ? "name" : "alias";
    String aliasWhat = n.aliasIndex() < 0 ? "primary name" : (n.weak() ? "weak " : "") + n.kind() + " '" + n.name() + "'";
    String source = r.getAs("source");
    String field = r.getAs("field");
    String recordKey = r.getAs("record_key");
    long records = r.<Long>getAs("n_records");
    boolean dprk = c.settings.isDprkRelated(entry);
    // Only the listed entity's own name is a listed vendor or payee: every input word spelled as a
    // listed word (a dropped place prefix such as "Yanbian" is fine), or a near-exact score, and
    // never through a weak AKA (OFAC: too broad to screen on alone). A personal holder name that
    // merely resembles a company's ("Cho Jin" ~ "Cochan S.A.", "John Kang" ~ "Nam Chon Gang",
    // "Sarah Yoo" ~ weak AKA "Sara") is a name-only hit.
    boolean listedEntity = isEntity && !n.weak() && !m.partial()
        && (m.exactTokens() || score >= c.settings.entityCriticalScore());
    boolean critical = listedEntity || dobAgrees;
    String why = listedEntity ? String.format(Locale.ROOT, ALONE_ENTITY, field.equals("vendor_name") ? "vendor" : "payee")
        : dobAgrees ? ALONE_DOB
        : isEntity && n.weak() ? String.format(Locale.ROOT, NOT_ALONE, "a weak AKA is too broad to stand alone")
        : isEntity ? String.format(Locale.ROOT, NOT_ALONE, "the name resembles a listed entity's without equalling it")
        : String.format(Locale.ROOT, NOT_ALONE, dob == null ? "name only, no date of birth to compare"
            : "name only, date of birth not agreeing to the day or month");
    String evidence = String.format(Locale.ROOT,
        "%s %s %s '%s'%s%s matches %s %s %s (%s; %s; programs %s%s): name score %.2f [%s]%s; score %.2f; %s",
        source, recordKey, field, name, bounded.note(), records > 1 ? " (" + records + " rows)" : "", c.list.listName(),
        entry.entNum(), entry.primaryName(), aliasWhat, entry.type().label(), String.join(", ", entry.programs()),
        dprk ? "; DPRK-related" : "", raw, m.explanation(), dobNote, score, why);
    return List.of(RowFactory.create(r.getAs("worker_id"), c.list.listName(), entry.uid(), entry.primaryName(),
        matchedOn, round(score), evidence, field, source, name,
        entry.programs().toArray(new String[0]), dobAgrees, dprk, recordKey,
        n.name(), critical)).iterator();
  }

  // ---------------------------------------------------------------- identifiers

  private static Dataset<Row> identifiers(SparkSession spark, ScreenContext ctx, Broadcast<ScreenContext> bc,
      Dataset<Row> workers, Dataset<Row> payments) {
    List<Row> rows = new ArrayList<>();
    List<ScreenContext.Identifier> ids = ctx.identifiers();
    for (int i = 0; i < ids.size(); i++) {
      ScreenContext.Identifier id = ids.get(i);
      if (ctx.settings.inScope(ctx.list.get(id.entryIndex()))) {
        rows.add(RowFactory.create(id.kind(), id.value(), i));
      }
    }
    Dataset<Row> listIds = spark.createDataFrame(rows, new StructType().add("id_kind", DataTypes.StringType, false)
        .add("id_value", DataTypes.StringType, false).add("id_index", DataTypes.IntegerType, false));
    UserDefinedFunction domain = udf((String email) -> {
      if (email == null || email.indexOf('@') < 0) {
        return null;
      }
      String d = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
      return ScreenContext.SHARED_DOMAINS.contains(d) ? null : d;
    }, DataTypes.StringType);
    UserDefinedFunction wallet = udf((String w) -> ScreenContext.walletKey(w), DataTypes.StringType);
    Dataset<Row> q = query(workers, "hr_workers", "personal_email_norm", "worker_id", "email", col("personal_email_norm"))
        .unionByName(query(workers, "hr_workers", "personal_email_norm", "worker_id", "domain",
            domain.apply(col("personal_email_norm"))))
        .unionByName(query(workers, "hr_workers", "phone_e164", "worker_id", "phone", col("phone_e164")))
        .unionByName(query(workers, "hr_workers", "github_norm", "worker_id", "handle", col("github_norm")))
        .unionByName(query(payments, "payroll_payments", "payee_platform_norm", "payment_id", "email",
            col("payee_platform_norm")))
        .unionByName(query(payments, "payroll_payments", "payee_platform_norm", "payment_id", "domain",
            domain.apply(col("payee_platform_norm"))))
        .unionByName(query(payments, "payroll_payments", "wallet_norm", "payment_id", "wallet",
            wallet.apply(col("wallet_norm"))))
        .where(col("id_value").isNotNull().and(col("worker_id").isNotNull()))
        .groupBy("worker_id", "source", "field", "id_kind", "id_value")
        .agg(min("record_key").as("record_key"), count(lit(1)).as("n_records"));
    Dataset<Row> joined = q.join(broadcast(listIds), new String[] {"id_kind", "id_value"});
    return joined.flatMap((FlatMapFunction<Row, Row>) r -> identifierHit(bc.value(), r), Encoders.row(SCHEMA));
  }

  private static Dataset<Row> query(Dataset<Row> df, String source, String field, String keyCol, String kind,
      Column value) {
    return df.select(col("worker_id"), lit(source).as("source"), lit(field).as("field"),
        col(keyCol).as("record_key"), lit(kind).as("id_kind"), value.as("id_value"));
  }

  /** Emails, phones and wallets masked as in every other table; domains and public handles are no secrets. */
  private static String mask(String kind, String value) {
    return switch (kind) {
      case "email", "phone", "wallet" -> io.ringwatch.privacy.Masking.forKind(kind, value);
      default -> value;
    };
  }

  static Iterator<Row> identifierHit(ScreenContext c, Row r) {
    ScreenContext.Identifier id = c.identifiers().get(r.<Integer>getAs("id_index"));
    SanctionsEntry entry = c.list.get(id.entryIndex());
    String kind = r.getAs("id_kind");
    String value = r.getAs("id_value");
    String masked = mask(kind, value);
    String matchedOn = switch (kind) {
      case "domain" -> "email_domain";
      default -> kind;
    };
    String how = switch (kind) {
      case "domain" -> "has the domain of";
      case "handle" -> id.score() >= 1.0 ? "equals" : "equals the handle in";
      default -> "equals";
    };
    boolean dprk = c.settings.isDprkRelated(entry);
    long records = r.<Long>getAs("n_records");
    String publishedMasked = mask(kind, id.published());
    boolean exact = id.score() >= 1.0;
    String evidence = String.format(Locale.ROOT, "%s %s %s %s%s %s %s %s %s '%s' %s (%s; programs %s%s); %s, score %.2f; %s",
        r.getAs("source"), r.getAs("record_key"), r.getAs("field"), masked,
        records > 1 ? " (" + records + " rows)" : "", how, c.list.listName(), entry.entNum(), entry.primaryName(),
        id.label(), publishedMasked, entry.type().label(), String.join(", ", entry.programs()),
        dprk ? "; DPRK-related" : "", exact ? "exact identifier match" : "partial identifier match",
        id.score(), exact ? ALONE_IDENTIFIER : String.format(Locale.ROOT, NOT_ALONE, "partial identifier match"));
    return List.of(RowFactory.create(r.getAs("worker_id"), c.list.listName(), entry.uid(), entry.primaryName(),
        matchedOn, round(id.score()), evidence, r.getAs("field"), r.getAs("source"), masked,
        entry.programs().toArray(new String[0]), exact, dprk,
        r.getAs("record_key"), null, exact)).iterator();
  }

  // ---------------------------------------------------------------- sign-in ranges

  private static Dataset<Row> ipRanges(ScreenSettings s, Dataset<Row> signIns) {
    Dataset<Row> g = signIns.where(col("ip_dprk_range").isNotNull().and(col("worker_id").isNotNull()))
        .groupBy("worker_id", "ip_dprk_range")
        .agg(sum("n").as("n"), min(EventSummaries.firstId()).as("first_event"),
            min(org.apache.spark.sql.functions.when(col("ip_dprk_confidence").equalTo("high"), 0).otherwise(1))
                .as("conf_rank"));
    return g.flatMap((FlatMapFunction<Row, Row>) r -> {
      boolean high = r.<Integer>getAs("conf_rank") == 0;
      double score = high ? s.ipHighScore() : s.ipLowScore();
      String range = r.getAs("ip_dprk_range");
      long n = r.<Long>getAs("n");
      String evidence = String.format(Locale.ROOT,
          "auth_events: %d sign-in%s (first event %s) came from %s, watchlisted %s-confidence DPRK address space; score %.2f; %s",
          n, n == 1 ? "" : "s", r.getAs("first_event"), range, high ? "high" : "low", score,
          high ? ALONE_IP : String.format(Locale.ROOT, NOT_ALONE, "low-confidence range"));
      return List.of(RowFactory.create(r.getAs("worker_id"), DPRK_ADDRESS_SPACE, DPRK_ADDRESS_SPACE + ":" + range,
          "DPRK address space " + range, "ip_range", round(score), evidence, "ip_norm", "auth_events", range,
          List.of("DPRK").toArray(new String[0]), high, true,
          (String) r.getAs("first_event"), null, high)).iterator();
    }, Encoders.row(SCHEMA));
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
