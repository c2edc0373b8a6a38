package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.WorkerSignals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class WorkHoursSignalsTest {
  static final Signal ASIA_HOURS = ActivityInAsianDaytime.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(ASIA_HOURS);
  static SignalAsserts rows;
  static int seq;

  static void worker(ScoreFrames f, String id, String country) {
    f.worker("worker_id", id, "full_name", "Worker " + id, "home_country", country, "claimed_work_country", country);
  }

  /** {@code n} daily sign-ins at the given UTC hours (cycled). */
  static void signIns(ScoreFrames f, String worker, int n, int... hours) {
    for (int i = 0; i < n; i++) {
      f.signIn("event_id", String.format("AE-%04d", ++seq), "event_time",
          LocalDate.of(2026, 10, 1).plusDays(i) + String.format("T%02d:30:00Z", hours[i % hours.length]),
          "worker_id", worker, "event_type", "sso_login", "result", "success", "source_ip", "73.0.0." + (seq % 250));
    }
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    worker(f, "A1", "US"); // 09:30 UTC = 17:30 in UTC+8, 18:30 in UTC+9: China's office hours only
    signIns(f, "A1", 20, 9, 1, 5);
    worker(f, "A2", "CA"); // 00:30 UTC = 09:30 in UTC+9, 08:30 in UTC+8
    signIns(f, "A2", 20, 0);
    worker(f, "A3", "US"); // on call: round the clock
    signIns(f, "A3", 48, java.util.stream.IntStream.range(0, 24).toArray());
    worker(f, "A4", "US"); // an ordinary US working day
    signIns(f, "A4", 20, 14, 16, 20, 22);
    worker(f, "A5", "KR"); // works in Korea and says so
    signIns(f, "A5", 20, 2);
    worker(f, "A6", "US"); // too few sign-ins to say anything
    signIns(f, "A6", 5, 2);
    worker(f, "A7", "DE"); // claims Berlin, works 09:30-13:30 in UTC+8: 03:30-07:30 on Berlin's clock
    signIns(f, "A7", 20, 1, 3, 5);
    worker(f, "A8", "IN"); // a contractor in India working India's day (12:30-16:30 in UTC+8)
    signIns(f, "A8", 20, 4, 6, 8);
    worker(f, "A9", "GB"); // an early start in London: 08:30-10:30 BST is also China's afternoon
    signIns(f, "A9", 20, 7, 8, 9);
    f.worker("worker_id", "A10", "full_name", "Worker A10", "home_region", "Hawaii", "home_country", "US",
        "claimed_work_country", "US"); // 01:30 UTC is 15:30 in Honolulu, 09:30 in China
    signIns(f, "A10", 20, 1);
    ScoreSettings s = ScoreFrames.scoreSettings();
    rows = new SignalAsserts(new WorkerSignals(s, f.inputs()).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("activity_in_asian_daytime")
  void officeHoursOfChinaAndOfKorea() {
    rows.fires("A1", ASIA_HOURS, "100% of 20 sign-ins between 01:00 and 10:00 UTC (09:00-18:00 in UTC+8) while claiming US",
        "first event AE-0001");
    rows.fires("A2", ASIA_HOURS, "100% of 20 sign-ins between 00:00 and 09:00 UTC (09:00-18:00 in UTC+9) while claiming CA",
        "0% in the daytime of America/Toronto");
  }

  @Test
  @Fires("activity_in_asian_daytime")
  void judgedAgainstTheClaimedZoneOutsideTheAmericasToo() {
    rows.fires("A7", ASIA_HOURS, "while claiming DE", "in the daytime of Europe/Berlin (08:00-19:00)");
  }

  @Test
  @Benign("activity_in_asian_daytime")
  void asianDaytimeThatIsTheWorkersOwnDay() {
    for (String w : new String[] {"A8", "A9", "A10"}) {
      rows.silent(w, ASIA_HOURS);
    }
  }

  @Test
  @Benign("activity_in_asian_daytime")
  void onCallUsDaytimeAsiaResidentsAndFewSignIns() {
    for (String w : new String[] {"A3", "A4", "A5", "A6"}) {
      rows.silent(w, ASIA_HOURS);
    }
  }
}
