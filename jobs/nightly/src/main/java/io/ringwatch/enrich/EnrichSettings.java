package io.ringwatch.enrich;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.normalize.Cidr;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.ringwatch.reference.ip.IpReferenceSettings;
import io.ringwatch.reference.ip.ReferencePaths;

/**
 * Settings of the enrich stage ({@code ringwatch.enrich}, documented with the public source of
 * every watchlist entry in {@code conf/enrich.conf}). Every entry is validated when the job
 * starts; a bad one stops it with a one-line reason naming the setting.
 */
public record EnrichSettings(
    List<String> ipCountry,
    List<String> ipAsn,
    String referenceDir,
    String ipTableCache,
    List<DprkRange> dprkRanges,
    List<VpnProvider> vpnProviders,
    List<WatchedAsn> asns,
    List<KvmDevice> ipKvmUsbIds,
    List<KvmName> ipKvmNames,
    List<RemoteTool> remoteTools,
    List<WatchedCountry> countries,
    List<CompanyEgress> companyEgress) implements Serializable {

  public static final String BLOCK = "ringwatch.enrich";

  /** A watchlisted network: CIDR, confidence {@code high}/{@code low}, source. */
  public record DprkRange(Cidr cidr, String confidence, String source) implements Serializable {}

  /** A VPN provider and the lower-case words a {@code vpn_client} string names it by. */
  public record VpnProvider(String name, List<String> aliases, String source) implements Serializable {}

  /**
   * An ASN whose addresses are hosting / VPN exits or an enterprise secure-access service;
   * {@code kind} is {@code hosting}, {@code vpn} or {@code secure-access}.
   */
  public record WatchedAsn(long asn, String provider, String kind, String source) implements Serializable {}

  /** A USB {@code vvvv:pppp} id an IP-KVM presents, and the product it stands for. */
  public record KvmDevice(String usbId, String product, String source) implements Serializable {}

  /** A word in a USB product name that names an IP-KVM product. */
  public record KvmName(String pattern, String product, String source) implements Serializable {}

  /** A remote-control tool and its process names ({@code name*} matches a prefix). */
  public record RemoteTool(String name, List<String> processes, String source) implements Serializable {}

  /** A country code whose sign-ins are worth a look, {@code sanctioned} or {@code watch}. */
  public record WatchedCountry(String code, String level, String source) implements Serializable {}

  /** What a declared company egress network is for. */
  public static final List<String> EGRESS_PURPOSES = List.of("vpn", "proxy", "cloud-desktop", "office");

  /**
   * A network the company's own traffic leaves from (its VPN, secure-access proxy, cloud
   * desktops, an office): sign-ins from it say where the company's egress is, not the worker.
   */
  public record CompanyEgress(Cidr cidr, String purpose, String note) implements Serializable {
    /** "company vpn 198.51.100.0/24 (Zscaler tenant)": how evidence and links name it. */
    public String label() {
      return "company " + purpose + " " + cidr.text() + (note.isEmpty() ? "" : " (" + note + ")");
    }
  }

  public static EnrichSettings from(Settings settings) {
    return from(settings.reader(BLOCK));
  }

  public static EnrichSettings from(ConfigReader r) {
    List<String> country = r.strings("ip-country");
    List<String> asn = r.strings("ip-asn");
    if (country.isEmpty()) {
      throw new SettingsException("setting " + r.full("ip-country") + " must name at least one file");
    }
    if (asn.isEmpty()) {
      throw new SettingsException("setting " + r.full("ip-asn") + " must name at least one file");
    }
    ConfigReader w = r.block("watchlists");
    List<DprkRange> dprk = new ArrayList<>();
    for (Entry e : entries(w, "dprk-ranges")) {
      Cidr cidr;
      try {
        cidr = Cidr.parse(e.str("cidr"));
      } catch (IllegalArgumentException ex) {
        throw e.fail("cidr", ex.getMessage());
      }
      String conf = e.str("confidence").toLowerCase(Locale.ROOT);
      if (!conf.equals("high") && !conf.equals("low")) {
        throw e.fail("confidence", "is '" + conf + "' but must be one of high, low");
      }
      dprk.add(new DprkRange(cidr, conf, e.source()));
    }
    List<VpnProvider> vpns = new ArrayList<>();
    for (Entry e : entries(w, "vpn-providers")) {
      List<String> aliases = new ArrayList<>();
      for (String a : e.strs("aliases")) {
        String k = matchKey(a);
        if (k.isEmpty()) {
          throw e.fail("aliases", "has an alias without letters or digits");
        }
        aliases.add(k);
      }
      aliases.add(matchKey(e.str("name")));
      vpns.add(new VpnProvider(e.str("name"), List.copyOf(aliases), e.source()));
    }
    List<WatchedAsn> asns = new ArrayList<>();
    for (Entry e : entries(w, "asns")) {
      long number = e.positiveLong("asn");
      String kind = e.str("kind").toLowerCase(Locale.ROOT);
      if (!kind.equals("hosting") && !kind.equals("vpn") && !kind.equals("secure-access")) {
        throw e.fail("kind", "is '" + kind + "' but must be one of hosting, vpn, secure-access");
      }
      asns.add(new WatchedAsn(number, e.str("provider"), kind, e.source()));
    }
    List<KvmDevice> usb = new ArrayList<>();
    for (Entry e : entries(w, "ip-kvm-usb-ids")) {
      String id = e.str("id").toLowerCase(Locale.ROOT);
      if (!id.matches("[0-9a-f]{4}:[0-9a-f]{4}")) {
        throw e.fail("id", "is '" + id + "' but must be vvvv:pppp, four hex digits each");
      }
      usb.add(new KvmDevice(id, e.str("product"), e.source()));
    }
    List<KvmName> names = new ArrayList<>();
    for (Entry e : entries(w, "ip-kvm-names")) {
      String k = matchKey(e.str("pattern"));
      if (k.isEmpty()) {
        throw e.fail("pattern", "must hold letters or digits");
      }
      names.add(new KvmName(k, e.str("product"), e.source()));
    }
    List<RemoteTool> tools = new ArrayList<>();
    for (Entry e : entries(w, "remote-tools")) {
      List<String> procs = new ArrayList<>();
      for (String p : e.strs("processes")) {
        String t = p.trim().toLowerCase(Locale.ROOT);
        if (!t.matches("[a-z0-9_.\\- ]+\\*?")) {
          throw e.fail("processes", "has '" + p + "' but a process name is letters, digits, _ . - and an optional trailing *");
        }
        procs.add(t);
      }
      if (procs.isEmpty()) {
        throw e.fail("processes", "must list at least one process name");
      }
      tools.add(new RemoteTool(e.str("name"), List.copyOf(procs), e.source()));
    }
    List<WatchedCountry> countries = new ArrayList<>();
    for (Entry e : entries(w, "countries")) {
      String code = e.str("code").toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw e.fail("code", "is '" + code + "' but must be an ISO-3166 alpha-2 code");
      }
      String level = e.str("level").toLowerCase(Locale.ROOT);
      if (!level.equals("sanctioned") && !level.equals("watch")) {
        throw e.fail("level", "is '" + level + "' but must be one of sanctioned, watch");
      }
      countries.add(new WatchedCountry(code, level, e.source()));
    }
    List<CompanyEgress> egress = new ArrayList<>();
    for (Entry e : entries(r, "company-egress")) {
      Cidr cidr;
      try {
        cidr = Cidr.parse(e.str("cidr"));
      } catch (IllegalArgumentException ex) {
        throw e.fail("cidr", ex.getMessage());
      }
      String purpose = e.str("purpose").toLowerCase(Locale.ROOT);
      if (!EGRESS_PURPOSES.contains(purpose)) {
        throw e.fail("purpose", "is '" + purpose + "' but must be one of " + String.join(", ", EGRESS_PURPOSES));
      }
      egress.add(new CompanyEgress(cidr, purpose, e.optional("note")));
    }
    return new EnrichSettings(List.copyOf(country), List.copyOf(asn),
        ReferencePaths.defaultDir(r.string("reference-dir", "")), r.string("ip-table-cache", ""),
        List.copyOf(dprk), List.copyOf(vpns), List.copyOf(asns), List.copyOf(usb), List.copyOf(names),
        List.copyOf(tools), List.copyOf(countries), List.copyOf(egress));
  }

  /** Which IP reference files to read (the reference loader reads them; this stage looks IPs up in them). */
  public IpReferenceSettings ipReference() {
    return new IpReferenceSettings(BLOCK, ipCountry, ipAsn, referenceDir, IpReferenceSettings.cacheDir(ipTableCache));
  }

  /** Lower-case letters and digits only: how names are compared ("GL.iNet" → "glinet"). */
  public static String matchKey(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Watched ASNs by number. */
  public Map<Long, WatchedAsn> asnMap() {
    Map<Long, WatchedAsn> m = new LinkedHashMap<>();
    for (WatchedAsn a : asns) {
      m.put(a.asn(), a);
    }
    return m;
  }

  private static List<Entry> entries(ConfigReader r, String path) {
    if (!r.has(path)) {
      return List.of();
    }
    List<? extends Config> list;
    try {
      list = r.raw().getConfigList(path);
    } catch (ConfigException e) {
      throw new SettingsException("setting " + r.full(path) + " must be a list of { … } entries");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new Entry(list.get(i), r.full(path) + "[" + i + "]"));
    }
    return out;
  }

  private record Entry(Config c, String where) {
    String str(String key) {
      try {
        String v = c.getString(key).trim();
        if (v.isEmpty()) {
          throw fail(key, "must not be empty");
        }
        return v;
      } catch (ConfigException.Missing e) {
        throw fail(key, "is missing");
      } catch (ConfigException e) {
        throw fail(key, "must be a string");
      }
    }

    String optional(String key) {
      return c.hasPath(key) ? str(key) : "";
    }

    List<String> strs(String key) {
      try {
        return c.hasPath(key) ? c.getStringList(key) : List.of();
      } catch (ConfigException e) {
        throw fail(key, "must be a list of strings");
      }
    }

    long positiveLong(String key) {
      try {
        long v = c.getLong(key);
        if (v < 1 || v > 4294967295L) {
          throw fail(key, "is " + v + " but must be an AS number between 1 and 4294967295");
        }
        return v;
      } catch (ConfigException.Missing e) {
        throw fail(key, "is missing");
      } catch (ConfigException e) {
        throw fail(key, "must be a whole number");
      }
    }

    String source() {
      return str("source");
    }

    SettingsException fail(String key, String why) {
      return new SettingsException("setting " + where + "." + key + " " + why);
    }
  }
}
