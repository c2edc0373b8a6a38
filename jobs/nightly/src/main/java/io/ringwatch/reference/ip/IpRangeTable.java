package io.ringwatch.reference.ip;

import io.ringwatch.normalize.Ips;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A table of IP ranges ({@code start, end → payload}) made for lookups that scale: the ranges
 * are cut once into disjoint segments, sorted, each holding the payload of the narrowest range
 * that covers it, so a lookup is one binary search, done on the executors beside the events
 * (the table is a broadcast variable, tens of megabytes for the public databases): no join, no
 * shuffle of the events, never a scan per row.
 *
 * <p>Where ranges nest (the public databases have nested and a few overlapping ranges) the
 * narrowest wins: the one with the greatest start, then the smallest end. IPv4 and IPv6 are
 * kept apart (an IPv4-mapped IPv6 address is IPv4, as {@link Ips#canonical} makes it).
 */
public final class IpRangeTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A range as read: start and end address (text, any notation {@link Ips} reads) and its payload. */
  public record Range(String start, String end, Object[] payload) {}

  // IPv4 segments: unsigned 32-bit bounds in longs, inclusive.
  private final long[] v4Start;
  private final long[] v4End;
  private final int[] v4Payload;
  // IPv6 segments: 128-bit bounds as (high, low) unsigned longs, inclusive.
  private final long[] v6StartHi;
  private final long[] v6StartLo;
  private final long[] v6EndHi;
  private final long[] v6EndLo;
  private final int[] v6Payload;
  /** Distinct payloads; segments point into it. */
  private final Object[][] payloads;
  private final int ranges;
  private final int dropped;

  private IpRangeTable(Segments v4, Segments v6, Object[][] payloads, int ranges, int dropped) {
    this.v4Start = v4.startLo();
    this.v4End = v4.endLo();
    this.v4Payload = v4.payload();
    this.v6StartHi = v6.startHi();
    this.v6StartLo = v6.startLo();
    this.v6EndHi = v6.endHi();
    this.v6EndLo = v6.endLo();
    this.v6Payload = v6.payload();
    this.payloads = payloads;
    this.ranges = ranges;
    this.dropped = dropped;
  }

  /**
   * Builds the table. Ranges whose addresses do not parse, mix families or run backwards are
   * left out and counted ({@link #dropped()}).
   */
  public static IpRangeTable of(List<Range> input) {
    Map<List<Object>, Integer> payloadIds = new HashMap<>();
    List<Object[]> payloadList = new ArrayList<>();
    List<Bounded> v4 = new ArrayList<>();
    List<Bounded> v6 = new ArrayList<>();
    int dropped = 0;
    for (Range r : input) {
      BigInteger[] b = bounds(r.start(), r.end());
      if (b == null) {
        dropped++;
        continue;
      }
      Integer id = payloadIds.computeIfAbsent(Arrays.asList(r.payload()), k -> {
        payloadList.add(r.payload());
        return payloadList.size() - 1;
      });
      Bounded x = new Bounded(b[0], b[1], id, (b[2] != null ? v4 : v6).size());
      (b[2] != null ? v4 : v6).add(x);
    }
    return new IpRangeTable(segments(v4), segments(v6), payloadList.toArray(new Object[0][]),
        input.size() - dropped, dropped);
  }

  /** The payload of the narrowest range holding {@code ip} (any notation), or null. */
  public Object[] find(String ip) {
    if (ip == null) {
      return null;
    }
    Long v4 = Ips.v4ToLong(ip);
    if (v4 != null) {
      int i = lastAtOrBelow(v4Start, v4);
      return i >= 0 && v4 <= v4End[i] ? payloads[v4Payload[i]] : null;
    }
    String hex = Ips.v6ToHex(ip);
    if (hex == null) {
      return null;
    }
    long hi = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    long lo = Long.parseUnsignedLong(hex.substring(16), 16);
    int lowIdx = 0;
    int high = v6StartHi.length - 1;
    int found = -1;
    while (lowIdx <= high) { // the last segment starting at or below the address
      int mid = (lowIdx + high) >>> 1;
      if (compare(v6StartHi[mid], v6StartLo[mid], hi, lo) <= 0) {
        found = mid;
        lowIdx = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found >= 0 && compare(hi, lo, v6EndHi[found], v6EndLo[found]) <= 0 ? payloads[v6Payload[found]] : null;
  }

  /** Ranges read into the table. */
  public int ranges() {
    return ranges;
  }

  /** Ranges left out (unparseable, mixed families, backwards). */
  public int dropped() {
    return dropped;
  }

  /** Disjoint segments the ranges were cut into. */
  public int segments() {
    return v4Start.length + v6StartHi.length;
  }

  // ------------------------------------------------------------------ keeping (IpTableCache)

  /**
   * Writes the built table: its segments and payloads (strings and numbers only), so that
   * {@link #readFrom} gives back an equal table without reading or cutting the ranges again.
   */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(ranges);
    out.writeInt(dropped);
    writeLongs(out, v4Start);
    writeLongs(out, v4End);
    writeInts(out, v4Payload);
    writeLongs(out, v6StartHi);
    writeLongs(out, v6StartLo);
    writeLongs(out, v6EndHi);
    writeLongs(out, v6EndLo);
    writeInts(out, v6Payload);
    out.writeInt(payloads.length);
    for (Object[] p : payloads) {
      out.writeInt(p.length);
      for (Object v : p) {
        if (v == null) {
          out.writeByte(0);
        } else if (v instanceof String str) {
          out.writeByte(1);
          out.writeUTF(str);
        } else if (v instanceof Long l) {
          out.writeByte(2);
          out.writeLong(l);
        } else {
          throw new IOException("a payload of type " + v.getClass().getName() + " cannot be kept");
        }
      }
    }
  }

  /** The table {@link #writeTo} wrote; a damaged or cut stream fails with an IOException. */
  static IpRangeTable readFrom(DataInputStream in) throws IOException {
    int ranges = in.readInt();
    int dropped = in.readInt();
    long[] v4s = readLongs(in);
    long[] v4e = readLongs(in);
    int[] v4p = readInts(in);
    Segments v4 = new Segments(new long[v4s.length], v4s, new long[v4s.length], v4e, v4p);
    Segments v6 = new Segments(readLongs(in), readLongs(in), readLongs(in), readLongs(in), readInts(in));
    Object[][] payloads = new Object[checkedLength(in.readInt())][];
    for (int i = 0; i < payloads.length; i++) {
      Object[] p = new Object[checkedLength(in.readInt())];
      for (int j = 0; j < p.length; j++) {
        byte tag = in.readByte();
        p[j] = switch (tag) {
          case 0 -> null;
          case 1 -> in.readUTF();
          case 2 -> in.readLong();
          default -> throw new IOException("unknown payload tag " + tag);
        };
      }
      payloads[i] = p;
    }
    if (v4e.length != v4s.length || v4p.length != v4s.length || v6.startLo().length != v6.startHi().length
        || v6.endHi().length != v6.startHi().length || v6.endLo().length != v6.startHi().length
        || v6.payload().length != v6.startHi().length) {
      throw new IOException("segment arrays of different lengths");
    }
    for (int[] ids : new int[][] {v4p, v6.payload()}) {
      for (int id : ids) {
        if (id < 0 || id >= payloads.length) {
          throw new IOException("a segment points at no payload");
        }
      }
    }
    return new IpRangeTable(v4, v6, payloads, ranges, dropped);
  }

  private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
    out.writeInt(a.length);
    for (long v : a) {
      out.writeLong(v);
    }
  }

  private static void writeInts(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }

  private static long[] readLongs(DataInputStream in) throws IOException {
    long[] a = new long[checkedLength(in.readInt())];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readLong();
    }
    return a;
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] a = new int[checkedLength(in.readInt())];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  /** A length a kept table can have (the public databases hold a few million ranges). */
  private static int checkedLength(int n) throws IOException {
    if (n < 0 || n > 50_000_000) {
      throw new IOException("implausible length " + n);
    }
    return n;
  }

  // ------------------------------------------------------------------ building

  /** A parsed range: bounds, payload id, and its position in the input (ties keep input order). */
  private record Bounded(BigInteger start, BigInteger end, int payload, int order) {}

  private record Segments(long[] startHi, long[] startLo, long[] endHi, long[] endLo, int[] payload) {}

  /** [start, end, v4 marker or null], or null when the range is unusable. */
  private static BigInteger[] bounds(String start, String end) {
    if (start == null || end == null) {
      return null;
    }
    Long s4 = Ips.v4ToLong(start.trim());
    Long e4 = Ips.v4ToLong(end.trim());
    if (s4 != null && e4 != null) {
      return s4 <= e4 ? new BigInteger[] {BigInteger.valueOf(s4), BigInteger.valueOf(e4), BigInteger.ONE} : null;
    }
    String s6 = Ips.v6ToHex(start.trim());
    String e6 = Ips.v6ToHex(end.trim());
    if (s6 == null || e6 == null || s6.compareTo(e6) > 0) {
      return null;
    }
    return new BigInteger[] {new BigInteger(s6, 16), new BigInteger(e6, 16), null};
  }

  /**
   * Cuts the ranges into disjoint segments with a sweep over their bounds: between two
   * consecutive bounds the covering ranges are the active ones, and the narrowest of them (greatest
   * start, then smallest end) gives the segment its payload; neighbours with the same range merge.
   */
  private static Segments segments(List<Bounded> ranges) {
    List<BigInteger> points = new ArrayList<>(2 * ranges.size());
    for (Bounded r : ranges) {
      points.add(r.start());
      points.add(r.end().add(BigInteger.ONE));
    }
    points.sort(null);
    List<Bounded> byStart = new ArrayList<>(ranges);
    byStart.sort(Comparator.comparing(Bounded::start));
    List<Bounded> byEnd = new ArrayList<>(ranges);
    byEnd.sort(Comparator.comparing(Bounded::end));
    TreeSet<Bounded> active = new TreeSet<>(Comparator.comparing(Bounded::start).reversed()
        .thenComparing(Bounded::end).thenComparingInt(Bounded::order));
    List<BigInteger[]> out = new ArrayList<>();
    List<Integer> outPayload = new ArrayList<>();
    List<Bounded> outRange = new ArrayList<>();
    int nextStart = 0;
    int nextEnd = 0;
    BigInteger previous = null;
    for (BigInteger p : points) {
      if (p.equals(previous)) {
        continue;
      }
      previous = p;
      while (nextStart < byStart.size() && byStart.get(nextStart).start().compareTo(p) <= 0) {
        active.add(byStart.get(nextStart++));
      }
      while (nextEnd < byEnd.size() && byEnd.get(nextEnd).end().compareTo(p) < 0) {
        active.remove(byEnd.get(nextEnd++));
      }
      if (active.isEmpty()) {
        continue;
      }
      Bounded best = active.first();
      // The segment runs from p to just before the next bound: the smallest of the next start
      // above p and the end of any active range.
      BigInteger segEnd = active.stream().map(Bounded::end).min(BigInteger::compareTo).orElseThrow();
      if (nextStart < byStart.size()) {
        BigInteger beforeNext = byStart.get(nextStart).start().subtract(BigInteger.ONE);
        segEnd = segEnd.min(beforeNext);
      }
      int last = out.size() - 1;
      if (last >= 0 && outRange.get(last) == best && out.get(last)[1].add(BigInteger.ONE).equals(p)) {
        out.get(last)[1] = segEnd;
      } else {
        out.add(new BigInteger[] {p, segEnd});
        outPayload.add(best.payload());
        outRange.add(best);
      }
    }
    int n = out.size();
    long[] sHi = new long[n];
    long[] sLo = new long[n];
    long[] eHi = new long[n];
    long[] eLo = new long[n];
    int[] pay = new int[n];
    for (int i = 0; i < n; i++) {
      sHi[i] = out.get(i)[0].shiftRight(64).longValue();
      sLo[i] = out.get(i)[0].longValue();
      eHi[i] = out.get(i)[1].shiftRight(64).longValue();
      eLo[i] = out.get(i)[1].longValue();
      pay[i] = outPayload.get(i);
    }
    return new Segments(sHi, sLo, eHi, eLo, pay);
  }

  // ------------------------------------------------------------------ searching

  private static int lastAtOrBelow(long[] starts, long v) {
    int i = Arrays.binarySearch(starts, v);
    return i >= 0 ? i : -i - 2;
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int c = Long.compareUnsigned(aHi, bHi);
    return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
  }
}
