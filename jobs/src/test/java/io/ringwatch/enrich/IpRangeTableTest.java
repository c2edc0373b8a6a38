package io.ringwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.normalize.Ips;
import io.ringwatch.testing.SharedSpark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class IpRangeTableTest {
  private static final SparkSession SPARK = SharedSpark.get();
  private static final int[] V4 = {8, 12, 16, 20, 24, 28, 32};
  private static final int[] V6 = {16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64};

  private static Dataset<Row> ips(List<String> ips) {
    return SPARK.createDataset(ips, Encoders.STRING()).toDF("ip");
  }

  private static Map<String, String> asMap(Dataset<Row> df) {
    Map<String, String> m = new HashMap<>();
    for (Row r : df.collectAsList()) {
      m.put(r.getString(0), String.valueOf(r.get(1)));
    }
    return m;
  }

  private static void assertNoCartesian(Dataset<Row> df) {
    String before = df.queryExecution().executedPlan().toString();
    df.collectAsList();
    String after = df.queryExecution().executedPlan().toString();
    for (String plan : List.of(before, after)) {
      assertFalse(plan.contains("CartesianProduct"), plan);
      assertFalse(plan.contains("BroadcastNestedLoopJoin"), plan);
      assertTrue(plan.contains("BroadcastHashJoin") || plan.contains("SortMergeJoin")
          || plan.contains("ShuffledHashJoin"), plan);
    }
  }

  @Test
  void nestedRangesTheNarrowestWinsAndGapsMiss() {
    StructType schema = new StructType().add("s", DataTypes.StringType).add("e", DataTypes.StringType)
        .add("v", DataTypes.StringType);
    Dataset<Row> ranges = SPARK.createDataFrame(List.of(
        RowFactory.create("1.0.0.0", "1.255.255.255", "wide"),
        RowFactory.create("1.2.3.0", "1.2.3.255", "narrow"),
        RowFactory.create("1.2.3.4", "1.2.3.4", "single"),
        RowFactory.create("9.0.0.0", "8.0.0.0", "backwards"),
        RowFactory.create("bad", "1.2.3.4", "bad"),
        RowFactory.create("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "v6wide"),
        RowFactory.create("2001:db8:1::", "2001:db8:1::ffff", "v6narrow"),
        RowFactory.create("::", "::ffff", "v6low")), schema);
    for (long broadcastMax : new long[] {0, 1_000_000}) {
      IpRangeTable t = IpRangeTable.prepare(ranges, V4, V6, 4, broadcastMax);
      Dataset<Row> out = t.lookup(ips(List.of("1.2.3.4", "1.2.3.5", "1.9.9.9", "2.0.0.0", "8.5.0.0",
          "2001:db8:1::1", "2001:db8:2::1", "2001:db9::", "::1", "0.0.0.0")), "ip");
      assertNoCartesian(out);
      Map<String, String> m = asMap(out);
      assertEquals(Map.of("1.2.3.4", "single", "1.2.3.5", "narrow", "1.9.9.9", "wide",
          "2001:db8:1::1", "v6narrow", "2001:db8:2::1", "v6wide", "::1", "v6low"), m);
      t.unpersist();
    }
  }

  record Range(String start, String end, String value) {}

  private static List<Range> read(String file) throws Exception {
    List<Range> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
        SharedSpark.repoRoot().resolve("data/reference/ip").resolve(file))), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] p = line.split(",", 3);
        out.add(new Range(hex(p[0]), hex(p[1]), p[2]));
      }
    }
    return out;
  }

  private static String hex(String ip) {
    Long v4 = Ips.v4ToLong(ip);
    return v4 != null ? IpRangeTable.hex8(v4) : Ips.v6ToHex(ip);
  }

  /** A plain scan with the same rule: greatest start, then smallest end. */
  private static String bruteForce(List<Range> ranges, String ip) {
    String h = hex(ip);
    Range best = null;
    for (Range r : ranges) {
      if (r.start.length() == h.length() && r.start.compareTo(h) <= 0 && h.compareTo(r.end) <= 0
          && (best == null || r.start.compareTo(best.start) > 0
          || (r.start.equals(best.start) && r.end.compareTo(best.end) < 0))) {
        best = r;
      }
    }
    return best == null ? null : best.value;
  }

  private static String randomIn(Range r, Random rnd) {
    BigInteger s = new BigInteger(r.start, 16);
    BigInteger span = new BigInteger(r.end, 16).subtract(s).add(BigInteger.ONE);
    BigInteger off = new BigInteger(span.bitLength() + 8, rnd).mod(span);
    BigInteger v = s.add(off);
    if (r.start.length() == 8) {
      return Ips.longToV4(v.longValue());
    }
    return Ips.hexToV6(Ips.bigToHex(v));
  }

  @Test
  void realCountryTableAgreesWithABruteForceScan() throws Exception {
    List<Range> all = new ArrayList<>(read("geo-whois-asn-country-ipv4.csv.gz"));
    all.addAll(read("geo-whois-asn-country-ipv6.csv.gz"));
    Random rnd = new Random(42);
    Set<String> sample = new LinkedHashSet<>();
    while (sample.size() < 3000) {
      sample.add(randomIn(all.get(rnd.nextInt(all.size())), rnd));
    }
    for (int i = 0; i < 300; i++) { // anywhere, often in gaps
      sample.add(Ips.longToV4(rnd.nextLong() & 0xffffffffL));
    }
    IpRangeTable table = EnrichFixture.stage().countryTable();
    Dataset<Row> out = table.lookup(ips(new ArrayList<>(sample)), "ip");
    assertNoCartesian(out);
    Map<String, String> got = asMap(out);
    int mismatches = 0;
    StringBuilder examples = new StringBuilder();
    for (String ip : sample) {
      String expected = bruteForce(all, ip);
      if (!java.util.Objects.equals(expected, got.get(ip))) {
        mismatches++;
        if (examples.length() < 500) {
          examples.append(ip).append(" expected ").append(expected).append(" got ").append(got.get(ip)).append("; ");
        }
      }
    }
    assertEquals(0, mismatches, examples.toString());
    assertTrue(got.size() > 3000);
  }
}
