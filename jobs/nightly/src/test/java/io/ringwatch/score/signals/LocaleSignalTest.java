package io.ringwatch.score.signals;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringwatch.score.ScoreFrames;
import io.ringwatch.score.ScoreInputs;
import io.ringwatch.score.ScoreSettings;
import io.ringwatch.score.SignalCatalogue;
import io.ringwatch.score.WorkerSignals;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The locale signal needs the other families' rows, so this test runs the whole of WorkerSignals. */
@SparkTest
class LocaleSignalTest {
  static final Signal KOREAN_OR_CHINA_LOCALE = AsianLocaleWithOtherSignals.ABOUT;
  static SignalAsserts rows;
  static ScoreSettings settings;
  static ScoreInputs inputs;

  static void worker(ScoreFrames f, String id, String layouts, String tz, String process, String payout) {
    f.worker("worker_id", id, "full_name", "Worker " + id, "home_country", "US", "job_title", "Software Engineer");
    f.device("device_id", "LT-" + id, "serial_number", "SN-" + id, "assigned_worker_id", id);
    f.endpoint("event_id", "EE-" + id, "event_time", "2026-11-02T15:00:00Z", "device_id", "LT-" + id,
        "worker_id", id, "event_type", "heartbeat", "os_timezone", tz, "keyboard_layouts", layouts);
    if (process != null) {
      f.endpoint("event_id", "EE-" + id + "-p", "event_time", "2026-11-02T15:05:00Z", "device_id", "LT-" + id,
          "worker_id", id, "event_type", "process_start", "process_name", process);
    }
    if (payout != null) {
      f.payment("payment_id", "PAY-" + id, "worker_id", id, "pay_date", "2026-10-01", "amount", "100.00",
          "currency", "USD", "payment_method", payout, "payee_platform_account", id + "@example.com",
          "account_holder_name", "Worker " + id);
    }
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    worker(f, "K1", "en-US;ko-KR", "America/Chicago", null, null);          // Korean layout, nothing else
    worker(f, "K2", "en-US;ko-KR", "America/Chicago", null, "payoneer");    // plus a weak signal only
    worker(f, "K3", "en-US;ko-KR", "America/Chicago", "AnyDesk.exe", null); // plus a remote tool
    worker(f, "K4", "en-US", "Asia/Pyongyang", "rustdesk.exe", null);
    worker(f, "K5", "00000409;00000412", "America/New_York", "AnyDesk.exe", null);
    worker(f, "K6", "en-US;sk-SK", "Europe/Bratislava", "AnyDesk.exe", null); // Slovak is no Korean
    worker(f, "K7", "en-US", "Asia/Shanghai", null, null);                  // Shanghai time zone alone
    settings = ScoreFrames.scoreSettings();
    inputs = f.inputs();
    rows = new SignalAsserts(new WorkerSignals(settings, inputs).all(), settings);
  }

  @Test
  @Fires("asian_locale_with_other_signals")
  void koreanLayoutOrPyongyangTimeZoneWithOtherSignals() {
    rows.fires("K3", KOREAN_OR_CHINA_LOCALE, "laptop LT-K3 (event EE-K3) has keyboard layouts 'en-US;ko-KR'",
        "with 16 points of other signals");
    rows.fires("K4", KOREAN_OR_CHINA_LOCALE, "time zone Asia/Pyongyang");
    rows.fires("K5", KOREAN_OR_CHINA_LOCALE, "'00000409;00000412'");
  }

  @Test
  @Benign("asian_locale_with_other_signals")
  void neverAloneNorWithWeakSignalsOnly() {
    rows.silent("K1", KOREAN_OR_CHINA_LOCALE);
    rows.silent("K2", KOREAN_OR_CHINA_LOCALE);
    rows.silent("K6", KOREAN_OR_CHINA_LOCALE);
    rows.silent("K7", KOREAN_OR_CHINA_LOCALE);
  }

  @Test
  void thresholdOfOtherPointsComesFromConfiguration() {
    ScoreSettings higher = ScoreFrames.scoreSettings(
        "ringwatch.score.signals.asian_locale_with_other_signals.min-other-points = 17");
    SignalAsserts r = new SignalAsserts(new WorkerSignals(higher, inputs).all(), higher);
    r.silent("K3", KOREAN_OR_CHINA_LOCALE);
  }

  @Test
  void everyWorkerSignalOfTheCatalogueIsConfigured() {
    Set<String> catalogue = new TreeSet<>();
    SignalCatalogue.ALL.stream().map(Signal::id).forEach(catalogue::add);
    catalogue.remove(SignalCatalogue.CLUSTER.id()); // ScoreStage's
    assertEquals(catalogue, new TreeSet<>(settings.rules().keySet()));
  }
}
