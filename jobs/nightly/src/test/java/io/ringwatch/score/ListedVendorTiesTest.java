package io.ringwatch.score;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contractors supplied through one listed front company form one cluster, however the vendor is spelt. */
@SparkTest
class ListedVendorTiesTest {
  static ScoreInputs in;

  static void contractor(ScoreFrames f, String id, String name, String street, String vendor) {
    f.worker("worker_id", id, "full_name", name, "home_address_line1", street, "home_city", "Austin",
        "home_region", "TX", "home_postal_code", "78701", "home_country", "US", "employment_type", "contractor",
        "vendor_name", vendor);
  }

  static void paid(ScoreFrames f, String id, String worker, String account, String holder) {
    f.payment("payment_id", id, "worker_id", worker, "pay_date", "2026-10-01", "amount", "5000.00",
        "currency", "USD", "payment_method", "ach", "bank_routing_number", "021000021",
        "bank_account_number", account, "account_holder_name", holder);
  }

  @BeforeAll
  static void run() {
    ScoreFrames f = new ScoreFrames();
    contractor(f, "V1", "Tom Reed", "1 Oak St", "Yanbian Silverstar Network Technology Co., Ltd.");
    contractor(f, "V2", "Amy Lane", "2 Pine St", "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO LTD");
    contractor(f, "V3", "Raj Shah", "3 Elm St", "Yanbian Silverstar Network Technology Co. Ltd");
    // each paid into the front company's account, under its name
    paid(f, "VP-1", "V1", "777000111", "Yanbian Silverstar Network Technology");
    paid(f, "VP-2", "V2", "777000111", "Yanbian Silverstar Network Technology");
    // two contractors of an ordinary agency, paid into the agency's account under its name
    contractor(f, "A1", "Sue Park", "4 Ash St", "Acme Staffing LLC");
    contractor(f, "A2", "Lee Moss", "5 Ash St", "Acme Staffing LLC");
    paid(f, "AP-1", "A1", "555000111", "ACME STAFFING, L.L.C.");
    paid(f, "AP-2", "A2", "555000111", "ACME STAFFING, L.L.C.");
    in = f.inputs();
  }

  @Test
  void oneListedVendorTiesItsContractorsIntoOneCluster() {
    List<Row> vendorLinks = in.links().filter(col("kind").equalTo("listed_vendor")).collectAsList();
    assertEquals(Set.of("V1", "V2", "V3"), vendorLinks.stream().map(r -> r.<String>getAs("worker_id"))
        .collect(Collectors.toSet()));
    assertEquals(1, vendorLinks.stream().map(r -> r.<String>getAs("value_hash")).distinct().count(),
        "one list entry, whatever the spelling");
    List<Row> clusters = in.workerClusters().filter(col("worker_id").startsWith("V"))
        .select("worker_id", "cluster_id").collectAsList();
    assertEquals(3, clusters.size());
    assertEquals(1, clusters.stream().map(r -> r.getString(1)).distinct().count(), clusters.toString());
  }

  @Test
  void theFrontCompanysAccountTiesButAnAgencysDoesNot() {
    for (Row r : in.links().filter(col("kind").equalTo("bank_account")).collectAsList()) {
      String w = r.getAs("worker_id");
      if (w.startsWith("V")) {
        assertNull(r.getAs("ignored_reason"), "a listed vendor's account is no agency account: " + r);
      } else {
        assertEquals("agency account: paid under the name of the worker's vendor", r.getAs("ignored_reason"));
      }
    }
  }

  @Test
  void theVendorTieReadsAsASentenceNotAKindId() {
    List<Row> ties = ClusterTies.of(in, in.workerClusters()).filter(col("kind").equalTo("listed_vendor"))
        .select("sentence").collectAsList();
    assertEquals(1, ties.size(), ties.toString());
    String sentence = ties.get(0).getString(0);
    assertTrue(sentence.startsWith("3 workers supplied by one vendor on a sanctions list, listed entity "), sentence);
  }
}
