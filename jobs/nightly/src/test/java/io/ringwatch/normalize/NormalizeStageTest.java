package io.ringwatch.normalize;

import io.ringwatch.testing.SparkTest;

import static io.ringwatch.normalize.InputFrames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

@SparkTest
class NormalizeStageTest {
  private final NormalizeStage stage = new NormalizeStage(NormalizeSettings.defaults());

  private static Map<String, String> row(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, Row> byKey(Dataset<Row> df, String key) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : df.collectAsList()) {
      m.put(r.getAs(key), r);
    }
    return m;
  }

  private static void assertAdded(Dataset<Row> in, Dataset<Row> out, String... added) {
    List<String> expected = new java.util.ArrayList<>(Arrays.asList(in.columns()));
    expected.addAll(Arrays.asList(added));
    assertEquals(expected, Arrays.asList(out.columns()));
  }

  @Test
  void workers() {
    Dataset<Row> in = frame(InputFrames.HR_WORKERS,
        row("worker_id", "w1", "full_name", "SMITH, John", "national_id", "123 45 6780",
            "personal_email", "John.Smith+x@GMAIL.com", "work_email", "JSmith@Acme.example",
            "phone", "(415) 555-2671", "home_address_line1", "12 North Main Street, Apt. 4B",
            "home_city", "San Francisco", "home_region", "CA", "home_postal_code", "94105-1234",
            "home_country", "US", "hire_date", "2024-01-02", "employment_type", "employee",
            "github_handle", "https://github.com/JSmith", "resume_sha256",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "photo_phash", "0xC3E1F0F0E0C08080"),
        row("worker_id", "w2", "full_name", "김철수", "national_id", "078-05-1120",
            "phone", "030 1234567", "home_country", "de", "photo_phash", "abc"),
        row("worker_id", "w3", "full_name", "Jane Roe", "phone", "415 555 2671"));
    Dataset<Row> out = stage.workers(in);
    assertAdded(in, out, "name_norm", "national_id_norm", "national_id_valid",
        "national_id_invalid_reason", "national_id_invalid_category", "personal_email_norm",
        "personal_email_junk_reason", "work_email_norm", "phone_e164", "phone_junk_reason",
        "home_address_key", "home_address_junk_reason", "github_norm", "resume_norm", "photo_phash_norm");
    Map<String, Row> r = byKey(out, "worker_id");
    Row w1 = r.get("w1");
    assertEquals("john smith", w1.getAs("name_norm"));
    assertEquals("123456780", w1.getAs("national_id_norm"));
    assertEquals(Boolean.TRUE, w1.getAs("national_id_valid"));
    assertNull(w1.getAs("national_id_invalid_reason"));
    assertNull(w1.getAs("national_id_invalid_category"));
    assertNull(w1.getAs("personal_email_junk_reason"));
    assertNull(w1.getAs("phone_junk_reason"));
    assertNull(w1.getAs("home_address_junk_reason"));
    assertEquals("johnsmith@gmail.com", w1.getAs("personal_email_norm"));
    assertEquals("jsmith@acme.example", w1.getAs("work_email_norm"));
    assertEquals("+14155552671", w1.getAs("phone_e164"));
    assertEquals("12 n main st apt 4b|94105", w1.getAs("home_address_key"));
    assertEquals("jsmith", w1.getAs("github_norm"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", w1.getAs("resume_norm"));
    assertEquals("c3e1f0f0e0c08080", w1.getAs("photo_phash_norm"));

    Row w2 = r.get("w2");
    assertEquals("078051120", w2.getAs("national_id_norm")); // home_country DE: not read as an SSN
    assertEquals("unverifiable", w2.getAs("national_id_invalid_category")); // nor a Steuer-ID
    assertEquals("+49301234567", w2.getAs("phone_e164"));
    assertNull(w2.getAs("photo_phash_norm"));
    assertNull(w2.getAs("home_address_key"));

    Row w3 = r.get("w3");
    assertNull(w3.getAs("national_id_norm"));
    assertNull(w3.getAs("national_id_valid"));
    assertEquals("+14155552671", w3.getAs("phone_e164")); // default region US
  }

  @Test
  void ssnPlaceholderFlaggedWhenCountryIsUsOrUnknown() {
    Dataset<Row> in = frame(InputFrames.HR_WORKERS,
        row("worker_id", "a", "full_name", "A", "national_id", "078-05-1120"),
        row("worker_id", "b", "full_name", "B", "national_id", "666123456", "home_country", "US"));
    Map<String, Row> r = byKey(stage.workers(in), "worker_id");
    assertEquals(Boolean.FALSE, r.get("a").getAs("national_id_valid"));
    assertEquals("well-known sample SSN", r.get("a").getAs("national_id_invalid_reason"));
    assertEquals("placeholder", r.get("a").getAs("national_id_invalid_category"));
    assertEquals("area 666", r.get("b").getAs("national_id_invalid_reason"));
    assertEquals("structural", r.get("b").getAs("national_id_invalid_category"));
  }

  /** The company's settings: one e-mail domain, one office. */
  private static final NormalizeSettings COMPANY = new NormalizeSettings("US", List.of("acme.com"),
      List.of(new Addresses.Office("100 Market Street", "94105", "US")));

  @Test
  void junkReasonsJudgeTheRawValueInTheWorkersCountry() {
    Dataset<Row> in = frame(InputFrames.HR_WORKERS,
        row("worker_id", "mx", "full_name", "A", "phone", "555-555-5555", "home_country", "MX",
            "personal_email", "noreply@gmail.com", "home_address_line1", "Remote", "national_id", "n/a"),
        row("worker_id", "in", "full_name", "B", "phone", "0000000000", "home_country", "in",
            "personal_email", "Priya@ACME.com", "home_address_line1", "same as above",
            "national_id", "4991 1866 5247"),
        row("worker_id", "us", "full_name", "C", "phone", "800-234-5678", "personal_email", "j@example.com",
            "home_address_line1", "N/A", "home_postal_code", "94105", "national_id", "000-00-0000"),
        row("worker_id", "hq", "full_name", "D", "home_address_line1", "100 Market St, Suite 300",
            "home_postal_code", "94105", "home_country", "US"));
    Map<String, Row> r = byKey(new NormalizeStage(COMPANY).workers(in), "worker_id");
    Row mx = r.get("mx");
    assertEquals("+525555555555", mx.getAs("phone_e164")); // a plausible Mexican number ...
    assertEquals("placeholder value: one digit repeated", mx.getAs("phone_junk_reason")); // ... but junk
    assertEquals("no mailbox: local part 'noreply'", mx.getAs("personal_email_junk_reason"));
    assertEquals("placeholder value: 'remote'", mx.getAs("home_address_junk_reason"));
    assertNull(mx.getAs("national_id_norm"));
    Row india = r.get("in");
    assertEquals("placeholder value: all zeros", india.getAs("phone_junk_reason"));
    assertEquals("the company's own domain: not a personal mailbox", india.getAs("personal_email_junk_reason"));
    assertEquals("placeholder value: 'same as above'", india.getAs("home_address_junk_reason"));
    assertEquals("Aadhaar check digit fails (Verhoeff)", india.getAs("national_id_invalid_reason"));
    assertEquals("unverifiable", india.getAs("national_id_invalid_category"));
    Row us = r.get("us");
    assertEquals("not a personal phone: toll-free number", us.getAs("phone_junk_reason"));
    assertEquals("reserved domain (RFC 2606/6761): no mailbox", us.getAs("personal_email_junk_reason"));
    assertEquals("placeholder value: 'n a'", us.getAs("home_address_junk_reason"));
    assertEquals("placeholder", us.getAs("national_id_invalid_category"));
    assertEquals("a company office", r.get("hq").getAs("home_address_junk_reason"));
    // the key stays, so the link stage records the value it leaves out and why
    assertEquals("100 market st apt 300|94105", r.get("hq").getAs("home_address_key"));
  }

  @Test
  void payments() {
    Dataset<Row> in = frame(InputFrames.PAYROLL_PAYMENTS,
        row("payment_id", "p1", "worker_id", "w1", "pay_date", "2025-01-31", "amount", "1000.5",
            "currency", "USD", "payment_method", "ach", "bank_routing_number", "021-000-021",
            "bank_account_number", "0012 3456 789", "account_holder_name", "Smith, John"),
        row("payment_id", "p2", "worker_id", "w2", "pay_date", "2025-01-31", "amount", "10",
            "currency", "EUR", "payment_method", "wire", "bank_routing_number", "021000022",
            "bank_account_number", "1", "iban", "gb82 west 1234 5698 7654 32",
            "payee_platform_account", " Pay.Me+x@Gmail.com ",
            "wallet_address", "0x52908400098527886E0F7030069857D2E4169EE7"),
        row("payment_id", "p3", "worker_id", "w3", "pay_date", "2025-01-31", "amount", "10",
            "currency", "USD", "payment_method", "crypto", "iban", "GB82 WEST 1234 5698 7654 33",
            "payee_platform_account", "PAYONEER-9", "wallet_address", " 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa "));
    Dataset<Row> out = stage.payments(in);
    assertAdded(in, out, "routing_valid", "bank_account_key", "iban_norm", "payee_platform_norm",
        "wallet_norm", "holder_name_norm");
    Map<String, Row> r = byKey(out, "payment_id");
    assertEquals(Boolean.TRUE, r.get("p1").getAs("routing_valid"));
    assertEquals("021000021|00123456789", r.get("p1").getAs("bank_account_key"));
    assertEquals("john smith", r.get("p1").getAs("holder_name_norm"));
    assertEquals(Boolean.FALSE, r.get("p2").getAs("routing_valid"));
    assertNull(r.get("p2").getAs("bank_account_key"));
    assertEquals("GB82WEST12345698765432", r.get("p2").getAs("iban_norm"));
    assertEquals("payme@gmail.com", r.get("p2").getAs("payee_platform_norm"));
    assertEquals("0x52908400098527886e0f7030069857d2e4169ee7", r.get("p2").getAs("wallet_norm"));
    assertNull(r.get("p3").getAs("routing_valid"));
    assertNull(r.get("p3").getAs("iban_norm"));
    assertEquals("payoneer-9", r.get("p3").getAs("payee_platform_norm"));
    assertEquals("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", r.get("p3").getAs("wallet_norm"));
  }

  @Test
  void devices() {
    Dataset<Row> in = frame(InputFrames.DEVICES,
        row("device_id", "d1", "serial_number", "c02x-1234 ab", "mac_address", "AA-BB-CC-DD-EE-0F",
            "ship_to_line1", "12 N. Main St #4b", "ship_to_city", "San Francisco",
            "ship_to_region", "CA", "ship_to_postal_code", "94105", "ship_to_country", "US"),
        row("device_id", "d2", "serial_number", "To be filled by O.E.M.", "mac_address", "00:00:00:00:00:00"),
        row("device_id", "d3", "ship_to_line1", "100 Market Street, Floor 4", "ship_to_postal_code", "94105",
            "ship_to_country", "US"),
        row("device_id", "d4", "ship_to_line1", "TBD", "ship_to_country", "GB"));
    Dataset<Row> out = new NormalizeStage(COMPANY).devices(in);
    assertAdded(in, out, "serial_norm", "mac_norm", "ship_address_key", "ship_address_junk_reason");
    Map<String, Row> r = byKey(out, "device_id");
    assertEquals("C02X1234AB", r.get("d1").getAs("serial_norm"));
    assertEquals("aa:bb:cc:dd:ee:0f", r.get("d1").getAs("mac_norm"));
    assertEquals("12 n main st apt 4b|94105", r.get("d1").getAs("ship_address_key"));
    assertNull(r.get("d2").getAs("serial_norm"));
    assertNull(r.get("d2").getAs("mac_norm"));
    assertNull(r.get("d2").getAs("ship_address_key"));
    assertNull(r.get("d1").getAs("ship_address_junk_reason"));
    assertNull(r.get("d2").getAs("ship_address_junk_reason"));
    assertEquals("a company office", r.get("d3").getAs("ship_address_junk_reason"));
    assertEquals("placeholder value: 'tbd'", r.get("d4").getAs("ship_address_junk_reason"));
  }

  @Test
  void authEvents() {
    Dataset<Row> in = frame(InputFrames.AUTH_EVENTS,
        row("event_id", "e1", "event_time", "2025-01-01T10:00:00Z", "worker_id", "w1",
            "event_type", "sso_login", "source_ip", " 073.022.001.009 "),
        row("event_id", "e2", "event_time", "2025-01-01T10:00:00Z", "worker_id", "w1",
            "event_type", "vpn_connect", "source_ip", "2001:0DB8::0001"),
        row("event_id", "e3", "event_time", "2025-01-01T10:00:00Z", "worker_id", "w1",
            "event_type", "sso_login", "source_ip", "::ffff:175.45.176.10"),
        row("event_id", "e4", "event_time", "2025-01-01T10:00:00Z", "worker_id", "w1",
            "event_type", "sso_login", "source_ip", "garbage"));
    Dataset<Row> out = stage.authEvents(in);
    assertAdded(in, out, "ip_norm", "ip_version");
    Map<String, Row> r = byKey(out, "event_id");
    assertEquals("73.22.1.9", r.get("e1").getAs("ip_norm"));
    assertEquals(4, (int) r.get("e1").getAs("ip_version"));
    assertEquals("2001:db8::1", r.get("e2").getAs("ip_norm"));
    assertEquals(6, (int) r.get("e2").getAs("ip_version"));
    assertEquals("175.45.176.10", r.get("e3").getAs("ip_norm"));
    assertNull(r.get("e4").getAs("ip_norm"));
    assertNull(r.get("e4").getAs("ip_version"));
  }

  @Test
  void endpointEvents() {
    Dataset<Row> in = frame(InputFrames.ENDPOINT_EVENTS,
        row("event_id", "x1", "event_time", "2025-01-01T10:00:00Z", "device_id", "d1",
            "event_type", "process_start", "process_name", "C:\\Program Files\\AnyDesk\\AnyDesk.exe",
            "public_ip", "8.8.8.8"),
        row("event_id", "x2", "event_time", "2025-01-01T10:00:00Z", "device_id", "d1",
            "event_type", "usb_attach", "usb_vendor_id", "0x1D6B", "usb_product_id", "104",
            "usb_product_name", "Multifunction Composite Gadget"));
    Dataset<Row> out = stage.endpointEvents(in);
    assertAdded(in, out, "public_ip_norm", "process_norm", "usb_id");
    Map<String, Row> r = byKey(out, "event_id");
    assertEquals("8.8.8.8", r.get("x1").getAs("public_ip_norm"));
    assertEquals("anydesk", r.get("x1").getAs("process_norm"));
    assertNull(r.get("x1").getAs("usb_id"));
    assertEquals("1d6b:0104", r.get("x2").getAs("usb_id"));
    assertNull(r.get("x2").getAs("public_ip_norm"));
  }

  @Test
  void settingsFromConfAndValidated() {
    Settings s = SettingsLoader.load(null);
    assertEquals("US", NormalizeSettings.from(s).defaultPhoneRegion());
    Settings bad = Settings.from(ConfigFactory.parseString("ringwatch.normalize.default-phone-region = XX")
        .withFallback(s.raw()));
    SettingsException e = assertThrows(SettingsException.class, () -> NormalizeSettings.from(bad));
    assertEquals("setting ringwatch.normalize.default-phone-region is 'XX' but must be an ISO-3166 "
        + "alpha-2 region with a telephone numbering plan, e.g. US", e.getMessage());
  }

  @Test
  void companyDomainsAndOfficesEmptyByDefaultAndValidated() {
    Settings s = SettingsLoader.load(null);
    assertEquals(List.of(), NormalizeSettings.from(s).companyEmailDomains());
    assertEquals(List.of(), NormalizeSettings.from(s).companyOffices());
    NormalizeSettings set = NormalizeSettings.from(Settings.from(ConfigFactory.parseString(
        "ringwatch.normalize { company-email-domains = [\"ACME.com\", \"@acme.co.uk\"]\n"
            + "company-offices = [{ line1 = \"100 Market Street\", postal-code = \"94105\", country = us },"
            + " { postal-code = \"EC2A 4NE\" }] }").withFallback(s.raw())));
    assertEquals(List.of("acme.com", "acme.co.uk"), set.companyEmailDomains());
    assertEquals(List.of(new Addresses.Office("100 Market Street", "94105", "US"),
        new Addresses.Office(null, "EC2A 4NE", null)), set.companyOffices());
    assertEquals("setting ringwatch.normalize.company-offices[0].line1 or "
        + "ringwatch.normalize.company-offices[0].postal-code is missing: an office needs a street line, a postal "
        + "code or both", assertThrows(SettingsException.class, () -> NormalizeSettings.from(Settings.from(
            ConfigFactory.parseString("ringwatch.normalize.company-offices = [{ country = US }]")
                .withFallback(s.raw())))).getMessage());
    assertEquals("setting ringwatch.normalize.company-email-domains holds 'acme' but must hold domain names such "
        + "as example.com", assertThrows(SettingsException.class, () -> NormalizeSettings.from(Settings.from(
            ConfigFactory.parseString("ringwatch.normalize.company-email-domains = [acme]")
                .withFallback(s.raw())))).getMessage());
    assertEquals("setting ringwatch.normalize.company-offices must be a list of blocks { ... }",
        assertThrows(SettingsException.class, () -> NormalizeSettings.from(Settings.from(
            ConfigFactory.parseString("ringwatch.normalize.company-offices = [\"100 Market St\"]")
                .withFallback(s.raw())))).getMessage());
  }
}
