package io.ringwatch.normalize;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * One IPv4 or IPv6 network in CIDR notation ({@code 175.45.176.0/22}), as a range of the
 * comparable hex form of {@link Ips} (8 hex digits for IPv4, 32 for IPv6).
 */
public record Cidr(String text, int version, String startHex, String endHex) implements Serializable {

  /** Parses {@code a.b.c.d/n} or {@code x::/n}; throws IllegalArgumentException naming why. */
  public static Cidr parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no CIDR");
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a CIDR (address/prefix)");
    }
    String canonical = Ips.canonical(t.substring(0, slash));
    String bitsText = t.substring(slash + 1);
    if (canonical == null || !bitsText.matches("\\d{1,3}")) {
      throw new IllegalArgumentException("'" + text + "' is not a CIDR (address/prefix)");
    }
    int version = Ips.version(canonical);
    int width = version == 4 ? 32 : 128;
    int bits = Integer.parseInt(bitsText);
    if (bits > width) {
      throw new IllegalArgumentException("'" + text + "' has a prefix longer than " + width);
    }
    BigInteger addr = version == 4 ? BigInteger.valueOf(Ips.v4ToLong(canonical))
        : Ips.hexToBig(Ips.v6ToHex(canonical));
    BigInteger hostMask = BigInteger.ONE.shiftLeft(width - bits).subtract(BigInteger.ONE);
    if (!addr.and(hostMask).equals(BigInteger.ZERO)) {
      throw new IllegalArgumentException("'" + text + "' has host bits set");
    }
    int digits = width / 4;
    return new Cidr(t, version, hex(addr, digits), hex(addr.or(hostMask), digits));
  }

  /** Whether the (raw or canonical) address lies in this network. */
  public boolean contains(String ip) {
    String h = hexOf(ip);
    return h != null && h.length() == startHex.length()
        && h.compareTo(startHex) >= 0 && h.compareTo(endHex) <= 0;
  }

  /** 8 hex digits for IPv4, 32 for IPv6, null when not an address. */
  public static String hexOf(String ip) {
    Long v4 = Ips.v4ToLong(ip);
    if (v4 != null) {
      String h = Long.toHexString(v4);
      return "0".repeat(8 - h.length()) + h;
    }
    return Ips.v6ToHex(ip);
  }

  private static String hex(BigInteger v, int digits) {
    String h = v.toString(16);
    return "0".repeat(digits - h.length()) + h;
  }
}
