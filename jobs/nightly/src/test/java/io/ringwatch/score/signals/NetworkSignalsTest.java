package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class NetworkSignalsTest {
  static final Signal DPRK_ADDRESS_SPACE = SigninDprkAddressSpace.ABOUT;
  static final Signal FOREIGN_COUNTRY = SigninForeignCountry.ABOUT;
  static final Signal HIGH_RISK_COUNTRY = SigninHighRiskCountry.ABOUT;
  static final Signal HOSTING_NETWORK = HostingNetwork.ABOUT;
  static final Signal IMPOSSIBLE_TRAVEL = ImpossibleTravel.ABOUT;
  static final Signal SHARED_IP = SharedIp.ABOUT;
  static final Signal VPN_PROVIDER = VpnProvider.ABOUT;
  /** The signals this test computes. */
  static final List<Signal> SIGNALS = List.of(DPRK_ADDRESS_SPACE, FOREIGN_COUNTRY, HIGH_RISK_COUNTRY, HOSTING_NETWORK,
      IMPOSSIBLE_TRAVEL, SHARED_IP, VPN_PROVIDER);
  static final LocalDate START = LocalDate.of(2026, 9, 1);
  static SignalAsserts rows;
  static ScoreInputs inputs;
  static int seq;

  static void worker(ScoreFrames f, String id, String street) {
    f.worker("worker_id", id, "full_name", "Worker " + id, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "claimed_work_country", "US");
  }

  static void workerIn(ScoreFrames f, String id, String country) {
    f.worker("worker_id", id, "full_name", "Worker " + id, "home_address_line1", "1 MG Road", "home_city", "Pune",
        "home_country", country, "claimed_work_country", country, "employment_type", "contractor");
  }

  /** One sign-in a day on days [from, from + days) every {@code step} days, at the given UTC time. */
  static void signIns(ScoreFrames f, String worker, String ip, int from, int days, int step, String time,
      String result, String vpnClient) {
    for (int d = from; d < from + days; d += step) {
      f.signIn("event_id", String.format("AE-%04d", ++seq), "event_time", START.plusDays(d) + "T" + time + "Z",
          "worker_id", worker, "event_type", "sso_login", "result", result, "source_ip", ip, "vpn_client", vpnClient);
    }
  }

  static void home(ScoreFrames f, String worker, String ip) {
    signIns(f, worker, ip, 0, 60, 1, "15:00:00", "success", null);
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // sign-ins from China on ten days scattered over two months, between sign-ins from home
    worker(f, "N1", "1 Oak St");
    home(f, "N1", "73.0.0.1");
    signIns(f, "N1", "36.110.1.1", 2, 60, 6, "03:00:00", "success", null);
    // a five-day business trip to China
    worker(f, "N2", "2 Oak St");
    home(f, "N2", "73.0.0.2");
    signIns(f, "N2", "36.110.1.2", 30, 5, 1, "03:00:00", "success", null);
    // claims the US, signs in from the Philippines every day for a month
    worker(f, "N3", "3 Oak St");
    signIns(f, "N3", "112.198.1.3", 0, 30, 1, "02:00:00", "success", null);
    // two short trips to the UK
    worker(f, "N4", "4 Oak St");
    home(f, "N4", "73.0.0.4");
    signIns(f, "N4", "81.2.70.4", 10, 4, 1, "09:00:00", "success", null);
    signIns(f, "N4", "81.2.70.4", 49, 3, 1, "09:00:00", "success", null);
    // Astrill VPN switched on and off (exit in a Dutch hosting network) between sign-ins from home
    worker(f, "N5", "5 Oak St");
    home(f, "N5", "73.0.0.5");
    signIns(f, "N5", "185.244.1.5", 0, 20, 1, "15:30:00", "success", "Astrill VPN 3.9");
    // a hosting network without a VPN client
    worker(f, "N6", "6 Oak St");
    signIns(f, "N6", "185.244.2.6", 0, 3, 1, "12:00:00", "success", null);
    // the same afternoon in Texas and in London
    worker(f, "N7", "7 Oak St");
    home(f, "N7", "73.0.0.7");
    signIns(f, "N7", "81.2.70.7", 5, 1, 1, "15:40:00", "success", null);
    // North Korean address space
    worker(f, "N8", "8 Oak St");
    home(f, "N8", "73.0.0.8");
    signIns(f, "N8", "175.45.177.8", 7, 1, 1, "01:00:00", "success", null);
    // password spraying from Russia: every attempt failed
    worker(f, "N9", "9 Oak St");
    home(f, "N9", "73.0.0.9");
    signIns(f, "N9", "95.25.1.9", 1, 60, 3, "04:00:00", "failure", null);
    // one IP used by two workers living apart; by a couple at home; by ten workers at the office
    worker(f, "S1", "10 Oak St");
    worker(f, "S2", "11 Oak St");
    signIns(f, "S1", "98.1.1.1", 0, 3, 1, "16:00:00", "success", null);
    signIns(f, "S2", "98.1.1.1", 3, 3, 1, "16:00:00", "success", null);
    worker(f, "H1", "9 Birch Rd");
    worker(f, "H2", "9 Birch Road");
    signIns(f, "H1", "98.3.3.3", 0, 3, 1, "16:00:00", "success", null);
    signIns(f, "H2", "98.3.3.3", 0, 3, 1, "17:00:00", "success", null);
    for (int i = 0; i < 10; i++) {
      worker(f, "O" + i, (20 + i) + " Lake Dr");
      signIns(f, "O" + i, "98.2.2.2", 0, 2, 1, "14:00:00", "success", null);
    }
    // A contractor in India signing in from home and, the same days, through the company's VPN
    // (declared) and a Zscaler point of presence in the US: the company's egress, not a trip.
    workerIn(f, "E1", "IN");
    signIns(f, "E1", "117.200.1.1", 0, 30, 1, "05:00:00", "success", null);
    signIns(f, "E1", "98.7.1.1", 0, 30, 1, "05:30:00", "success", null);
    signIns(f, "E1", "165.225.1.1", 0, 30, 2, "06:00:00", "success", null);
    // claims the US, signs in from China on scattered days and through the company VPN otherwise
    worker(f, "E2", "31 Oak St");
    signIns(f, "E2", "98.7.1.2", 0, 60, 1, "15:00:00", "success", null);
    signIns(f, "E2", "36.110.1.22", 2, 60, 6, "03:00:00", "success", null);
    // ten colleagues on cloud desktops in Azure, each from addresses of their own
    for (int i = 0; i < 10; i++) {
      worker(f, "C" + i, (40 + i) + " Elm St");
      signIns(f, "C" + i, "20.41.0." + (10 + i), 0, 20, 1, "14:00:00", "success", null);
    }
    ScoreSettings s = ScoreFrames.scoreSettings();
    inputs = f.inputs();
    rows = new SignalAsserts(new WorkerSignals(s, inputs).rowsOf(SIGNALS), s);
  }

  @Test
  @Fires("signin_high_risk_country")
  void chinaOnScatteredDaysIsNoTrip() {
    rows.fires("N1", HIGH_RISK_COUNTRY, "10 sign-in(s) from CN (CHINANET-BACKBONE) on 10 day(s) in 10 stretch(es)",
        "while claiming US: more than a trip explains; first event AE-0061");
    // Every sign-in from China is named, the first among them; none of the sign-ins from home.
    java.util.Set<String> rows10 = rows.records("N1", HIGH_RISK_COUNTRY);
    assertEquals(10, rows10.size(), rows10.toString());
    assertTrue(rows10.contains("auth_events:AE-0061"), rows10.toString());
  }

  @Test
  @Benign("signin_high_risk_country")
  void businessTripToChinaAndFailedSprayingFromRussia() {
    rows.silent("N2", HIGH_RISK_COUNTRY);
    rows.silent("N9", HIGH_RISK_COUNTRY);
  }

  @Test
  @Fires("signin_foreign_country")
  void livingInAnotherCountry() {
    rows.fires("N3", FOREIGN_COUNTRY, "30 sign-in(s) from PH", "in 1 stretch(es) (longest 30 days), 100% of sign-ins",
        "while claiming US");
    rows.silent("N3", HIGH_RISK_COUNTRY);
  }

  @Test
  @Benign("signin_foreign_country")
  void twoShortTripsAndVpnExitsAreNoStay() {
    rows.silent("N4", FOREIGN_COUNTRY);
    rows.silent("N5", FOREIGN_COUNTRY);
    rows.silent("N6", FOREIGN_COUNTRY);
    rows.silent("N7", FOREIGN_COUNTRY);
  }

  @Test
  void tripLimitsComeFromConfiguration() {
    // with trips of at most three days, the four-day stay in the UK is no trip
    ScoreSettings strict = ScoreFrames.scoreSettings("ringwatch.score.trip-max-days = 3");
    SignalAsserts r = new SignalAsserts(new WorkerSignals(strict, inputs).rowsOf(SIGNALS), strict);
    r.fires("N4", FOREIGN_COUNTRY, "7 sign-in(s) from GB", "2 stretch(es) (longest 4 days)");
    r.silent("N2", FOREIGN_COUNTRY);
    r.fires("N2", HIGH_RISK_COUNTRY, "from CN");
  }

  @Test
  @Fires({"vpn_provider", "hosting_network"})
  void astrillAndHostingNetworks() {
    rows.fires("N5", VPN_PROVIDER, "20 sign-in(s) through Astrill VPN (first event AE-");
    assertEquals(20, rows.records("N5", VPN_PROVIDER).size(), "every sign-in through the VPN is named");
    rows.silent("N5", HOSTING_NETWORK);
    rows.fires("N6", HOSTING_NETWORK, "3 sign-in(s) from M247 (first event AE-");
  }

  @Test
  @Benign({"vpn_provider", "hosting_network"})
  void homeBroadbandIsNoVpn() {
    rows.silent("N4", VPN_PROVIDER);
    rows.silent("N4", HOSTING_NETWORK);
    rows.silent("N1", HOSTING_NETWORK);
  }

  @Test
  @Fires("impossible_travel")
  void texasThenLondonWithinTheHour() {
    rows.fires("N7", IMPOSSIBLE_TRAVEL, "1 country switch(es) within 2.0 h, e.g. US (AE-", ") then GB (AE-");
    assertEquals(2, rows.records("N7", IMPOSSIBLE_TRAVEL).size(), "the two sign-ins of the switch");
  }

  @Test
  @Benign("impossible_travel")
  void vpnSwitchedOnAndOff() {
    rows.silent("N5", IMPOSSIBLE_TRAVEL);
    rows.silent("N4", IMPOSSIBLE_TRAVEL);
  }

  @Test
  @Fires("signin_dprk_address_space")
  void northKoreanAddressSpace() {
    rows.fires("N8", DPRK_ADDRESS_SPACE, "1 sign-in(s) from 175.45.176.0/22 (high confidence); first event AE-");
    assertEquals(1, rows.records("N8", DPRK_ADDRESS_SPACE).size());
  }

  @Test
  @Benign("signin_dprk_address_space")
  void chinaIsNotNorthKorea() {
    rows.silent("N1", DPRK_ADDRESS_SPACE);
  }

  @Test
  @Fires("shared_ip")
  void ipOfWorkersLivingApart() {
    rows.fires("S1", SHARED_IP, "ip 98.1.1.1 (auth_events AE-", "also held by 1 worker(s) living elsewhere: S2");
  }

  @Test
  @Benign("shared_ip")
  void householdAndOfficeIps() {
    for (String w : new String[] {"H1", "H2", "O0", "O9"}) {
      rows.silent(w, SHARED_IP);
    }
  }

  @Test
  @Benign({"signin_foreign_country", "impossible_travel", "hosting_network"})
  void companyEgressSaysNothingOfWhereTheWorkerIs() {
    for (var sig : new io.ringwatch.score.signals.Signal[] {FOREIGN_COUNTRY, HIGH_RISK_COUNTRY, IMPOSSIBLE_TRAVEL,
        HOSTING_NETWORK}) {
      rows.silent("E1", sig);
    }
    for (int i = 0; i < 10; i++) {
      rows.silent("C" + i, HOSTING_NETWORK);
      rows.silent("C" + i, FOREIGN_COUNTRY);
    }
  }

  @Test
  void locationEvidenceCountsWhatWasLeftOut() {
    rows.fires("E2", HIGH_RISK_COUNTRY, "10 sign-in(s) from CN", "100% of sign-ins",
        "; 60 sign-in(s) through shared infrastructure left out (e.g. company vpn 98.7.0.0/16 (test VPN))");
  }

  @Test
  void declaredEgressTiesNoOne() {
    var vpnLinks = inputs.links().filter(org.apache.spark.sql.functions.col("worker_id").isin("E1", "E2")
        .and(org.apache.spark.sql.functions.col("kind").equalTo("ip"))).collectAsList();
    org.junit.jupiter.api.Assertions.assertFalse(vpnLinks.isEmpty());
    for (var r : vpnLinks) {
      String reason = r.getAs("ignored_reason");
      org.junit.jupiter.api.Assertions.assertTrue(reason != null && reason.startsWith("shared infrastructure: "),
          () -> "company egress must be ignored: " + r);
    }
  }
}
