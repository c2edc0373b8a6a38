package io.ringwatch.normalize;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * IP addresses to one canonical text and to comparable numbers, without any DNS lookup.
 *
 * <ul>
 *   <li>IPv4: dotted quad without leading zeros; IPv4-mapped IPv6 ({@code ::ffff:1.2.3.4})
 *       becomes IPv4. Numeric form: an unsigned 32-bit value in a {@code long}.</li>
 *   <li>IPv6: RFC 5952 compressed lower-case text; numeric form: 32 lower-case hex digits,
 *       whose string order is the numeric order (fixed width).</li>
 * </ul>
 * Brackets, a zone ({@code %eth0}) and an IPv4 port ({@code 1.2.3.4:443}) are dropped.
 */
public final class Ips {
  private Ips() {}

  /** The canonical address, or null when {@code raw} is not an IP address. */
  public static String canonical(String raw) {
    byte[] b = bytes(raw);
    if (b == null) {
      return null;
    }
    return b.length == 4 ? v4Text(b) : v6Text(b);
  }

  /** 4 or 6 for a canonical (or raw) address, else null. */
  public static Integer version(String ip) {
    byte[] b = bytes(ip);
    return b == null ? null : b.length == 4 ? 4 : 6;
  }

  /** The IPv4 address as an unsigned value, or null when it is not IPv4. */
  public static Long v4ToLong(String ip) {
    byte[] b = bytes(ip);
    if (b == null || b.length != 4) {
      return null;
    }
    long v = 0;
    for (byte x : b) {
      v = (v << 8) | (x & 0xff);
    }
    return v;
  }

  /** The dotted quad of an unsigned 32-bit value. */
  public static String longToV4(long v) {
    return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
  }

  /** The IPv6 address as 32 lower-case hex digits, or null when it is not IPv6. */
  public static String v6ToHex(String ip) {
    byte[] b = bytes(ip);
    if (b == null || b.length != 16) {
      return null;
    }
    StringBuilder s = new StringBuilder(32);
    for (byte x : b) {
      s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return s.toString();
  }

  /** The canonical IPv6 text of 32 hex digits. */
  public static String hexToV6(String hex) {
    byte[] b = new byte[16];
    for (int i = 0; i < 16; i++) {
      b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return v6Text(b);
  }

  /** Big-integer value of a 32-digit hex form. */
  public static BigInteger hexToBig(String hex) {
    return new BigInteger(hex, 16);
  }

  /** 32-digit hex form of a value in [0, 2^128). */
  public static String bigToHex(BigInteger v) {
    String h = v.toString(16);
    return "0".repeat(32 - h.length()) + h;
  }

  /**
   * The top {@code bits} bits (1..64) of an address as a number: for IPv4 of its 32 bits
   * ({@code bits} ≤ 32), for IPv6 of its 128 bits (the bits of a {@code long}, sign included
   * when {@code bits} is 64). Used as equi-join keys of range lookups.
   */
  public static long v4Prefix(long ip, int bits) {
    return ip >>> (32 - bits);
  }

  public static long v6Prefix(String hex, int bits) {
    long top = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    return bits == 64 ? top : top >>> (64 - bits);
  }

  /**
   * Whether the address is not globally routable: private (RFC 1918, RFC 4193 unique local),
   * carrier-grade NAT (RFC 6598), loopback, link-local, documentation, benchmarking,
   * multicast, reserved, unspecified. False for public addresses; null when not an address.
   */
  public static Boolean isPrivateOrReserved(String ip) {
    byte[] b = bytes(ip);
    if (b == null) {
      return null;
    }
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (b.length == 4) {
      return a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224
          || (a0 == 100 && a1 >= 64 && a1 <= 127)
          || (a0 == 169 && a1 == 254)
          || (a0 == 172 && a1 >= 16 && a1 <= 31)
          || (a0 == 192 && a1 == 168)
          || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
          || (a0 == 198 && (a1 == 18 || a1 == 19))
          || (a0 == 198 && a1 == 51 && a2 == 100)
          || (a0 == 203 && a1 == 0 && a2 == 113);
    }
    String hex = v6ToHex(ip);
    return hex.equals("0".repeat(32)) || hex.equals("0".repeat(31) + "1")
        || (a0 & 0xfe) == 0xfc // fc00::/7 unique local
        || (a0 == 0xfe && (a1 & 0xc0) == 0x80) // fe80::/10 link-local
        || (a0 == 0xfe && (a1 & 0xc0) == 0xc0) // fec0::/10 old site-local
        || a0 == 0xff // multicast
        || hex.startsWith("20010db8") // documentation
        || hex.startsWith("0100000000000000") // discard-only 100::/64
        || hex.startsWith("3fff0"); // documentation 3fff::/20
  }

  /** The address bytes (4 or 16), or null. Never resolves host names. */
  static byte[] bytes(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        return null;
      }
      s = s.substring(1, close);
    }
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    if (s.indexOf(':') < 0 || (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') > 0)) {
      int colon = s.indexOf(':');
      if (colon > 0) {
        String port = s.substring(colon + 1);
        if (!digits(port, 1, 5)) {
          return null;
        }
        s = s.substring(0, colon);
      }
      return parseV4(s);
    }
    if (s.length() > 45 || !s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
      return null;
    }
    try {
      // A literal containing ':' is parsed as IPv6 by the JDK; it never triggers a DNS lookup.
      InetAddress address = InetAddress.getByName(s);
      if (address instanceof Inet4Address) {
        return address.getAddress(); // IPv4-mapped IPv6, converted by the JDK
      }
      if (address instanceof Inet6Address) {
        return address.getAddress();
      }
      return null;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** A dotted quad of four decimal parts of one to three digits, each at most 255 (no regex: called per event). */
  private static byte[] parseV4(String s) {
    byte[] b = new byte[4];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        if (++digits > 3) {
          return null;
        }
      } else if (c == '.') {
        if (digits == 0 || value > 255 || part > 3) {
          return null;
        }
        b[part++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 4 ? b : null;
  }

  private static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String v4Text(byte[] b) {
    return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
  }

  /** RFC 5952: lower case, no leading zeros, the longest run (≥ 2) of zero groups as "::". */
  private static String v6Text(byte[] b) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestStart = -1;
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        s.append("::");
        i += bestLen - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
        s.append(':');
      }
      s.append(Integer.toHexString(g[i]));
    }
    return s.toString();
  }
}
