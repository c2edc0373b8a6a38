package io.ringwatch.score;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cluster scoring on tiny inputs run through the real stages: a ring tied by one bank account and
 * one laptop drop address, a couple living apart with a joint account, a household, and a
 * neighbour who shares only a public IP with a ring member.
 */
@SparkTest
class ClusterScoreStageTest {
  static Map<String, Row> workers;
  static List<Row> clusters;
  static ScoreSettings settings;
  static ClusterScoreSettings clusterSettings;

  static void worker(ScoreFrames f, String id, String name, String street, String... more) {
    String[] base = {"worker_id", id, "full_name", name, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "claimed_work_country", "US",
        "employment_type", "employee", "job_title", "Software Engineer"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.worker(all);
  }

  static void bank(ScoreFrames f, String id, String worker, String account, String holder) {
    f.payment("payment_id", id, "worker_id", worker, "pay_date", "2026-10-01", "amount", "3000.00", "currency", "USD",
        "payment_method", "ach", "bank_routing_number", "021000021", "bank_account_number", account,
        "account_holder_name", holder);
  }

  static void laptop(ScoreFrames f, String id, String worker, String street, String zip) {
    f.device("device_id", id, "serial_number", "SN" + id, "assigned_worker_id", worker, "model", "MacBook Pro",
        "shipped_at", "2026-09-01", "ship_to_line1", street, "ship_to_city", "Austin", "ship_to_region", "TX",
        "ship_to_postal_code", zip, "ship_to_country", "US");
  }

  static void signIns(ScoreFrames f, String worker, String ip, int n) {
    for (int i = 0; i < n; i++) {
      f.signIn("event_id", "A-" + worker + "-" + ip + "-" + i, "event_time", "2026-11-1" + i + "T15:00:00Z",
          "worker_id", worker, "event_type", "login", "result", "success", "source_ip", ip);
    }
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    // a ring: three workers living apart, one bank account, laptops shipped to a drop address
    worker(f, "R1", "Anna Berg", "1 Oak St");
    worker(f, "R2", "Carl Diaz", "2 Pine St");
    worker(f, "R3", "Eve Fox", "3 Elm St");
    for (String w : List.of("R1", "R2", "R3")) {
      bank(f, "PAY-" + w, w, "123454821", "Anna Berg");
      laptop(f, "D-" + w, w, "12 Maple Ave", "78702");
    }
    f.endpoint("event_id", "E-KVM", "event_time", "2026-11-12T10:00:00Z", "device_id", "D-R1", "worker_id", "R1",
        "event_type", "usb_attach", "usb_vendor_id", "1d6b", "usb_product_id", "0104",
        "usb_product_name", "PiKVM Composite Device");
    // a neighbour of R1's who shares R1's home broadband IP and nothing else
    worker(f, "N1", "Gus Hall", "5 Oak St");
    signIns(f, "R1", "73.10.20.30", 3);
    signIns(f, "N1", "73.10.20.30", 3);
    // a couple living apart with a joint account
    worker(f, "C1", "Ben Cole", "7 Birch Rd");
    worker(f, "C2", "Dana Cole", "40 Cedar Ln");
    bank(f, "PAY-C1", "C1", "987650001", "Ben Cole");
    bank(f, "PAY-C2", "C2", "987650001", "Ben Cole");
    // a household: one home, one account
    worker(f, "H1", "Ivan Lund", "9 Ash St");
    worker(f, "H2", "Jana Lund", "9 Ash Street");
    bank(f, "PAY-H1", "H1", "555550002", "Ivan Lund");
    bank(f, "PAY-H2", "H2", "555550002", "Ivan Lund");
    // a facilitator: three workers living apart, each paid into a different account, all held by
    // one person who is none of them; and a spouse's account under the worker's family name
    worker(f, "F1", "Hana Park", "11 Lake Dr");
    worker(f, "F2", "Omar Said", "12 Hill Rd");
    worker(f, "F3", "Ruth Wong", "13 Bay Ct");
    bank(f, "PAY-F1", "F1", "300000001", "Victor Lam");
    bank(f, "PAY-F2", "F2", "300000002", "VICTOR  LAM");
    bank(f, "PAY-F3", "F3", "300000003", "Lam, Victor");
    worker(f, "S1", "Kim Novak", "14 Fir St");
    worker(f, "S2", "Tom Reed", "15 Yew St");
    bank(f, "PAY-S1", "S1", "300000004", "Lee Novak");
    bank(f, "PAY-S2", "S2", "300000005", "Lee Novak");
    settings = ScoreSettings.from(ScoreFrames.settings());
    clusterSettings = ClusterScoreSettings.from(ScoreFrames.settings());
    ScoreStage.Scored scored = ScoreStage.run(settings, clusterSettings, f.inputs());
    workers = scored.workerRisk().collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("worker_id"), r -> r));
    clusters = scored.clusters().collectAsList();
    clusters.forEach(c -> System.out.println(c.getAs("cluster_id") + " " + c.getAs("risk_score") + " "
        + c.getList(c.fieldIndex("tie_kinds")) + " " + c.getList(c.fieldIndex("reasons"))));
  }

  static Row clusterOf(String worker) {
    Object id = workers.get(worker).getAs("cluster_id");
    assertNotNull(id, worker + " should be in a cluster");
    return clusters.stream().filter(c -> id.equals(c.getAs("cluster_id"))).findFirst().orElseThrow();
  }

  static List<String> reasons(Row r) {
    return r.getList(r.fieldIndex("reasons"));
  }

  @Test
  void ringReasonsSayWhatTiesItInWordsAPersonCanCheck() {
    Row ring = clusterOf("R1");
    assertEquals(clusterOf("R3").getAs("cluster_id"), ring.<String>getAs("cluster_id"));
    List<String> reasons = reasons(ring);
    // strongest first: the members' behaviour (IP-KVM, 36 points here) before the money and laptop
    // ties (30 each), the public IP the neighbour shares (5) last
    assertTrue(reasons.get(0).contains(" members show signals of their own: "), reasons.toString());
    assertTrue(reasons.get(reasons.size() - 1).startsWith("2 workers signed in from one public IP"), reasons.toString());
    assertTrue(reasons.contains("3 workers paid into one bank account ending 4821"), reasons.toString());
    assertTrue(reasons.contains("3 laptops of 3 workers shipped to 12 Maple Ave, Austin, TX, which is no worker's home"),
        reasons.toString());
    // R1 brings the IP-KVM; R2 and R3 are paid into an account held in R1's name
    assertTrue(reasons.contains("3 of 4 members show signals of their own: Account holder is not the worker (2), "
        + "IP-KVM hardware attached (1)"), reasons.toString());
    assertTrue(ring.getList(ring.fieldIndex("tie_kinds")).containsAll(List.of("bank_account", "ship_address")));
    assertTrue(ring.<Double>getAs("risk_score") >= settings.high(), "ring score " + ring.getAs("risk_score"));
    assertFalse(String.join(" ", reasons).contains("123454821"), "no account number in the reasons");
    for (String w : List.of("R1", "R2", "R3")) {
      String band = workers.get(w).getAs("risk_band");
      assertTrue(band.equals("high") || band.equals("critical"), w + " " + band);
    }
  }

  @Test
  void aNeighbourOnTheSameIpGetsOnlyTheWeakShareOfTheRingsScore() {
    Row n1 = workers.get("N1");
    if (n1.getAs("cluster_id") == null || !n1.getAs("cluster_id").equals(workers.get("R1").getAs("cluster_id"))) {
      return; // community detection already left the neighbour out: nothing to propagate
    }
    double ring = clusterOf("R1").getAs("risk_score");
    double expected = ring * settings.clusterPropagation() * clusterSettings.weakTieShare();
    assertEquals(expected, n1.<Double>getAs("risk_score"), 0.11);
    assertFalse(List.of("high", "critical").contains(n1.<String>getAs("risk_band")), "neighbour flagged: " + n1);
  }

  @Test
  void aCoupleLivingApartWithAJointAccountIsOneTieAndNoBehaviour() {
    Row couple = clusterOf("C1");
    assertTrue(couple.<Double>getAs("risk_score") < settings.high(), "couple " + couple);
    assertEquals(List.of("bank_account"), couple.getList(couple.fieldIndex("tie_kinds")));
    assertEquals("2 workers paid into one bank account ending 0001", reasons(couple).get(0));
    assertTrue(reasons(couple).contains("none of the 2 members shows signals of its own beyond the shared values"));
  }

  @Test
  void aHouseholdsSharedAccountIsNoTie() {
    Row household = clusterOf("H1");
    assertEquals(List.of(), household.getList(household.fieldIndex("tie_kinds")));
    assertEquals(0.0, household.<Double>getAs("risk_score"));
    assertTrue(reasons(household).stream().anyMatch(s -> s.endsWith("(all live at one address)")),
        reasons(household).toString());
    assertEquals("low", workers.get("H1").getAs("risk_band"));
  }

  @Test
  void workersPaidIntoDifferentAccountsOfOneThirdPartyAreTiedByThePayeeName() {
    Row ring = clusterOf("F1");
    assertEquals(ring.<String>getAs("cluster_id"), clusterOf("F3").getAs("cluster_id"));
    assertEquals(List.of("payee_name"), ring.getList(ring.fieldIndex("tie_kinds")));
    assertTrue(reasons(ring).contains("3 workers paid into accounts held by one other person, 'lam victor'"),
        reasons(ring).toString());
    // The spouse shares the worker's family name: no third party, so no tie to the other worker
    // paid into an account under the same name.
    assertNull(workers.get("S1").getAs("cluster_id"));
  }

  @Test
  void defaultsAreTheShippedConfiguration() {
    assertEquals(ClusterScoreSettings.from(SettingsLoader.load(null)), clusterSettings);
  }
}
