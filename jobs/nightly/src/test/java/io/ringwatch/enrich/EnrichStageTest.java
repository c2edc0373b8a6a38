package io.ringwatch.enrich;

import io.ringwatch.testing.SparkTest;

import static io.ringwatch.normalize.InputFrames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ringwatch.normalize.InputFrames;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

@SparkTest
class EnrichStageTest {
  private final NormalizeStage normalize = new NormalizeStage(NormalizeSettings.defaults());

  private static Map<String, String> auth(String id, String ip, String vpnClient) {
    Map<String, String> m = new HashMap<>(Map.of("event_id", id, "event_time", "2025-01-01T10:00:00Z",
        "worker_id", "w1", "event_type", "sso_login"));
    if (ip != null) {
      m.put("source_ip", ip);
    }
    if (vpnClient != null) {
      m.put("vpn_client", vpnClient);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  @Test
  void authEventsGetCountryAsnAndFlagsOfRealAddresses() {
    Dataset<Row> in = normalize.authEvents(frame(InputFrames.AUTH_EVENTS,
        auth("comcast", "73.22.1.9", null),
        auth("unicom", "221.192.0.1", null),
        auth("dprk", "175.45.176.10", null),
        auth("dprk-low", "210.52.109.1", null),
        auth("m247", "37.120.128.1", "Astrill VPN"),
        auth("astrill", "73.22.1.9", "astrill"),
        auth("private", "10.1.2.3", null),
        auth("v6", "2001:4860:4860:0:0:0:0:8888", null),
        auth("mapped", "::ffff:175.45.179.255", null),
        auth("none", null, null)));
    Dataset<Row> out = EnrichFixture.stage().authEvents(in);
    List<String> expectedCols = new ArrayList<>(Arrays.asList(in.columns()));
    expectedCols.addAll(EnrichStage.AUTH_COLUMNS);
    assertEquals(expectedCols, Arrays.asList(out.columns()));
    assertEquals(in.count(), out.count());
    Map<String, Row> r = new HashMap<>();
    out.collectAsList().forEach(x -> r.put(x.getAs("event_id"), x));

    assertRow(r.get("comcast"), "US", 7922L, "Comcast Cable Communications, LLC", false, null, null, null, null);
    assertRow(r.get("unicom"), "CN", 4837L, "CHINA UNICOM China169 Backbone", false, null, null, null, null);
    assertRow(r.get("dprk"), "KP", 131279L, "Star Joint Venture Co. Ltd.", false, "175.45.176.0/22", "high", null, null);
    assertRow(r.get("mapped"), "KP", 131279L, "Star Joint Venture Co. Ltd.", false, "175.45.176.0/22", "high", null, null);
    assertRow(r.get("dprk-low"), "CN", 9929L, "CHINA UNICOM Industrial Internet Backbone", false, "210.52.109.0/24", "low", null, null);
    assertRow(r.get("m247"), "GB", 9009L, "M247 Europe SRL", false, null, null, "M247", "Astrill VPN");
    assertRow(r.get("astrill"), "US", 7922L, "Comcast Cable Communications, LLC", false, null, null, null, "Astrill VPN");
    assertRow(r.get("private"), null, null, null, true, null, null, null, null);
    assertRow(r.get("v6"), "US", 15169L, "Google LLC", false, null, null, null, null);
    assertRow(r.get("none"), null, null, null, null, null, null, null, null);
  }

  private static void assertRow(Row row, String country, Long asn, String org, Boolean isPrivate,
      String dprk, String confidence, String hosting, String vpn) {
    String id = row.getAs("event_id");
    assertEquals(country, row.getAs("ip_country"), id);
    assertEquals(asn, row.getAs("ip_asn"), id);
    assertEquals(org, row.getAs("ip_org"), id);
    assertEquals(isPrivate, row.getAs("ip_is_private"), id);
    assertEquals(dprk, row.getAs("ip_dprk_range"), id);
    assertEquals(confidence, row.getAs("ip_dprk_confidence"), id);
    assertEquals(hosting, row.getAs("ip_hosting_provider"), id);
    assertEquals(vpn, row.getAs("vpn_provider"), id);
  }

  private static Map<String, String> ep(String id, String... kv) {
    Map<String, String> m = new HashMap<>(Map.of("event_id", id, "event_time", "2025-01-01T10:00:00Z",
        "device_id", "d1"));
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  @Test
  void endpointEventsGetIpColumnsRemoteToolsAndKvms() {
    Dataset<Row> in = normalize.endpointEvents(frame(InputFrames.ENDPOINT_EVENTS,
        ep("anydesk", "event_type", "process_start", "process_name", "C:\\Program Files\\AnyDesk\\AnyDesk.exe",
            "public_ip", "138.197.0.1"),
        ep("crd", "event_type", "process_start", "process_name", "remoting_host.exe", "public_ip", "175.45.176.10"),
        ep("word", "event_type", "process_start", "process_name", "WINWORD.EXE"),
        ep("gadget", "event_type", "usb_attach", "usb_vendor_id", "0x1D6B", "usb_product_id", "0x0104",
            "usb_product_name", "Multifunction Composite Gadget"),
        ep("glkvm", "event_type", "usb_attach", "usb_vendor_id", "0bda", "usb_product_id", "5411",
            "usb_product_name", "GL.iNet GLKVM"),
        ep("mouse", "event_type", "usb_attach", "usb_vendor_id", "046d", "usb_product_id", "c52b",
            "usb_product_name", "USB Receiver", "public_ip", "fd00::1")));
    Dataset<Row> out = EnrichFixture.stage().endpointEvents(in);
    List<String> expectedCols = new ArrayList<>(Arrays.asList(in.columns()));
    expectedCols.addAll(EnrichStage.ENDPOINT_COLUMNS);
    assertEquals(expectedCols, Arrays.asList(out.columns()));
    Map<String, Row> r = new HashMap<>();
    out.collectAsList().forEach(x -> r.put(x.getAs("event_id"), x));
    assertEquals("AnyDesk", r.get("anydesk").getAs("remote_tool"));
    assertEquals("DigitalOcean", r.get("anydesk").getAs("ip_hosting_provider"));
    assertEquals(14061L, (Long) r.get("anydesk").getAs("ip_asn"));
    assertEquals("Chrome Remote Desktop", r.get("crd").getAs("remote_tool"));
    assertEquals("KP", r.get("crd").getAs("ip_country"));
    assertEquals("high", r.get("crd").getAs("ip_dprk_confidence"));
    assertNull(r.get("word").getAs("remote_tool"));
    assertNull(r.get("word").getAs("ip_is_private"));
    assertEquals("Linux USB gadget (PiKVM/TinyPilot)", r.get("gadget").getAs("ip_kvm_device"));
    assertEquals("GL.iNet KVM", r.get("glkvm").getAs("ip_kvm_device"));
    assertNull(r.get("mouse").getAs("ip_kvm_device"));
    assertEquals(Boolean.TRUE, r.get("mouse").getAs("ip_is_private"));
    assertNull(r.get("mouse").getAs("ip_country"));
    assertFalse(r.get("anydesk").<Boolean>getAs("ip_is_private"));
  }
}
