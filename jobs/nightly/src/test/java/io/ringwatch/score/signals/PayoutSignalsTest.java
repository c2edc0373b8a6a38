package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class PayoutSignalsTest {
  static final Signal CRYPTO_PAYOUT = CryptoPayout.ABOUT;
  static final Signal PAYOUT_ACCOUNT_CHANGES = PayoutAccountChanges.ABOUT;
  static final Signal PAYOUT_HOLDER_NOT_WORKER = PayoutHolderNotWorker.ABOUT;
  static final Signal PLATFORM_PAYOUT = PlatformPayout.ABOUT;
  static final Signal SHARED_PAYOUT_ACCOUNT = SharedPayoutAccount.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(CRYPTO_PAYOUT, PAYOUT_ACCOUNT_CHANGES, PAYOUT_HOLDER_NOT_WORKER,
      PLATFORM_PAYOUT, SHARED_PAYOUT_ACCOUNT);
  static final String WALLET = "0xAbCdEf0123456789abcdef0123456789ABCDEF99";
  static SignalAsserts rows;

  static void worker(ScoreFrames f, String id, String name, String street, String... more) {
    String[] base = {"worker_id", id, "full_name", name, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "employment_type", "employee"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.worker(all);
  }

  static void bank(ScoreFrames f, String id, String worker, String date, String routing, String account, String holder) {
    f.payment("payment_id", id, "worker_id", worker, "pay_date", date, "amount", "3000.00", "currency", "USD",
        "payment_method", "ach", "bank_routing_number", routing, "bank_account_number", account,
        "account_holder_name", holder);
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // three workers living apart, paid into one account
    worker(f, "P1", "Anna Berg", "1 Oak St");
    worker(f, "P2", "Carl Diaz", "2 Pine St");
    worker(f, "P3", "Eve Fox", "3 Elm St");
    bank(f, "PAY-1", "P1", "2026-10-01", "021000021", "123456789", "Anna Berg");
    bank(f, "PAY-2", "P2", "2026-10-01", "021000021", "123456789", "Anna Berg");
    bank(f, "PAY-3", "P3", "2026-10-01", "021000021", "123456789", "Anna Berg");
    // a couple at one home with a joint account
    worker(f, "H1", "Ben Cole", "9 Birch Rd");
    worker(f, "H2", "Dana Cole", "9 Birch Road");
    bank(f, "PAY-4", "H1", "2026-10-01", "011000015", "987654321", "Ben Cole");
    bank(f, "PAY-5", "H2", "2026-10-01", "011000015", "987654321", "Ben Cole");
    // two contractors of one agency, paid to the agency under its name
    worker(f, "C1", "Farah Gill", "4 Ash St", "employment_type", "contractor", "vendor_name", "Acme Staffing LLC");
    worker(f, "C2", "Ivan Hale", "5 Ash St", "employment_type", "contractor", "vendor_name", "Acme Staffing LLC");
    bank(f, "PAY-6", "C1", "2026-10-01", "021000021", "555000111", "ACME STAFFING, L.L.C.");
    bank(f, "PAY-7", "C2", "2026-10-01", "021000021", "555000111", "ACME STAFFING, L.L.C.");
    // paid into somebody else's account
    worker(f, "P4", "Gina Ito", "6 Cedar St");
    bank(f, "PAY-8", "P4", "2026-10-01", "021000021", "444000222", "Robert Miles");
    // crypto and a payout platform
    worker(f, "P5", "Hugo Jensen", "7 Cedar St");
    f.payment("payment_id", "PAY-9", "worker_id", "P5", "pay_date", "2026-10-01", "amount", "3000.00",
        "currency", "USD", "payment_method", "crypto", "wallet_address", WALLET, "account_holder_name", "Hugo Jensen");
    worker(f, "P6", "Iris Kahn", "8 Cedar St");
    f.payment("payment_id", "PAY-10", "worker_id", "P6", "pay_date", "2026-10-01", "amount", "3000.00",
        "currency", "USD", "payment_method", "payoneer", "payee_platform_account", "iris.kahn@example.com",
        "account_holder_name", "Iris Kahn");
    // three accounts within a year; a single switch; three accounts over more than a year
    worker(f, "P7", "Jon Lund", "10 Cedar St");
    bank(f, "PAY-11", "P7", "2026-03-01", "021000021", "700000001", "Jon Lund");
    bank(f, "PAY-12", "P7", "2026-06-01", "021000021", "700000002", "Jon Lund");
    bank(f, "PAY-13", "P7", "2026-09-01", "021000021", "700000003", "Jon Lund");
    worker(f, "P8", "Kai Moss", "11 Cedar St");
    bank(f, "PAY-14", "P8", "2026-03-01", "021000021", "800000001", "Kai Moss");
    bank(f, "PAY-15", "P8", "2026-09-01", "021000021", "800000002", "Kai Moss");
    worker(f, "P9", "Lea Nash", "12 Cedar St");
    bank(f, "PAY-16", "P9", "2023-03-01", "021000021", "900000001", "Lea Nash");
    bank(f, "PAY-17", "P9", "2024-09-01", "021000021", "900000002", "Lea Nash");
    bank(f, "PAY-18", "P9", "2026-09-01", "021000021", "900000003", "Lea Nash");
    // contractors in India paid through Wise: in their own name, and into someone else's account
    worker(f, "F1", "Meera Rao", "1 MG Road", "home_country", "IN", "claimed_work_country", "IN",
        "employment_type", "contractor");
    f.payment("payment_id", "PAY-19", "worker_id", "F1", "pay_date", "2026-10-01", "amount", "90000.00",
        "currency", "INR", "payment_method", "wise", "payee_platform_account", "meera.rao@example.in",
        "account_holder_name", "MEERA RAO");
    worker(f, "F2", "Arjun Das", "2 MG Road", "home_country", "IN", "claimed_work_country", "IN",
        "employment_type", "contractor");
    f.payment("payment_id", "PAY-20", "worker_id", "F2", "pay_date", "2026-10-01", "amount", "90000.00",
        "currency", "INR", "payment_method", "wise", "payee_platform_account", "payments77@example.in",
        "account_holder_name", "Victor Stone");
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, f.inputs()).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("shared_payout_account")
  void accountPaidToWorkersLivingApart() {
    rows.fires("P2", SHARED_PAYOUT_ACCOUNT, "bank_account ***6789", "payroll_payments PAY-2",
        "also held by 2 worker(s) living elsewhere: P1, P3");
    rows.fires("P1", SHARED_PAYOUT_ACCOUNT, "P2, P3");
    // Its rows: the worker's own payments into the shared account (link_evidence's).
    rows.recordsAre("P2", SHARED_PAYOUT_ACCOUNT, "payroll_payments:PAY-2");
    rows.neverShows("123456789");
  }

  @Test
  @Benign({"shared_payout_account", "payout_holder_not_worker"})
  void coResidentsSharingAnAccountAndAgencyPaidUnderItsName() {
    for (String w : new String[] {"H1", "H2", "C1", "C2"}) {
      rows.silent(w, SHARED_PAYOUT_ACCOUNT);
      rows.silent(w, PAYOUT_HOLDER_NOT_WORKER);
    }
  }

  @Test
  @Fires("payout_holder_not_worker")
  void accountHeldBySomeoneElse() {
    rows.fires("P4", PAYOUT_HOLDER_NOT_WORKER, "PAY-8", "***0222", "held by 'Robert Miles'");
    rows.recordsAre("P4", PAYOUT_HOLDER_NOT_WORKER, "payroll_payments:PAY-8");
    rows.silent("P1", PAYOUT_HOLDER_NOT_WORKER);
    rows.neverShows("444000222");
  }

  @Test
  @Fires({"crypto_payout", "platform_payout"})
  void cryptoAndPlatformPayouts() {
    rows.fires("P5", CRYPTO_PAYOUT, "1 of 1 payments", "PAY-9", "***ef99");
    rows.fires("P6", PLATFORM_PAYOUT, "PAY-10", "payoneer", "i***@example.com");
    rows.recordsAre("P5", CRYPTO_PAYOUT, "payroll_payments:PAY-9");
    rows.recordsAre("P6", PLATFORM_PAYOUT, "payroll_payments:PAY-10");
    rows.neverShows(WALLET.toLowerCase(java.util.Locale.ROOT));
    rows.neverShows("iris.kahn@");
  }

  @Test
  @Benign({"crypto_payout", "platform_payout"})
  void bankPayrollIsNoPlatform() {
    for (String w : new String[] {"P1", "P4", "P7", "C1"}) {
      rows.silent(w, CRYPTO_PAYOUT);
      rows.silent(w, PLATFORM_PAYOUT);
    }
    rows.silent("P6", CRYPTO_PAYOUT);
    rows.silent("P5", PLATFORM_PAYOUT);
  }

  @Test
  @Benign("platform_payout")
  void contractorAbroadPaidInOwnNameIsQuiet() {
    rows.silent("F1", PLATFORM_PAYOUT);
    rows.fires("F2", PLATFORM_PAYOUT, "PAY-20", "wise");
  }

  @Test
  @Fires("payout_account_changes")
  void threeAccountsWithinAYear() {
    rows.fires("P7", PAYOUT_ACCOUNT_CHANGES, "3 different accounts within 365 days", "***0001 from PAY-11",
        "***0002 from PAY-12", "***0003 from PAY-13");
    rows.recordsAre("P7", PAYOUT_ACCOUNT_CHANGES, "payroll_payments:PAY-11", "payroll_payments:PAY-12",
        "payroll_payments:PAY-13");
  }

  @Test
  @Benign("payout_account_changes")
  void oneSwitchOrChangesYearsApart() {
    rows.silent("P8", PAYOUT_ACCOUNT_CHANGES);
    rows.silent("P9", PAYOUT_ACCOUNT_CHANGES);
  }
}
