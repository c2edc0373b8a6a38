package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import com.google.auto.service.AutoService;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.SettingsException;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One company device completing sign-ins for the accounts of several workers who live apart, on
 * the same days, again and again: one operator working several identities from one machine
 * (signals.md §8, Microsoft Threat Intelligence, Dec 2025; the laptop farms of US v. Chapman and
 * of the DOJ's June 2025 actions, where a few people drove many identities' laptops).
 *
 * <p>IT practice shares devices too, and stays silent here:
 * <ul>
 *   <li>a device with no holder (a loaner pool, a kiosk, a meeting-room or lab PC): shared by
 *   design;</li>
 *   <li>a device used by more than {@code max-accounts} workers' accounts: a shared workstation
 *   with a nominal holder; a ring shares a few machines among its members;</li>
 *   <li>IT staff ({@code ringwatch.score.it-role-pattern}): their accounts signing in on a
 *   colleague's laptop (a help-desk session, a laptop being set up) and any account on a device
 *   they hold (test accounts on a bench machine) count for no one;</li>
 *   <li>a laptop reassigned from a leaver to a new hire: their sign-ins come one after the other,
 *   never on the same day, and only accounts signing in on the same day count;</li>
 *   <li>co-residents and one person's two HR records (a rehire, a contractor converted): a
 *   household's shared laptop is no ring;</li>
 *   <li>a colleague borrowing a laptop now and then: fewer than {@code min-days} such days.</li>
 * </ul>
 */
