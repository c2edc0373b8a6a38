package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreInputs;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class SharedSignInDeviceTest {
  static final Signal SHARED_DEVICE = SharedSignInDevice.ABOUT;
  static final LocalDate START = LocalDate.of(2026, 9, 1);
  static SignalAsserts rows;
  static ScoreInputs inputs;
  static int seq;

  static void worker(ScoreFrames f, String id, String street, String... more) {
    String[] base = {"worker_id", id, "full_name", "Worker " + id, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "job_title", "Software Engineer",
        "department", "Engineering"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.worker(all);
  }

  static void laptop(ScoreFrames f, String id, String holder, String shippedAt) {
    f.device("device_id", id, "serial_number", "SN" + id, "assigned_worker_id", holder, "shipped_at", shippedAt);
  }

  /** One successful sign-in a day on {@code device} on days [from, to), at the given UTC hour. */
  static void signIns(ScoreFrames f, String worker, String device, int from, int to, int hour) {
    for (int d = from; d < to; d++) {
      f.signIn("event_id", String.format("AE-%04d", ++seq), "event_time",
          START.plusDays(d) + "T" + String.format("%02d", hour) + ":00:00Z", "worker_id", worker,
          "event_type", "sso_login", "result", "success", "source_ip", "73.0.0." + (seq % 200 + 1),
          "device_id", device);
    }
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // a ring: three workers living apart, each with a laptop, all signing in on R1's laptop on the same days
    for (String w : new String[] {"R1", "R2", "R3"}) {
      worker(f, w, w.charAt(1) + " Ring Rd");
      laptop(f, "LT-" + w, w, "2026-01-05");
    }
    signIns(f, "R1", "LT-R1", 0, 10, 14);
    signIns(f, "R2", "LT-R1", 0, 10, 15);
    signIns(f, "R3", "LT-R1", 2, 6, 16);
    // one worker on their own laptop
    worker(f, "P1", "1 Own St");
    laptop(f, "LT-P1", "P1", "2026-01-05");
    signIns(f, "P1", "LT-P1", 0, 10, 14);

    // a laptop reassigned from a leaver to a new hire: one after the other, never on the same day
    worker(f, "A1", "1 Leaver Ln", "termination_date", "2026-09-09");
    worker(f, "A2", "2 Hire Ln", "hire_date", "2026-09-12");
    laptop(f, "LT-A", "A2", "2026-09-12");
    signIns(f, "A1", "LT-A", 0, 8, 14);
    signIns(f, "A2", "LT-A", 11, 30, 14);
    // a kiosk with no holder, signed in to by three workers on the same days
    for (String w : new String[] {"K1", "K2", "K3"}) {
      worker(f, w, w.charAt(1) + " Kiosk Ave");
      signIns(f, w, "KIOSK-1", 0, 10, 13);
    }
    f.device("device_id", "KIOSK-1", "serial_number", "SNKIOSK1", "model", "Lobby kiosk");
    // a lab PC with a nominal holder that eight workers' accounts sign in on
    for (int i = 1; i <= 8; i++) {
      worker(f, "L" + i, i + " Lab St");
      signIns(f, "L" + i, "LAB-PC", 0, 5, 9 + i);
    }
    laptop(f, "LAB-PC", "L1", "2026-01-05");
    // the help desk signing in on a colleague's laptop, on several days; an IT engineer's bench
    // machine that test accounts (HR records of their own) sign in on
    worker(f, "H1", "1 Desk Dr", "job_title", "IT Support Specialist", "department", "IT");
    worker(f, "C1", "1 Colleague Ct");
    laptop(f, "LT-C1", "C1", "2026-01-05");
    signIns(f, "C1", "LT-C1", 0, 10, 14);
    signIns(f, "H1", "LT-C1", 1, 5, 15);
    worker(f, "T0", "1 Bench Blvd", "job_title", "Systems Administrator", "department", "Information Technology");
    laptop(f, "BENCH-1", "T0", "2026-01-05");
    worker(f, "T1", "2 Bench Blvd");
    worker(f, "T2", "3 Bench Blvd");
    signIns(f, "T1", "BENCH-1", 0, 6, 10);
    signIns(f, "T2", "BENCH-1", 0, 6, 11);
    // a couple at one home sharing a laptop; a colleague borrowing a laptop on two days
    worker(f, "S1", "9 Home St");
    worker(f, "S2", "9 Home Street");
    laptop(f, "LT-S1", "S1", "2026-01-05");
    signIns(f, "S1", "LT-S1", 0, 10, 14);
    signIns(f, "S2", "LT-S1", 0, 10, 20);
    worker(f, "B1", "1 Borrow Rd");
    worker(f, "B2", "2 Borrow Rd");
    laptop(f, "LT-B1", "B1", "2026-01-05");
    signIns(f, "B1", "LT-B1", 0, 10, 14);
    signIns(f, "B2", "LT-B1", 3, 5, 16);
    inputs = f.inputs();
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, inputs).rowsOf(List.of(SHARED_DEVICE)), s);
  }

  @Test
  @Fires("shared_signin_device")
  void oneLaptopSigningInForSeveralWorkersLivingApart() {
    for (String w : new String[] {"R1", "R2", "R3"}) {
      rows.fires(w, SHARED_DEVICE, "device LT-R1 (held by R1) completed sign-ins for 3 workers' accounts living apart "
          + "(R1, R2, R3) on the same day on 10 day(s); first 2026-09-01 (events AE-0001, AE-0011)");
    }
    rows.silent("P1", SHARED_DEVICE);
  }

  @Test
  @Benign("shared_signin_device")
  void reassignedLaptopsKiosksLabsItStaffHouseholdsAndBorrowingAreNoSignal() {
    for (String w : new String[] {"A1", "A2", "K1", "K2", "K3", "L1", "L2", "L8", "H1", "C1", "T0", "T1", "T2",
        "S1", "S2", "B1", "B2"}) {
      rows.silent(w, SHARED_DEVICE);
    }
  }

  @Test
  void theRulesThatKeepThemSilentAreWhatKeepsThemSilent() {
    // no IT roles, any number of accounts, two days enough: the lab, the help desk, the bench
    // machine and the borrowed laptop fire; households and the reassigned laptop still do not
    ScoreSettings loose = ScoreFrames.scoreSettings(String.join("\n",
        "ringwatch.score.it-role-pattern = \"(?!)\"",
        "ringwatch.score.signals.shared_signin_device { max-accounts = 20, min-days = 2 }"));
    SignalAsserts r = new SignalAsserts(new WorkerSignals(loose, inputs).rowsOf(List.of(SHARED_DEVICE)), loose);
    for (String w : new String[] {"L1", "L8", "H1", "C1", "T1", "T2", "B1", "B2"}) {
      r.fires(w, SHARED_DEVICE);
    }
    for (String w : new String[] {"A1", "A2", "K1", "S1", "S2", "P1"}) {
      r.silent(w, SHARED_DEVICE);
    }
  }
}
