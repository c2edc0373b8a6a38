package io.ringwatch.link;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.link.PhotoHashGroups.BandPlan;
import io.ringwatch.testing.SharedSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Near-identical photo hashes grouped on Spark, found without comparing all pairs. */
@SparkTest
class PhotoHashGroupsTest {
  static final StructType RAW = new StructType().add("worker_id", DataTypes.StringType)
      .add("kind", DataTypes.StringType).add("value", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("record_id", DataTypes.StringType).add("pre_ignored", DataTypes.StringType);
  final SparkSession spark = SharedSpark.get();

  static long flipBits(long h, int... bits) {
    for (int b : bits) {
      h ^= 1L << b;
    }
    return h;
  }

  Dataset<Row> hashes(List<Long> values) {
    return spark.createDataset(values.stream().map(PhotoHashGroups::hex).toList(), Encoders.STRING()).toDF("hash");
  }

  @Test
  void photosWithinSixBitsBecomeOneValueAndTwelveBitsApartDoNot() {
    long base = 0x5a17c3e98b2d4f60L;
    long three = flipBits(base, 1, 20, 40);
    long six = flipBits(base, 2, 3, 21, 33, 50, 63);
    long twelve = flipBits(base, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16); // 12 from base, >= 9 from the others
    long other = 0x0123456789abcdefL;
    long otherNear = flipBits(other, 0, 1); // a second group
    List<Row> raw = new ArrayList<>();
    raw.add(RowFactory.create("w1", "photo", PhotoHashGroups.hex(base), "hr_workers", "w1", null));
    raw.add(RowFactory.create("w2", "photo", PhotoHashGroups.hex(base), "hr_workers", "w2", null));
    raw.add(RowFactory.create("w3", "photo", PhotoHashGroups.hex(three), "hr_workers", "w3", null));
    raw.add(RowFactory.create("w4", "photo", PhotoHashGroups.hex(six), "hr_workers", "w4", null));
    raw.add(RowFactory.create("w5", "photo", PhotoHashGroups.hex(twelve), "hr_workers", "w5", null));
    raw.add(RowFactory.create("w6", "photo", PhotoHashGroups.hex(other), "hr_workers", "w6", null));
    raw.add(RowFactory.create("w7", "photo", PhotoHashGroups.hex(otherNear), "hr_workers", "w7", null));
    // Another kind with a value that looks like a hash is left alone.
    raw.add(RowFactory.create("w8", "resume", PhotoHashGroups.hex(three), "hr_workers", "w8", null));
    Dataset<Row> regrouped = PhotoHashGroups.regroup(spark.createDataFrame(raw, RAW), new BandPlan(6, 4));

    Map<String, String> value = new HashMap<>();
    regrouped.collectAsList().forEach(r -> value.put(r.getString(0), r.getString(2)));
    assertEquals(8, value.size());
    String group = new TreeSet<>(List.of(PhotoHashGroups.hex(base), PhotoHashGroups.hex(three),
        PhotoHashGroups.hex(six))).first();
    for (String w : List.of("w1", "w2", "w3", "w4")) {
      assertEquals(group, value.get(w), w);
    }
    assertEquals(PhotoHashGroups.hex(twelve), value.get("w5"));
    assertEquals("0123456789abcdec", value.get("w6")); // the smaller of the pair
    assertEquals("0123456789abcdec", value.get("w7"));
    assertEquals(PhotoHashGroups.hex(three), value.get("w8"));
    assertEquals(List.of(RAW.fieldNames()), List.of(regrouped.columns()));

    // The same with exact bands (d + 1 = 7), and nothing grouped at distance 0.
    Dataset<Row> seven = PhotoHashGroups.regroup(spark.createDataFrame(raw, RAW), new BandPlan(6, 7));
    assertEquals(4, seven.filter(col("kind").equalTo("photo").and(col("value").equalTo(group))).count());
    Dataset<Row> exact = PhotoHashGroups.regroup(spark.createDataFrame(raw, RAW), new BandPlan(0, 4));
    assertEquals(2, exact.filter(col("value").equalTo(PhotoHashGroups.hex(base))).count());
  }

  /** On random hashes with planted near pairs: exactly the pairs a full comparison finds, from few candidates. */
  @ParameterizedTest
  @CsvSource({"6, 4", "6, 7", "8, 3"})
  void findsWhatAFullComparisonFindsFromFarFewerCandidates(int distance, int bands) {
    Random rnd = new Random(11);
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      values.add(rnd.nextLong());
    }
    for (int i = 0; i < 100; i++) { // near copies at 0..distance+4 bits
      long h = values.get(rnd.nextInt(values.size()));
      values.add(PhotoHashBandsTest.flip(rnd, h, rnd.nextInt(distance + 5)));
    }
    List<Long> distinct = new ArrayList<>(new TreeSet<>(values));
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        if (PhotoHashGroups.hamming(distinct.get(i), distinct.get(j)) <= distance) {
          String a = PhotoHashGroups.hex(distinct.get(i));
          String b = PhotoHashGroups.hex(distinct.get(j));
          expected.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        }
      }
    }
    BandPlan plan = new BandPlan(distance, bands);
    Set<String> found = new TreeSet<>();
    PhotoHashGroups.nearPairs(hashes(values), plan).collectAsList()
        .forEach(r -> found.add(r.getString(0) + "-" + r.getString(1)));
    assertTrue(expected.size() >= 30, "planted pairs: " + expected.size());
    assertEquals(expected, found);

    long n = distinct.size();
    long allPairs = n * (n - 1) / 2;
    long candidates = PhotoHashGroups.candidatePairs(hashes(values), plan).count();
    // Expected share of random pairs that meet on a key: bands · ball(width, tolerance) / 2^width.
    double share = (double) candidates / allPairs;
    System.out.printf("photo hash bands %d for distance %d: %d candidate pairs of %d (%.3f%%), %d near pairs%n",
        bands, distance, candidates, allPairs, 100 * share, found.size());
    assertTrue(share < 0.02, "candidates " + candidates + " of " + allPairs);
  }
}
