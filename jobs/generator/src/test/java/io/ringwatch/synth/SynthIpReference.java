package io.ringwatch.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The real IPv4 reference tables of data/reference/ip, for range lookups in the tests. */
final class SynthIpReference {
  final long[] start;
  final long[] end;
  final String[] value;

  private SynthIpReference(long[] start, long[] end, String[] value) {
    this.start = start;
    this.end = end;
    this.value = value;
  }

  static Path dir() {
    return Path.of(System.getProperty("ringwatch.repo.root", ".."), "data", "reference", "ip");
  }

  /** {@code geo-whois-asn-country-ipv4.csv.gz}: value = country code. */
  static SynthIpReference country() {
    return load(dir().resolve("geo-whois-asn-country-ipv4.csv.gz"));
  }

  /** {@code asn-ipv4.csv.gz}: value = ASN. */
  static SynthIpReference asn() {
    return load(dir().resolve("asn-ipv4.csv.gz"));
  }

  private static SynthIpReference load(Path file) {
    List<long[]> ranges = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int a = line.indexOf(',');
        int b = line.indexOf(',', a + 1);
        int c = line.indexOf(',', b + 1);
        String s = line.substring(0, a);
        if (s.indexOf(':') >= 0) {
          continue;
        }
        ranges.add(new long[] {IpRanges.parse(s), IpRanges.parse(line.substring(a + 1, b))});
        values.add(c < 0 ? line.substring(b + 1) : line.substring(b + 1, c));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Integer[] order = new Integer[ranges.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(ranges.get(x)[0], ranges.get(y)[0]));
    long[] st = new long[order.length];
    long[] en = new long[order.length];
    String[] va = new String[order.length];
    for (int i = 0; i < order.length; i++) {
      st[i] = ranges.get(order[i])[0];
      en[i] = ranges.get(order[i])[1];
      va[i] = values.get(order[i]);
    }
    return new SynthIpReference(st, en, va);
  }

  /** The value for {@code ip}, or null when no range holds it. */
  String lookup(String ip) {
    long v = IpRanges.parse(ip);
    int i = Arrays.binarySearch(start, v);
    if (i < 0) {
      i = -i - 2;
    }
    return i >= 0 && v <= end[i] ? value[i] : null;
  }

  /** Every value of the ranges overlapping [lo, hi], or null when part of it is uncovered. */
  List<String> valuesCovering(long lo, long hi) {
    int i = Arrays.binarySearch(start, lo);
    if (i < 0) {
      i = Math.max(0, -i - 2);
    }
    List<String> out = new ArrayList<>();
    long next = lo;
    for (; i < start.length && start[i] <= hi; i++) {
      if (end[i] < lo) {
        continue;
      }
      if (start[i] > next) {
        return null;
      }
      out.add(value[i]);
      next = Math.max(next, end[i] + 1);
    }
    return next > hi ? out : null;
  }
}
