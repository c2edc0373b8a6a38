package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** IPs, CIDRs, processes, USB ids, serials. */
class NetworkValuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      " 73.22.1.9 |73.22.1.9|4",
      "073.022.001.009|73.22.1.9|4",
      "73.22.1.9:443|73.22.1.9|4",
      "::ffff:175.45.176.10|175.45.176.10|4",
      "::FFFF:AF2D:B00A|175.45.176.10|4",
      "2001:0DB8:0000:0000:0000:0000:0000:0001|2001:db8::1|6",
      "[2a03:2880:f12f:83:face:b00c:0:25de]|2a03:2880:f12f:83:face:b00c:0:25de|6",
      "2001:db8:0:0:1:0:0:1|2001:db8::1:0:0:1|6",
      "2001:0:0:1:0:0:0:1|2001:0:0:1::1|6",
      "fe80::1%eth0|fe80::1|6",
      "::|::|6",
      "2001:db8:1:2:3:4:5:6|2001:db8:1:2:3:4:5:6|6"})
  void ipsCanonical(String raw, String canonical, int version) {
    assertEquals(canonical, Ips.canonical(raw));
    assertEquals(version, Ips.version(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "localhost", "example.com", "1.2.3.4:http",
      "2001:db8::g", "2001:db8:::1", "12345::1", "not an ip"})
  void notIps(String raw) {
    assertNull(Ips.canonical(raw));
  }

  @Test
  void numericForms() {
    assertEquals(0L, Ips.v4ToLong("0.0.0.0"));
    assertEquals(4294967295L, Ips.v4ToLong("255.255.255.255"));
    assertEquals(2939006986L, Ips.v4ToLong("175.45.176.10"));
    assertEquals("175.45.176.10", Ips.longToV4(2939006986L));
    assertNull(Ips.v4ToLong("::1"));
    assertEquals("20010db8000000000000000000000001", Ips.v6ToHex("2001:db8::1"));
    assertEquals("2001:db8::1", Ips.hexToV6("20010db8000000000000000000000001"));
    assertNull(Ips.v6ToHex("1.2.3.4"));
    assertEquals(0xafL, Ips.v4Prefix(2939006986L, 8));
    assertEquals(0x2001L, Ips.v6Prefix("20010db8000000000000000000000001", 16));
    assertEquals(0x20010db800000000L, Ips.v6Prefix("20010db8000000000000000000000001", 64));
    assertEquals(-1L, Ips.v6Prefix("ffffffffffffffff0000000000000000", 64));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1",
      "169.254.1.1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.1",
      "198.51.100.7", "203.0.113.9", "198.18.0.1", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1",
      "ff02::1", "2001:db8::1"})
  void privateOrReserved(String ip) {
    assertTrue(Ips.isPrivateOrReserved(ip));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "73.22.1.9", "172.32.0.1", "100.128.0.1", "175.45.176.10",
      "2a03:2880:f12f:83:face:b00c:0:25de", "2001:4860:4860::8888"})
  void publicAddresses(String ip) {
    assertFalse(Ips.isPrivateOrReserved(ip));
  }

  @Test
  void cidrs() {
    Cidr dprk = Cidr.parse("175.45.176.0/22");
    assertEquals(4, dprk.version());
    assertEquals("af2db000", dprk.startHex());
    assertEquals("af2db3ff", dprk.endHex());
    assertTrue(dprk.contains("175.45.176.0"));
    assertTrue(dprk.contains("175.45.179.255"));
    assertTrue(dprk.contains("::ffff:175.45.177.1"));
    assertFalse(dprk.contains("175.45.180.0"));
    assertFalse(dprk.contains("175.45.175.255"));
    assertFalse(dprk.contains("2001:db8::1"));
    Cidr v6 = Cidr.parse("2001:db8::/32");
    assertTrue(v6.contains("2001:db8:ffff::1"));
    assertFalse(v6.contains("2001:db9::"));
    assertTrue(Cidr.parse("0.0.0.0/0").contains("8.8.8.8"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("175.45.176.0"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("175.45.176.1/22"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("175.45.176.0/33"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("nowhere/8"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "C:\\Program Files\\AnyDesk\\AnyDesk.exe|anydesk",
      "\"C:\\Program Files (x86)\\TeamViewer\\TeamViewer.exe\" --service|teamviewer",
      "C:\\Program Files\\RustDesk\\rustdesk.exe --tray|rustdesk",
      "remoting_host.exe|remoting_host",
      "/Applications/TeamViewer.app/Contents/MacOS/TeamViewer|teamviewer",
      "/Applications/AnyDesk.app|anydesk",
      "/usr/bin/x11vnc|x11vnc",
      "  G2AX_Customer.EXE |g2ax_customer"})
  void processNames(String raw, String norm) {
    assertEquals(norm, Devices.process(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "0x1D6B|0x0104|1d6b:0104",
      "1d6b|104|1d6b:0104",
      " 046D |C52B|046d:c52b",
      "1d6b|NULL|NULL",
      "xyz1|0104|NULL",
      "12345|0104|NULL"})
  void usbIds(String vendor, String product, String id) {
    assertEquals(id, Devices.usbId(vendor, product));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "c02x-1234 ab|C02X1234AB",
      "To be filled by O.E.M.|NULL",
      "Default string|NULL",
      "  |NULL"})
  void serials(String raw, String norm) {
    assertEquals(norm, Devices.serial(raw));
  }
}
