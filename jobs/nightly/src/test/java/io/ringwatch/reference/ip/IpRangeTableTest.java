package io.ringwatch.reference.ip;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.normalize.Ips;
import io.ringwatch.testing.SharedSpark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The range table alone (no Spark), and the shipped country table against a plain scan. */
@SparkTest
class IpRangeTableTest {
  private static IpRangeTable.Range r(String s, String e, String v) {
    return new IpRangeTable.Range(s, e, new Object[] {v});
  }

  private static String find(IpRangeTable t, String ip) {
    Object[] p = t.find(ip);
    return p == null ? null : (String) p[0];
  }

  @Test
  void nestedRangesTheNarrowestWinsAndGapsMiss() {
    IpRangeTable t = IpRangeTable.of(List.of(
        r("1.0.0.0", "1.255.255.255", "wide"),
        r("1.2.3.0", "1.2.3.255", "narrow"),
        r("1.2.3.4", "1.2.3.4", "single"),
        r("9.0.0.0", "8.0.0.0", "backwards"),
        r("bad", "1.2.3.4", "bad"),
        r("1.0.0.0", "2001:db8::", "mixed"),
        r("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "v6wide"),
        r("2001:db8:1::", "2001:db8:1::ffff", "v6narrow"),
        r("::", "::ffff", "v6low")));
    assertEquals(3, t.dropped());
    assertEquals("single", find(t, "1.2.3.4"));
    assertEquals("narrow", find(t, "1.2.3.5"));
    assertEquals("narrow", find(t, "1.2.3.3"));
    assertEquals("wide", find(t, "1.2.4.0"));
    assertEquals("wide", find(t, "1.9.9.9"));
    assertEquals("wide", find(t, "1.0.0.0"));
    assertEquals("wide", find(t, "1.255.255.255"));
    assertNull(find(t, "2.0.0.0"));
    assertNull(find(t, "0.255.255.255"));
    assertNull(find(t, "8.5.0.0"));
    assertEquals("v6narrow", find(t, "2001:db8:1::1"));
    assertEquals("v6wide", find(t, "2001:db8:2::1"));
    assertEquals("v6wide", find(t, "2001:0DB8:0000::"));
    assertNull(find(t, "2001:db9::"));
    assertEquals("v6low", find(t, "::1"));
    assertNull(find(t, "0.0.0.0"), "IPv4 is not looked up among IPv6 ranges");
    assertNull(find(t, "not an ip"));
    assertNull(find(t, null));
  }

  @Test
  void overlappingRangesTheGreatestStartThenTheSmallestEndWins() {
    IpRangeTable t = IpRangeTable.of(List.of(
        r("10.0.0.0", "10.0.0.99", "a"),
        r("10.0.0.50", "10.0.0.150", "b"),
        r("10.0.0.50", "10.0.0.60", "c"),
        r("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "top")));
    assertEquals("a", find(t, "10.0.0.49"));
    assertEquals("c", find(t, "10.0.0.50"));
    assertEquals("c", find(t, "10.0.0.60"));
    assertEquals("b", find(t, "10.0.0.61"), "b starts after a: the greater start wins");
    assertEquals("b", find(t, "10.0.0.150"));
    assertNull(find(t, "10.0.0.151"));
    assertEquals("top", find(t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), "the last address of IPv6");
    assertNull(find(t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:feff"));
  }

  @Test
  void randomNestedRangesAgreeWithAPlainScan() {
    Random rnd = new Random(7);
    List<Range> ranges = new ArrayList<>();
    List<IpRangeTable.Range> input = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      long s = rnd.nextInt(1 << 16);
      long e = s + (rnd.nextBoolean() ? rnd.nextInt(16) : rnd.nextInt(4096));
      String v = "r" + i;
      ranges.add(new Range(hex(Ips.longToV4(s)), hex(Ips.longToV4(e)), v));
      input.add(r(Ips.longToV4(s), Ips.longToV4(e), v));
    }
    IpRangeTable t = IpRangeTable.of(input);
    for (int i = 0; i < 5000; i++) {
      String ip = Ips.longToV4(rnd.nextInt(1 << 17));
      assertEquals(bruteForce(ranges, ip), find(t, ip), ip);
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
    return v4 != null ? "0".repeat(8 - Long.toHexString(v4).length()) + Long.toHexString(v4) : Ips.v6ToHex(ip);
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
    while (sample.size() < 1000) {
      sample.add(randomIn(all.get(rnd.nextInt(all.size())), rnd));
    }
    for (int i = 0; i < 200; i++) { // anywhere, often in gaps
      sample.add(Ips.longToV4(rnd.nextLong() & 0xffffffffL));
    }
    IpRangeTable table = IpTablesFixture.tables().country();
    assertEquals(all.size(), table.ranges());
    int mismatches = 0;
    int found = 0;
    StringBuilder examples = new StringBuilder();
    // The scan is the oracle; both cores run it (a million ranges by 1,200 addresses).
    List<String> ips = List.copyOf(sample);
    List<String> expectedOf = ips.parallelStream().map(ip -> bruteForce(all, ip)).toList();
    for (int i = 0; i < ips.size(); i++) {
      String ip = ips.get(i);
      String expected = expectedOf.get(i);
      String got = find(table, ip);
      found += got == null ? 0 : 1;
      if (!java.util.Objects.equals(expected, got)) {
        mismatches++;
        if (examples.length() < 500) {
          examples.append(ip).append(" expected ").append(expected).append(" got ").append(got).append("; ");
        }
      }
    }
    assertEquals(0, mismatches, examples.toString());
    assertTrue(found > 1000);
  }

  @Test
  void theShippedTablesKeptOnDiskAnswerAsTheyDid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    IpTableCache cache = new IpTableCache(dir);
    Random rnd = new Random(3);
    for (IpRangeTable table : List.of(IpTablesFixture.tables().country(), IpTablesFixture.tables().asn())) {
      cache.write("t" + table.segments(), table);
      IpRangeTable kept = cache.read("t" + table.segments()).orElseThrow();
      assertEquals(table.segments(), kept.segments());
      for (int i = 0; i < 20_000; i++) {
        String ip = i % 4 == 0 ? Ips.hexToV6(Ips.bigToHex(new BigInteger(128, rnd).shiftRight(rnd.nextInt(100))))
            : Ips.longToV4(rnd.nextLong() & 0xffffffffL);
        org.junit.jupiter.api.Assertions.assertArrayEquals(table.find(ip), kept.find(ip), ip);
      }
    }
  }
}
