package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sanctions hits of the real screen stage on the OFAC fixture of the screen tests. */
@SparkTest
class ScreeningSignalsTest {
  static final Signal SANCTIONS_IDENTIFIER = SanctionsIdentifierMatch.ABOUT;
  static final Signal SANCTIONS_NAME = SanctionsNameOnly.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(SANCTIONS_IDENTIFIER, SANCTIONS_NAME);
  static SignalAsserts rows;

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames()
        .worker("worker_id", "X1", "full_name", "Jane Doe", "personal_email", "wangge327@yahoo.com", "home_country", "US")
        .worker("worker_id", "X2", "full_name", "Kum Hyok Song", "date_of_birth", "1987-08-30", "home_country", "US")
        .worker("worker_id", "X3", "full_name", "Song Kum Hyok", "home_country", "US")
        .worker("worker_id", "X4", "full_name", "Mary Johnson", "date_of_birth", "1987-08-30", "home_country", "US");
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, f.inputs()).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("sanctions_identifier_match")
  void identifierAndNameWithDateOfBirth() {
    rows.fires("X1", SANCTIONS_IDENTIFIER, "SONG, Kum Hyok (OFAC-SDN:100)", "in hr_workers row X1", "w***@yahoo.com",
        "critical on its own: exact identifier match");
    rows.fires("X2", SANCTIONS_IDENTIFIER, "SONG, Kum Hyok (OFAC-SDN:100)", "critical on its own: name and date of birth agree");
    rows.neverShows("wangge327@yahoo.com");
  }

  @Test
  @Fires("sanctions_name_only")
  @Benign("sanctions_identifier_match")
  void nameAloneIsOnlyForReview() {
    rows.fires("X3", SANCTIONS_NAME, "SONG, Kum Hyok (OFAC-SDN:100)", "row X3", "not critical on its own");
    rows.silent("X3", SANCTIONS_IDENTIFIER);
  }

  @Test
  @Benign("sanctions_name_only")
  void unrelatedNameIsNoHit() {
    rows.silent("X4", SANCTIONS_NAME);
    rows.silent("X4", SANCTIONS_IDENTIFIER);
  }
}
