package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class IdentitySignalsTest {
  static final Signal INVALID_NATIONAL_ID = InvalidNationalId.ABOUT;
  static final Signal SHARED_IDENTITY = SharedIdentityFragment.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(INVALID_NATIONAL_ID, SHARED_IDENTITY);
  static SignalAsserts rows;

  static void worker(ScoreFrames f, String id, String street, String... more) {
    String[] base = {"worker_id", id, "full_name", "Worker " + id, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.worker(all);
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // one SSN, one personal email, one GitHub handle, near-identical photos, on workers living apart
    worker(f, "I1", "1 Oak St", "national_id", "212-34-5678", "personal_email", "Dev.Ops.Guru@gmail.com");
    worker(f, "I2", "2 Oak St", "national_id", "212345678", "personal_email", "devopsguru@gmail.com");
    worker(f, "I3", "3 Oak St", "github_handle", "https://github.com/Octo-Dev", "photo_phash", "c3e1f0f0e0c08080");
    worker(f, "I4", "4 Oak St", "github_handle", "@octo-dev", "photo_phash", "c3e1f0f0e0c08081");
    // two whose HR record says "Remote" for a home do not live together: their phone counts
    worker(f, "X1", "Remote", "phone", "(512) 474-2398");
    worker(f, "X2", "remote", "phone", "512.474.2398");
    // a couple with one home phone; two new hires with HR's placeholder phone and SSN
    worker(f, "H1", "9 Birch Rd", "phone", "512-867-5309");
    worker(f, "H2", "9 Birch Road", "phone", "(512) 867-5309");
    worker(f, "N1", "5 Oak St", "phone", "555-555-5555", "national_id", "123-45-6789");
    worker(f, "N2", "6 Oak St", "phone", "555-555-5555", "national_id", "123-45-6789");
    // an SSN that cannot have been issued
    worker(f, "I5", "7 Oak St", "national_id", "666-12-3456");
    // one person, two HR records: left, moved, and was rehired as a contractor (same name and date
    // of birth, same SSN and phone, a new address); and two people who share a common name
    worker(f, "R1", "8 Oak St", "full_name", "Maria Lopez", "date_of_birth", "1988-04-02", "national_id", "219-44-1234",
        "phone", "512-201-7788", "termination_date", "2025-06-30");
    worker(f, "R2", "40 Lake Dr", "full_name", "LOPEZ, Maria", "date_of_birth", "1988-04-02", "national_id",
        "219441234", "phone", "+1 512 201 7788", "employment_type", "contractor");
    worker(f, "R3", "41 Lake Dr", "full_name", "John Smith", "date_of_birth", "1979-03-05", "phone", "512-201-9900");
    worker(f, "R4", "42 Lake Dr", "full_name", "John Smith", "date_of_birth", "1991-07-12", "phone", "512-201-9900");
    // a Canadian's SIN keyed with its check digit off: a typing slip, not a forgery
    worker(f, "F1", "8 Oak St", "home_country", "CA", "home_region", "ON", "national_id", "130 692 545");
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, f.inputs()).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("shared_identity_fragment")
  void fragmentsSharedWithWorkersLivingElsewhere() {
    rows.fires("I1", SHARED_IDENTITY, "national_id ***-**-5678 (hr_workers I1) also held by 1 worker(s) living elsewhere: I2",
        "email d***@gmail.com");
    rows.fires("I2", SHARED_IDENTITY, "national_id ***-**-5678", "I1");
    rows.fires("I3", SHARED_IDENTITY, "github octo-dev", "photo c3e1f0f0…", "I4");
    rows.fires("I4", SHARED_IDENTITY, "photo c3e1f0f0…", "I3");
    rows.fires("X1", SHARED_IDENTITY, "phone ***2398", "X2");
    rows.fires("X2", SHARED_IDENTITY, "phone ***2398", "X1");
    rows.neverShows("212345678");
    rows.neverShows("devopsguru@");
  }

  @Test
  @Benign("shared_identity_fragment")
  void recordsOfOnePersonTieNoOne() {
    rows.silent("R1", SHARED_IDENTITY);
    rows.silent("R2", SHARED_IDENTITY);
    // one common name, two dates of birth: two people
    rows.fires("R3", SHARED_IDENTITY, "phone", "R4");
  }

  @Test
  @Benign("shared_identity_fragment")
  void householdPhoneAndPlaceholdersTieNoOne() {
    for (String w : new String[] {"H1", "H2", "N1", "N2", "I5"}) {
      rows.silent(w, SHARED_IDENTITY);
    }
  }

  @Test
  @Fires("invalid_national_id")
  void ssnThatCannotBeIssued() {
    rows.fires("I5", INVALID_NATIONAL_ID, "national id ***-**-3456 of hr_workers row I5 cannot be valid: area 666");
    rows.neverShows("666123456");
  }

  @Test
  @Benign("invalid_national_id")
  void placeholderIsNoForgery() {
    rows.silent("N1", INVALID_NATIONAL_ID);
    rows.silent("N2", INVALID_NATIONAL_ID);
    rows.silent("I1", INVALID_NATIONAL_ID);
    rows.silent("F1", INVALID_NATIONAL_ID);
  }
}
