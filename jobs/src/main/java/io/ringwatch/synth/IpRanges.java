package io.ringwatch.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Curated real IPv4 ranges the generator draws addresses from, so that every address geolocates
 * to the intended country and network with real public data. Each range was checked against
 * {@code data/reference/ip/geo-whois-asn-country-ipv4.csv.gz} (whole range = one country) and
 * {@code data/reference/ip/asn-ipv4.csv.gz} (whole range = one ASN), ip-location-db, Nov 2026
 * snapshot; {@code SynthIpRangesTest} re-checks it.
 */
public final class IpRanges {

  /** What kind of network a range belongs to. */
  public enum Kind { RESIDENTIAL, BUSINESS, HOSTING, DPRK }

  /** One CIDR block with its country (ISO alpha-2), ASN and operator as in the reference tables. */
  public record Range(String cidr, String country, int asn, String org, Kind kind) {
    public long first() {
      return parse(cidr.substring(0, cidr.indexOf('/')));
    }

    public long size() {
      return 1L << (32 - Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1)));
    }

    public long last() {
      return first() + size() - 1;
    }

    /** A host address in the block (never the .0 or .255 of a /24). */
    public String pick(SplittableRandom r) {
      long size = size();
      while (true) {
        long ip = first() + (size <= 1 ? 0 : r.nextLong(size));
        long low = ip & 0xFF;
        if (size < 256 || (low != 0 && low != 255)) {
          return format(ip);
        }
      }
    }

    public boolean contains(String ip) {
      long v = parse(ip);
      return v >= first() && v <= last();
    }
  }

  // US residential ISPs (home connections).
  /** US home broadband. */
  public static final List<Range> US_RESIDENTIAL = List.of(
      new Range("73.0.0.0/8", "US", 7922, "Comcast Cable Communications, LLC", Kind.RESIDENTIAL),
      new Range("98.192.0.0/10", "US", 7922, "Comcast Cable Communications, LLC", Kind.RESIDENTIAL),
      new Range("99.24.0.0/13", "US", 7018, "AT&T Enterprises, LLC", Kind.RESIDENTIAL),
      new Range("107.192.0.0/11", "US", 7018, "AT&T Enterprises, LLC", Kind.RESIDENTIAL),
      new Range("71.112.0.0/12", "US", 701, "Verizon Business", Kind.RESIDENTIAL),
      new Range("70.112.0.0/13", "US", 11427, "Charter Communications Inc", Kind.RESIDENTIAL),
      new Range("174.80.0.0/13", "US", 20115, "Charter Communications", Kind.RESIDENTIAL),
      new Range("68.0.0.0/12", "US", 22773, "Cox Communications Inc.", Kind.RESIDENTIAL),
      new Range("97.116.0.0/14", "US", 209, "CenturyLink Communications, LLC", Kind.RESIDENTIAL));

  /** Home broadband in the other countries workers claim or travel to. */
  public static final List<Range> CA_RESIDENTIAL = List.of(
      new Range("99.224.0.0/11", "CA", 812, "Rogers Communications Canada Inc.", Kind.RESIDENTIAL),
      new Range("142.180.0.0/15", "CA", 577, "Bell Canada", Kind.RESIDENTIAL));
  public static final List<Range> GB_RESIDENTIAL = List.of(
      new Range("86.128.0.0/10", "GB", 2856, "British Telecommunications PLC", Kind.RESIDENTIAL));
  public static final List<Range> DE_RESIDENTIAL = List.of(
      new Range("79.192.0.0/10", "DE", 3320, "Deutsche Telekom AG", Kind.RESIDENTIAL));
  public static final List<Range> MX_RESIDENTIAL = List.of(
      new Range("189.172.0.0/14", "MX", 8151, "Uninet S.A. de C.V.", Kind.RESIDENTIAL));
  public static final List<Range> PH_RESIDENTIAL = List.of(
      new Range("112.200.0.0/13", "PH", 9299, "Philippine Long Distance Telephone Co.", Kind.RESIDENTIAL));
  public static final List<Range> JP_RESIDENTIAL = List.of(
      new Range("60.64.0.0/10", "JP", 17676, "SoftBank Corp.", Kind.RESIDENTIAL));

  /** China: China Unicom (AS4837) and China Telecom (AS4134) access networks. */
  public static final List<Range> CN = List.of(
      new Range("27.192.0.0/11", "CN", 4837, "CHINA UNICOM China169 Backbone", Kind.RESIDENTIAL),
      new Range("115.208.0.0/13", "CN", 4134, "Chinanet", Kind.RESIDENTIAL));
  /** Russia: Rostelecom (AS12389) and MegaFon (AS31133). */
  public static final List<Range> RU = List.of(
      new Range("178.64.0.0/13", "RU", 12389, "PJSC Rostelecom", Kind.RESIDENTIAL),
      new Range("178.179.0.0/16", "RU", 31133, "PJSC MegaFon", Kind.RESIDENTIAL));
  /** North Korea: Star Joint Venture (AS131279), the country's only registered IPv4 block. */
  public static final List<Range> KP = List.of(
      new Range("175.45.176.0/22", "KP", 131279, "Star Joint Venture Co. Ltd.", Kind.DPRK));

  /**
   * US exits of hosting networks that commercial VPNs, Astrill among them, rent servers in:
   * M247 (AS9009), Datacamp/CDN77 (AS60068), Vultr/The Constant Company, formerly Choopa
   * (AS20473).
   */
  public static final List<Range> VPN_EXITS_US = List.of(
      new Range("38.132.96.0/19", "US", 9009, "M247 Europe SRL", Kind.HOSTING),
      new Range("143.244.48.0/22", "US", 60068, "Datacamp Limited", Kind.HOSTING),
      new Range("144.202.0.0/17", "US", 20473, "The Constant Company, LLC", Kind.HOSTING));
  /** Other hosting networks (VPS used as self-run VPN exits). */
  public static final List<Range> HOSTING = List.of(
      new Range("104.131.0.0/16", "US", 14061, "DigitalOcean, LLC", Kind.HOSTING),
      new Range("85.17.0.0/16", "NL", 60781, "LeaseWeb Netherlands B.V.", Kind.HOSTING),
      new Range("51.161.0.0/16", "CA", 16276, "OVH SAS", Kind.HOSTING),
      new Range("213.251.128.0/18", "FR", 16276, "OVH SAS", Kind.HOSTING),
      new Range("188.119.128.0/20", "GB", 9009, "M247 Europe SRL", Kind.HOSTING));

  /** The company's office internet connections (business fibre; Verizon Business AS701). */
  public static final Range OFFICE_NAT =
      new Range("63.0.0.0/13", "US", 701, "Verizon Business", Kind.BUSINESS);
  /** The company's own VPN concentrators' egress (Lumen/Level 3 AS3356 business space). */
  public static final Range CORPORATE_VPN =
      new Range("4.64.0.0/11", "US", 3356, "Level 3 Communications, Inc.", Kind.BUSINESS);

  /** Every curated range, for the checks. */
  public static List<Range> all() {
    java.util.ArrayList<Range> all = new java.util.ArrayList<>();
    all.addAll(US_RESIDENTIAL);
    all.addAll(CA_RESIDENTIAL);
    all.addAll(GB_RESIDENTIAL);
    all.addAll(DE_RESIDENTIAL);
    all.addAll(MX_RESIDENTIAL);
    all.addAll(PH_RESIDENTIAL);
    all.addAll(JP_RESIDENTIAL);
    all.addAll(CN);
    all.addAll(RU);
    all.addAll(KP);
    all.addAll(VPN_EXITS_US);
    all.addAll(HOSTING);
    all.add(OFFICE_NAT);
    all.add(CORPORATE_VPN);
    return List.copyOf(all);
  }

  /** Home broadband ranges of a country the generator knows, US otherwise. */
  static List<Range> residential(String country) {
    return switch (country) {
      case "CA" -> CA_RESIDENTIAL;
      case "GB" -> GB_RESIDENTIAL;
      case "DE" -> DE_RESIDENTIAL;
      case "MX" -> MX_RESIDENTIAL;
      case "PH" -> PH_RESIDENTIAL;
      case "JP" -> JP_RESIDENTIAL;
      case "CN" -> CN;
      case "RU" -> RU;
      default -> US_RESIDENTIAL;
    };
  }

  /** The range of {@code ranges} holding {@code ip}, or null. */
  public static Range find(List<Range> ranges, String ip) {
    for (Range r : ranges) {
      if (r.contains(ip)) {
        return r;
      }
    }
    return null;
  }

  static long parse(String ip) {
    String[] p = ip.split("\\.");
    if (p.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address: " + ip);
    }
    long v = 0;
    for (String s : p) {
      v = (v << 8) | Integer.parseInt(s);
    }
    return v;
  }

  static String format(long ip) {
    return ((ip >>> 24) & 0xFF) + "." + ((ip >>> 16) & 0xFF) + "." + ((ip >>> 8) & 0xFF) + "."
        + (ip & 0xFF);
  }

  private IpRanges() {}
}
