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

  // ---- ranges of the generator variations (Variation); the base company never draws from them

  /** Home broadband of the countries contractors abroad live in and people move to. */
  public static final List<Range> IN_RESIDENTIAL = List.of(
      new Range("122.162.0.0/15", "IN", 24560, "Bharti Airtel Limited", Kind.RESIDENTIAL),
      new Range("49.32.0.0/13", "IN", 55836, "Reliance Jio Infocomm Limited", Kind.RESIDENTIAL));
  public static final List<Range> BR_RESIDENTIAL = List.of(
      new Range("179.136.0.0/13", "BR", 28573, "Claro NXT Telecomunicacoes Ltda", Kind.RESIDENTIAL),
      new Range("177.96.0.0/14", "BR", 18881, "TELEFONICA BRASIL S.A", Kind.RESIDENTIAL));
  public static final List<Range> PL_RESIDENTIAL = List.of(
      new Range("83.16.0.0/12", "PL", 5617, "Orange Polska Spolka Akcyjna", Kind.RESIDENTIAL));
  public static final List<Range> UA_RESIDENTIAL = List.of(
      new Range("46.118.0.0/15", "UA", 15895, "Kyivstar PJSC", Kind.RESIDENTIAL));
  public static final List<Range> AR_RESIDENTIAL = List.of(
      new Range("181.28.0.0/14", "AR", 7303, "Telecom Argentina S.A.", Kind.RESIDENTIAL));
  public static final List<Range> CO_RESIDENTIAL = List.of(
      new Range("181.128.0.0/12", "CO", 13489, "EPM Telecomunicaciones S.A. E.S.P.", Kind.RESIDENTIAL));
  public static final List<Range> PK_RESIDENTIAL = List.of(
      new Range("39.48.0.0/12", "PK", 17557, "Pakistan Telecommunication Company Limited", Kind.RESIDENTIAL));
  public static final List<Range> EG_RESIDENTIAL = List.of(
      new Range("41.32.0.0/12", "EG", 8452, "TE Data", Kind.RESIDENTIAL));
  public static final List<Range> NG_RESIDENTIAL = List.of(
      new Range("102.88.0.0/13", "NG", 29465, "MTN Nigeria Communication Limited", Kind.RESIDENTIAL));
  public static final List<Range> VN_RESIDENTIAL = List.of(
      new Range("27.72.0.0/13", "VN", 7552, "Viettel Group", Kind.RESIDENTIAL),
      new Range("14.160.0.0/11", "VN", 45899, "VNPT Corp", Kind.RESIDENTIAL));
  public static final List<Range> PT_RESIDENTIAL = List.of(
      new Range("85.240.0.0/13", "PT", 3243, "MEO - Servicos de Comunicacoes e Multimedia S.A.", Kind.RESIDENTIAL));
  public static final List<Range> ES_RESIDENTIAL = List.of(
      new Range("83.32.0.0/11", "ES", 3352, "Telefonica de Espana S.A.U.", Kind.RESIDENTIAL));
  /** More home broadband of a company in Great Britain or Germany (foreign-company). */
  public static final List<Range> GB_RESIDENTIAL_MORE = List.of(
      new Range("82.0.0.0/12", "GB", 5089, "Virgin Media Limited", Kind.RESIDENTIAL));
  public static final List<Range> DE_RESIDENTIAL_MORE = List.of(
      new Range("88.64.0.0/12", "DE", 3209, "Vodafone GmbH", Kind.RESIDENTIAL));

  /** Office internet and corporate VPN egress of a company in GB or DE (Colt AS8220, Lumen AS3356). */
  public static final Range OFFICE_NAT_GB =
      new Range("212.36.32.0/19", "GB", 8220, "COLT Technology Services Group Limited", Kind.BUSINESS);
  public static final Range CORPORATE_VPN_GB =
      new Range("217.163.192.0/18", "GB", 3356, "Level 3 Communications, Inc.", Kind.BUSINESS);
  public static final Range OFFICE_NAT_DE =
      new Range("217.110.0.0/19", "DE", 8220, "COLT Technology Services Group Limited", Kind.BUSINESS);
  public static final Range CORPORATE_VPN_DE =
      new Range("62.96.192.0/20", "DE", 8220, "COLT Technology Services Group Limited", Kind.BUSINESS);

  /** Business fibre of co-working spaces (large-households): Zayo (US), Colt (GB, DE). */
  public static final Range COWORKING_US =
      new Range("74.216.0.0/18", "US", 6461, "Zayo Bandwidth", Kind.BUSINESS);
  public static final Range COWORKING_GB =
      new Range("80.169.0.0/20", "GB", 8220, "COLT Technology Services Group Limited", Kind.BUSINESS);
  public static final Range COWORKING_DE =
      new Range("193.16.48.0/21", "DE", 8220, "COLT Technology Services Group Limited", Kind.BUSINESS);

  /** VPN exits in GB and DE hosting networks (M247, Datacamp, Vultr), as VPN_EXITS_US. */
  public static final List<Range> VPN_EXITS_GB = List.of(
      new Range("109.176.216.0/21", "GB", 9009, "M247 Europe SRL", Kind.HOSTING),
      new Range("143.244.36.0/22", "GB", 60068, "Datacamp Limited", Kind.HOSTING));
  public static final List<Range> VPN_EXITS_DE = List.of(
      new Range("185.9.236.0/22", "DE", 9009, "M247 Europe SRL", Kind.HOSTING),
      new Range("80.240.16.0/20", "DE", 20473, "The Constant Company, LLC", Kind.HOSTING));

  /**
   * Cloud-desktop egress (cloud-desktops): Microsoft Azure (AS8075; Windows 365, Azure Virtual
   * Desktop, Citrix Cloud on Azure) and Amazon Web Services (AS16509, AS14618; Amazon
   * WorkSpaces) in the US, GB (UK South, eu-west-2 London) and DE (Germany West Central,
   * eu-central-1 Frankfurt).
   */
  public static final List<Range> AZURE_US = List.of(
      new Range("20.136.0.0/17", "US", 8075, "Microsoft Corporation", Kind.HOSTING),
      new Range("40.124.0.0/16", "US", 8075, "Microsoft Corporation", Kind.HOSTING));
  public static final List<Range> AZURE_GB = List.of(
      new Range("51.132.0.0/16", "GB", 8075, "Microsoft Corporation", Kind.HOSTING));
  public static final List<Range> AZURE_DE = List.of(
      new Range("51.116.0.0/16", "DE", 8075, "Microsoft Corporation", Kind.HOSTING));
  public static final List<Range> AWS_US = List.of(
      new Range("3.80.0.0/12", "US", 14618, "Amazon.com, Inc.", Kind.HOSTING),
      new Range("44.224.0.0/11", "US", 16509, "Amazon.com, Inc.", Kind.HOSTING));
  public static final List<Range> AWS_GB = List.of(
      new Range("18.168.0.0/14", "GB", 16509, "Amazon.com, Inc.", Kind.HOSTING));
  public static final List<Range> AWS_DE = List.of(
      new Range("3.64.0.0/12", "DE", 16509, "Amazon.com, Inc.", Kind.HOSTING));

  /**
   * Secure-access proxy points of presence (egress-abroad): Zscaler Internet Access in
   * Frankfurt, Amsterdam and London (Zscaler Switzerland GmbH, AS62044), Netskope in the US
   * (AS55256), and a company VPN server on AWS in Ireland (eu-west-1, AS16509).
   */
  public static final Range ZSCALER_DE =
      new Range("147.161.168.0/22", "DE", 62044, "Zscaler Switzerland GmbH", Kind.BUSINESS);
  public static final Range ZSCALER_NL =
      new Range("87.58.112.0/21", "NL", 62044, "Zscaler Switzerland GmbH", Kind.BUSINESS);
  public static final Range ZSCALER_GB =
      new Range("170.85.232.0/22", "GB", 62044, "Zscaler Switzerland GmbH", Kind.BUSINESS);
  public static final Range NETSKOPE_US =
      new Range("163.116.128.0/20", "US", 55256, "Netskope Inc", Kind.BUSINESS);
  public static final Range AWS_IE =
      new Range("52.16.0.0/14", "IE", 16509, "Amazon.com, Inc.", Kind.HOSTING);

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
    for (List<Range> l : List.of(IN_RESIDENTIAL, BR_RESIDENTIAL, PL_RESIDENTIAL, UA_RESIDENTIAL,
        AR_RESIDENTIAL, CO_RESIDENTIAL, PK_RESIDENTIAL, EG_RESIDENTIAL, NG_RESIDENTIAL,
        VN_RESIDENTIAL, PT_RESIDENTIAL, ES_RESIDENTIAL, GB_RESIDENTIAL_MORE, DE_RESIDENTIAL_MORE,
        VPN_EXITS_GB, VPN_EXITS_DE, AZURE_US, AZURE_GB, AZURE_DE, AWS_US, AWS_GB, AWS_DE)) {
      all.addAll(l);
    }
    all.addAll(List.of(OFFICE_NAT_GB, CORPORATE_VPN_GB, OFFICE_NAT_DE, CORPORATE_VPN_DE,
        COWORKING_US, COWORKING_GB, COWORKING_DE, ZSCALER_DE, ZSCALER_NL, ZSCALER_GB,
        NETSKOPE_US, AWS_IE));
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
      case "IN" -> IN_RESIDENTIAL;
      case "BR" -> BR_RESIDENTIAL;
      case "PL" -> PL_RESIDENTIAL;
      case "UA" -> UA_RESIDENTIAL;
      case "AR" -> AR_RESIDENTIAL;
      case "CO" -> CO_RESIDENTIAL;
      case "PK" -> PK_RESIDENTIAL;
      case "EG" -> EG_RESIDENTIAL;
      case "NG" -> NG_RESIDENTIAL;
      case "VN" -> VN_RESIDENTIAL;
      case "PT" -> PT_RESIDENTIAL;
      case "ES" -> ES_RESIDENTIAL;
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
