package io.ringwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.testing.SharedSpark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrichSettingsTest {
  private static final Settings DEFAULTS = SettingsLoader.load(null);

  private static EnrichSettings with(String hocon) {
    return EnrichSettings.from(Settings.from(ConfigFactory.parseString(hocon).withFallback(DEFAULTS.raw()).resolve()));
  }

  @Test
  void defaultsLoad() {
    EnrichSettings s = EnrichSettings.from(DEFAULTS);
    assertEquals(3, s.dprkRanges().size());
    assertEquals("175.45.176.0/22", s.dprkRanges().get(0).cidr().text());
    assertEquals("high", s.dprkRanges().get(0).confidence());
    assertEquals("low", s.dprkRanges().get(1).confidence());
    assertEquals("Astrill VPN", s.vpnProviders().get(0).name());
    assertEquals("M247", s.asnMap().get(9009L).provider());
    assertEquals("1d6b:0104", s.ipKvmUsbIds().get(0).usbId());
    assertEquals("KP", s.countries().get(0).code());
    assertEquals("sanctioned", s.countries().get(0).level());
    s.dprkRanges().forEach(r -> assertTrue(!r.source().isBlank()));
    s.remoteTools().forEach(r -> assertTrue(!r.source().isBlank()));
  }

  /** The watched AS numbers are the networks the shipped ASN table says they are. */
  @Test
  void watchedAsnsMatchTheShippedAsnTable() throws Exception {
    Map<Long, String> orgs = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
        SharedSpark.repoRoot().resolve("data/reference/ip/asn-ipv4.csv.gz"))), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] p = line.split(",", 4);
        orgs.putIfAbsent(Long.parseLong(p[2]), p[3].replace("\"", "").toLowerCase());
      }
    }
    Map<String, String> word = Map.ofEntries(Map.entry("M247", "m247"), Map.entry("Leaseweb", "leaseweb"),
        Map.entry("DigitalOcean", "digitalocean"), Map.entry("Vultr (Choopa)", "constant company"),
        Map.entry("Datacamp / CDN77", "datacamp"), Map.entry("OVH", "ovh"), Map.entry("Microsoft Azure", "microsoft"),
        Map.entry("Amazon Web Services", "amazon"), Map.entry("Google Cloud", "google"), Map.entry("Zscaler", "zscaler"),
        Map.entry("Netskope", "netskope"), Map.entry("Palo Alto Prisma Access", "palo alto"));
    for (EnrichSettings.WatchedAsn a : EnrichSettings.from(DEFAULTS).asns()) {
      String org = orgs.get(a.asn());
      assertTrue(org != null && org.contains(word.get(a.provider())), "AS" + a.asn() + " is " + org);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ringwatch.enrich.watchlists.dprk-ranges = [{cidr = \"175.45.176.1/22\", confidence = high, source = x}]"
          + "|setting ringwatch.enrich.watchlists.dprk-ranges[0].cidr '175.45.176.1/22' has host bits set",
      "ringwatch.enrich.watchlists.dprk-ranges = [{cidr = \"300.1.1.0/24\", confidence = high, source = x}]"
          + "|setting ringwatch.enrich.watchlists.dprk-ranges[0].cidr '300.1.1.0/24' is not a CIDR (address/prefix)",
      "ringwatch.enrich.watchlists.dprk-ranges = [{cidr = \"10.0.0.0/8\", confidence = maybe, source = x}]"
          + "|setting ringwatch.enrich.watchlists.dprk-ranges[0].confidence is 'maybe' but must be one of high, low",
      "ringwatch.enrich.watchlists.dprk-ranges = [{cidr = \"10.0.0.0/8\", confidence = high}]"
          + "|setting ringwatch.enrich.watchlists.dprk-ranges[0].source is missing",
      "ringwatch.enrich.watchlists.ip-kvm-usb-ids = [{id = \"1d6b:104\", product = x, source = x}]"
          + "|setting ringwatch.enrich.watchlists.ip-kvm-usb-ids[0].id is '1d6b:104' but must be vvvv:pppp, four hex digits each",
      "ringwatch.enrich.watchlists.asns = [{asn = 0, provider = x, kind = hosting, source = x}]"
          + "|setting ringwatch.enrich.watchlists.asns[0].asn is 0 but must be an AS number between 1 and 4294967295",
      "ringwatch.enrich.watchlists.asns = [{asn = 9009, provider = x, kind = cloud, source = x}]"
          + "|setting ringwatch.enrich.watchlists.asns[0].kind is 'cloud' but must be one of hosting, vpn, secure-access",
      "ringwatch.enrich.company-egress = [{cidr = \"198.51.100.0/24\", purpose = home}]"
          + "|setting ringwatch.enrich.company-egress[0].purpose is 'home' but must be one of vpn, proxy, cloud-desktop, office",
      "ringwatch.enrich.company-egress = [{cidr = \"198.51.100.1/24\", purpose = vpn}]"
          + "|setting ringwatch.enrich.company-egress[0].cidr '198.51.100.1/24' has host bits set",
      "ringwatch.enrich.watchlists.countries = [{code = KOR, level = watch, source = x}]"
          + "|setting ringwatch.enrich.watchlists.countries[0].code is 'KOR' but must be an ISO-3166 alpha-2 code",
      "ringwatch.enrich.ip-country = []|setting ringwatch.enrich.ip-country must name at least one file"})
  void badEntriesFailWithOneLineNamingTheSetting(String hocon, String message) {
    SettingsException e = assertThrows(SettingsException.class, () -> with(hocon));
    assertEquals(message, e.getMessage());
  }

  @Test
  void watchlistMatches() {
    Watchlists w = new Watchlists(with("ringwatch.enrich.watchlists.asns += "
        + "{asn = 62371, provider = \"Proton VPN\", kind = vpn, source = test}"));
    assertEquals("Astrill VPN", w.vpnFromClient("Astrill"));
    assertEquals("Astrill VPN", w.vpnFromClient(" astrill vpn "));
    assertEquals("Astrill VPN", w.vpnFromClient("AstrillVPN 3.9.0"));
    assertNull(w.vpnFromClient("GlobalProtect"));
    assertNull(w.vpnFromClient(null));
    assertEquals("Proton VPN", w.vpnFromAsn(62371L));
    assertNull(w.vpnFromAsn(9009L));
    assertEquals("M247", w.hostingProvider(9009L));
    assertNull(w.hostingProvider(7922L));
    assertNull(w.hostingProvider(null));
    assertEquals("AnyDesk", w.remoteTool("anydesk"));
    assertEquals("TeamViewer", w.remoteTool("teamviewer_service"));
    assertEquals("Chrome Remote Desktop", w.remoteTool("remoting_host"));
    assertEquals("GoTo (GoToRemote / GoToAssist)", w.remoteTool("g2ax_customer"));
    assertEquals("LogMeIn", w.remoteTool("lmiguardiansvc"));
    assertEquals("VNC", w.remoteTool("winvnc4"));
    assertNull(w.remoteTool("remoting_hostile"));
    assertNull(w.remoteTool("chrome"));
    assertEquals("Linux USB gadget (PiKVM/TinyPilot)", w.ipKvm("1d6b:0104", null));
    assertEquals("PiKVM", w.ipKvm("1d6b:0104", "PiKVM Composite Device"));
    assertEquals("GL.iNet KVM", w.ipKvm("0bda:5411", "GL.iNet GLKVM"));
    assertEquals("JetKVM", w.ipKvm(null, "jetkvm keyboard"));
    assertNull(w.ipKvm("046d:c52b", "USB Receiver"));
    assertEquals("175.45.176.0/22", w.dprkRange("175.45.177.3").cidr().text());
    assertEquals("low", w.dprkRange("77.94.35.200").confidence());
    assertNull(w.dprkRange("175.45.180.1"));
  }

  @Test
  void sharedEgressIsDeclaredOrASecureAccessService() {
    Watchlists w = new Watchlists(with("ringwatch.enrich.company-egress = ["
        + "{cidr = \"198.51.100.0/24\", purpose = vpn, note = \"GlobalProtect\"}, {cidr = \"2001:db8::/32\", purpose = office}]"));
    assertEquals("company vpn 198.51.100.0/24 (GlobalProtect)", w.sharedEgress("198.51.100.7", 7922L));
    assertEquals("company office 2001:db8::/32", w.sharedEgress("2001:db8::1", null));
    assertEquals("secure-access service Zscaler", w.sharedEgress("165.225.1.1", 22616L));
    assertNull(w.hostingProvider(22616L), "a secure-access service is no hosting network");
    assertEquals("Microsoft Azure", w.hostingProvider(8075L));
    assertNull(w.sharedEgress("73.1.1.1", 7922L));
    assertNull(w.sharedEgress(null, null));
  }
}