@AutoService(WorkerSignal.class)
public final class SharedSignInDevice implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shared_signin_device",
      "One device signing in for several workers' accounts",
      "A company device completed sign-ins for the accounts of {min-accounts} or more workers who live apart, on "
          + "the same days, on at least {min-days} days; devices with no holder or used by many accounts, IT staff, "
          + "co-residents and a laptop passed from one holder to the next are left out.",
      List.of("Microsoft Threat Intelligence, Dec 2025: one device completing MFA or sign-in for several user "
              + "accounts (signals.md §8)",
          "DOJ, US v. Chapman (sentenced 24 Jul 2025): one laptop farm served 309 companies for 68 identities",
          "State/Treasury/FBI DPRK IT worker advisory, 16 May 2022: logging into multiple accounts from one "
              + "IP address", "signals.md D3, §8"),
      "A shared workstation, kiosk or lab PC (no holder, or more than max-accounts accounts); IT staff; a couple "
          + "sharing a laptop at home; a laptop reassigned from a leaver to a new hire; pair work on one machine "
          + "on fewer than min-days days.", 15);

  /** Its settings (see {@link #defaults}). */
  record Settings(int minAccounts, int maxAccounts, int minDays) {}

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public String defaults() {
    return """
        # the fewest workers' accounts (living apart, none of them IT staff) that must have
        # completed sign-ins on the device on the same day ...
        min-accounts = 2
        # ... on at least this many days: a colleague borrowing a laptop once or twice, or pair
        # work on one machine, is no ring.
        min-days = 3
        # a device on which more workers' accounts than this signed in is a shared workstation,
        # kiosk or lab PC with a nominal holder: silent.
        max-accounts = 6
        """;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    Settings s = new Settings(block.intAtLeast("min-accounts", 2), block.intAtLeast("max-accounts", 2),
        block.intAtLeast("min-days", 1));
    if (s.maxAccounts() < s.minAccounts()) {
      throw new SettingsException("setting " + block.full("max-accounts") + " is " + s.maxAccounts()
          + " but must be at least min-accounts (" + s.minAccounts() + ")");
    }
    return ctx -> rows(ctx, s, common.itRolePattern());
  }

  private static Dataset<Row> rows(SignalContext ctx, Settings s, String it) {
    Column isIt = coalesce(col("job_title"), lit("")).rlike(it).or(coalesce(col("department"), lit("")).rlike(it));
    Dataset<Row> people = ctx.workers().select(col("worker_id").as("_pw"), col("home_address_key").as("_home"),
        SignalContext.personKey().as("_person"), isIt.as("_it"));
    // Devices are a row or two per worker: sent to every task, so the sign-ins are not shuffled.
    Dataset<Row> holders = broadcast(ctx.in().devices().filter(col("assigned_worker_id").isNotNull())
        .select(col("device_id").as("_d"), col("assigned_worker_id").as("holder")));
    Dataset<Row> itStaff = people.filter(col("_it")).select(col("_pw").as("_itw"));
    // A sign-in per account, device and day; the accounts of IT staff and devices IT holds left out.
    Dataset<Row> days = ctx.successfulSignIns().filter(col("device_id").isNotNull())
        .join(holders, col("device_id").equalTo(col("_d")))
        .join(broadcast(itStaff), col("holder").equalTo(col("_itw")), "left_anti")
        .join(broadcast(itStaff), col("worker_id").equalTo(col("_itw")), "left_anti")
        .groupBy(col("device_id"), col("holder"), col("day"), col("worker_id"))
        .agg(min(EventSummaries.firstId()).as("event"))
        .join(broadcast(people), col("worker_id").equalTo(col("_pw")), "left");
    // A shared workstation: more accounts than a ring shares a machine among.
    Dataset<Row> personal = days.groupBy(col("device_id").as("_pd")).agg(countDistinct("worker_id").as("_accounts"))
        .filter(col("_accounts").leq(s.maxAccounts()));
    Dataset<Row> a = days.join(personal, col("device_id").equalTo(col("_pd")));
    Dataset<Row> b = a.select(col("device_id").as("b_device"), col("day").as("b_day"), col("worker_id").as("b_worker"),
        col("event").as("b_event"), col("_home").as("b_home"), col("_person").as("b_person"));
    // Two accounts living apart, of two people, on the device the same day.
    Dataset<Row> pairs = a.join(b, col("device_id").equalTo(col("b_device")).and(col("day").equalTo(col("b_day")))
            .and(col("worker_id").lt(col("b_worker"))))
        .filter(col("_home").isNull().or(col("b_home").isNull()).or(col("_home").notEqual(col("b_home"))))
        .filter(col("_person").isNull().or(col("b_person").isNull()).or(col("_person").notEqual(col("b_person"))));
    // The example is the earliest day, so a re-run shows the same one.
    // Stored: the signal's rows and the sign-ins behind them both read it (a few rows per shared device).
    Dataset<Row> shared = pairs.groupBy("device_id", "holder")
        .agg(countDistinct("day").as("days"),
            sort_array(array_distinct(flatten(collect_set(array(col("worker_id"), col("b_worker")))))).as("accounts"),
            min(struct(col("day"), col("event"), col("b_event"))).as("first"),
            array_distinct(flatten(collect_list(array(struct(col("day"), col("worker_id").as("w")),
                struct(col("b_day").as("day"), col("b_worker").as("w")))))).as("sessions"))
        .filter(col("days").geq(s.minDays()).and(size(col("accounts")).geq(s.minAccounts())))
        .checkpoint(true);
    // Its records: every sign-in of those accounts on the device on the days they shared it.
    Dataset<Row> sharedDays = shared.select(col("device_id").as("_sd"), explode(col("sessions")).as("_s"))
        .select(col("_sd"), col("_s.day").as("_sday"), col("_s.w").as("_sw"));
    Dataset<Row> ids = ctx.successfulSignIns().join(broadcast(sharedDays), col("device_id").equalTo(col("_sd"))
            .and(col("day").equalTo(col("_sday"))).and(col("worker_id").equalTo(col("_sw"))), "left_semi")
        .groupBy(col("device_id").as("_id")).agg(SignalContext.allEventIds().as("ids"));
    Dataset<Row> perWorker = shared.select(explode(col("accounts")).as("worker_id"), col("device_id"), col("holder"),
            col("days"), col("accounts"), col("first"))
        .join(ids, col("device_id").equalTo(col("_id")), "left");
    return SignalContext.found(perWorker, concat(lit("device "), col("device_id"), lit(" (held by "), col("holder"),
        lit(") completed sign-ins for "), size(col("accounts")).cast("string"),
        lit(" workers' accounts living apart ("), array_join(slice(col("accounts"), 1, 5), ", "),
        lit(") on the same day on "), col("days").cast("string"), lit(" day(s); first "),
        col("first.day").cast("string"), lit(" (events "), concat_ws(", ", col("first.event"), col("first.b_event")),
        lit(")")), SignalContext.records("auth_events", col("ids")));
  }
}
