package io.ringwatch.enrich;

import io.ringwatch.normalize.Ips;
import java.io.Serializable;
import java.util.Map;

/** The pure watchlist matches of the enrich stage, over validated {@link EnrichSettings}. */
public final class Watchlists implements Serializable {
  private final EnrichSettings settings;
  private final Map<Long, EnrichSettings.WatchedAsn> asns;

  public Watchlists(EnrichSettings settings) {
    this.settings = settings;
    this.asns = settings.asnMap();
  }

  /** The watchlisted DPRK range holding {@code ip}, or null. */
  public EnrichSettings.DprkRange dprkRange(String ip) {
    if (ip == null) {
      return null;
    }
    for (EnrichSettings.DprkRange r : settings.dprkRanges()) {
      if (r.cidr().contains(ip)) {
        return r;
      }
    }
    return null;
  }

  /** Whether {@code ip} is not globally routable; null when there is no address. */
  public static Boolean isPrivate(String ip) {
    return ip == null ? null : Ips.isPrivateOrReserved(ip);
  }

  /** The hosting / VPN-exit provider of a watchlisted AS number, or null (secure-access services are not hosting). */
  public String hostingProvider(Long asn) {
    EnrichSettings.WatchedAsn a = asn == null ? null : asns.get(asn);
    return a == null || a.kind().equals("secure-access") ? null : a.provider();
  }

  /**
   * Why traffic from {@code ip} (in AS {@code asn}) leaves through shared egress rather than the
   * worker's own connection: a network the company declares (its VPN, proxy, cloud desktops,
   * offices), or an enterprise secure-access service whose point of presence is what the
   * address locates. Null when neither.
   */
  public String sharedEgress(String ip, Long asn) {
    if (ip != null) {
      for (EnrichSettings.CompanyEgress e : settings.companyEgress()) {
        if (e.cidr().contains(ip)) {
          return e.label();
        }
      }
    }
    EnrichSettings.WatchedAsn a = asn == null ? null : asns.get(asn);
    return a != null && a.kind().equals("secure-access") ? "secure-access service " + a.provider() : null;
  }

  /** The VPN provider a {@code vpn_client} string names, or null. */
  public String vpnFromClient(String client) {
    String k = EnrichSettings.matchKey(client);
    if (k.isEmpty()) {
      return null;
    }
    for (EnrichSettings.VpnProvider p : settings.vpnProviders()) {
      for (String alias : p.aliases()) {
        if (k.contains(alias)) {
          return p.name();
        }
      }
    }
    return null;
  }

  /** The VPN provider of an AS number listed with kind {@code vpn}, or null. */
  public String vpnFromAsn(Long asn) {
    EnrichSettings.WatchedAsn a = asn == null ? null : asns.get(asn);
    return a != null && a.kind().equals("vpn") ? a.provider() : null;
  }

  /** The remote-control tool a normalized process name belongs to, or null. */
  public String remoteTool(String processNorm) {
    if (processNorm == null || processNorm.isEmpty()) {
      return null;
    }
    for (EnrichSettings.RemoteTool t : settings.remoteTools()) {
      for (String p : t.processes()) {
        boolean hit = p.endsWith("*") ? processNorm.startsWith(p.substring(0, p.length() - 1))
            : processNorm.equals(p);
        if (hit) {
          return t.name();
        }
      }
    }
    return null;
  }

  /** The IP-KVM product named by the USB product name, else by the USB id, or null. */
  public String ipKvm(String usbId, String usbProductName) {
    String name = EnrichSettings.matchKey(usbProductName);
    if (!name.isEmpty()) {
      for (EnrichSettings.KvmName n : settings.ipKvmNames()) {
        if (name.contains(n.pattern())) {
          return n.product();
        }
      }
    }
    if (usbId != null) {
      for (EnrichSettings.KvmDevice d : settings.ipKvmUsbIds()) {
        if (d.usbId().equals(usbId)) {
          return d.product();
        }
      }
    }
    return null;
  }
}
