package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** National ids, bank accounts, IBANs, MACs. */
class IdentifiersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "123-45-6780|US|123456780",
      "123 45 6780|US|123456780",
      "123.45.6780|US|123456780",
      " 123456780 |NULL|123456780",
      "123-45-6780|us|123456780"})
  void ssnInAnyNotationIsItsDigits(String raw, String country, String digits) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertEquals(digits, r.norm());
    assertTrue(r.valid());
    assertNull(r.reason());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "000-12-3456|area 000",
      "666-12-3456|area 666",
      "900-12-3456|area 900-999",
      "912-34-5678|area 900-999",
      "123-00-4567|group 00",
      "123-45-0000|serial 0000",
      "12-345-679|not 9 digits"})
  void impossibleSsnsAreStructurallyInvalid(String raw, String reason) {
    NationalIds.Result r = NationalIds.normalize(raw, "US");
    assertFalse(r.valid());
    assertEquals(reason, r.reason());
    assertEquals(NationalIds.STRUCTURAL, r.category());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "000-00-0000|US|all zeros",
      "000000000|US|all zeros",
      "123-45-6789|US|ascending digits",
      "012-34-5678|NULL|ascending digits",
      "987-65-4321|US|descending digits",
      "111-11-1111|US|one digit repeated",
      "999-99-9999|US|one digit repeated",
      "078-05-1120|US|well-known sample SSN",
      "219-09-9999|US|well-known sample SSN",
      // any country: one character repeated, digits all zeros or a run
      "000 000 000|CA|one character repeated",
      "123 456 789|CA|ascending digits",
      "AAAAAA|GB|one character repeated",
      "AB 12 34 56 C|GB|digit part ascending digits",
      "XXXX000000HDFXXX00|MX|digit part all zeros",
      "9876 5432 1098|IN|descending digits",
      "111.111.111-11|BR|one character repeated",
      "000-000-000-000|PH|one character repeated",
      "12345678901|DE|ascending digits",
      "M0000000|KR|digit part all zeros"})
  void placeholdersInAnyCountry(String raw, String country, String reason) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertFalse(r.valid());
    assertEquals(reason, r.reason());
    assertEquals(NationalIds.PLACEHOLDER, r.category());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"N/A|US", "n/a|MX", "unknown|GB", "None|IN", "TBD|DE", "-|CA", "pending|PH"})
  void placeholderWordsAreNoId(String raw, String country) {
    assertNull(NationalIds.normalize(raw, country));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "130 692 544|CA|130692544",             // SIN, Luhn
      "JG 10 37 59 A|GB|JG103759A",           // National Insurance number
      "jg103759|GB|JG103759",                 // suffix left out
      "HEGG560427MVZRRL04|MX|HEGG560427MVZRRL04", // CURP
      "GODE561231GR8|MX|GODE561231GR8",       // RFC of a person
      "4991 1866 5246|IN|499118665246",       // Aadhaar, Verhoeff
      "2341-2341-2346|IN|234123412346",
      "ABCPE1234F|IN|ABCPE1234F",             // PAN
      "86 095 742 719|DE|86095742719",        // Steuer-ID
      "47036892816|DE|47036892816",
      "65929970489|DE|65929970489",
      "408-159-263-000|PH|408159263000",      // TIN with branch code
      "408-159-263|PH|408159263",
      "34-1234567-8|PH|3412345678",           // SSS
      "529.982.247-25|BR|52998224725",        // CPF
      "111.444.777-35|BR|11144477735"})
  void foreignIdsThatFollowTheIssuingRules(String raw, String country, String norm) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertEquals(norm, r.norm());
    assertTrue(r.valid(), () -> raw + ": " + r.reason());
    assertNull(r.reason());
    assertNull(r.category());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "130 692 545|CA|SIN check digit fails (Luhn)",
      "046 454 287|CA|SIN starting 0 is never a person's",
      "13069254|CA|not the format of a SIN (9 digits)",
      "GB528374A|GB|National Insurance prefix never allocated",
      "DA528374A|GB|National Insurance prefix never allocated",
      "JG103759E|GB|not the format of a National Insurance number (2 letters, 6 digits, A-D)",
      "HEGG560427MVZRRL05|MX|CURP check digit fails",
      "HEGG561327MVZRRL04|MX|CURP birth date is no date",
      "HEGG560427MXXRRL04|MX|not the format of a CURP",
      "4991 1866 5247|IN|Aadhaar check digit fails (Verhoeff)",
      "1991 1866 5246|IN|Aadhaar never starts with 0 or 1",
      "86095742718|DE|Steuer-ID check digit fails",
      "11095742719|DE|Steuer-ID digits break the issuing rule",
      "06095742719|DE|Steuer-ID never starts with 0",
      "52998224726|BR|CPF check digits fail",
      "5299822472|BR|not the format of a CPF (11 digits)",
      "4081592|PH|not the format of a TIN (9 digits and a branch code) or SSS number (10 digits)",
      "A1|KR|too short"})
  void foreignIdsThatBreakTheIssuingRulesAreUnverifiable(String raw, String country, String reason) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertFalse(r.valid());
    assertEquals(reason, r.reason());
    // a typing slip (format, check digit) in a foreign id is no forgery; what the issuer never
    // issues is as impossible as SSN area 666
    assertEquals(reason.contains("never") ? NationalIds.STRUCTURAL : NationalIds.UNVERIFIABLE, r.category());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"QQ 12 34 56 C|GB", "046 454 286|CA", "XEXX010101HNEXXXA4|MX",
      "XAXX010101000|MX"})
  void issuersPublishedExamplesArePlaceholders(String raw, String country) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertTrue(r != null, raw);
    assertFalse(r.valid());
    assertEquals(NationalIds.PLACEHOLDER, r.category());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"brak|PL", "k.A.|DE", "keine Angabe|DE", "sin dato|MX", "não informado|BR"})
  void noneInOtherLanguagesIsNoId(String raw, String country) {
    assertEquals(null, NationalIds.normalize(raw, country));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "ab 583-104 c|FR|AB583104C",
      "m7204519|KR|M7204519",
      "X7204519A|NULL|X7204519A"})
  void idsOfCountriesWithoutRulesAreUpperCaseAlphanumerics(String raw, String country, String norm) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertEquals(norm, r.norm());
    assertTrue(r.valid());
  }

  @Test
  void emptyIds() {
    assertNull(NationalIds.normalize(null, "US"));
    assertNull(NationalIds.normalize(" - ", "US"));
    assertNull(NationalIds.normalize(" . ", "GB"));
  }

  @Test
  void checkDigitAlgorithms() {
    assertTrue(ForeignIds.luhn("79927398713"));
    assertFalse(ForeignIds.luhn("79927398710"));
    assertTrue(ForeignIds.verhoeff("2363"));
    assertFalse(ForeignIds.verhoeff("2364"));
    assertEquals(4, ForeignIds.curpCheck("HEGG560427MVZRRL04"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"011000015", "021000021", "121000358", "0110-0001-5", "322271627"})
  void validRoutingNumbers(String raw) {
    assertTrue(BankAccounts.routingValid(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"011000016", "12345678", "0110000150", "000000000", "02100002A"})
  void invalidRoutingNumbers(String raw) {
    assertFalse(BankAccounts.routingValid(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "021000021|0012-3456 789|021000021#00123456789",
      "021-000-021|123456|021000021#123456",
      "021000022|123456|NULL",
      "021000021|NULL|NULL",
      "021000021|12AB34|NULL"})
  void bankAccountKey(String routing, String account, String key) {
    String expected = key == null ? null : key.replace('#', '|');
    assertEquals(expected, BankAccounts.key(routing, account));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GB82 WEST 1234 5698 7654 32|GB82WEST12345698765432",
      "de89 3704 0044 0532 0130 00|DE89370400440532013000",
      "IBAN FR14 2004 1010 0505 0001 3M02 606|FR1420041010050500013M02606",
      "NL91-ABNA-0417-1643-00|NL91ABNA0417164300"})
  void ibansNormalizedWhenTheChecksumHolds(String raw, String norm) {
    assertEquals(norm, Ibans.normalize(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"GB82 WEST 1234 5698 7654 33", "DE00370400440532013000", "GB82", "1234567890123456"})
  void badIbansAreNull(String raw) {
    assertNull(Ibans.normalize(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "AA-BB-CC-DD-EE-0F|aa:bb:cc:dd:ee:0f",
      "aa:bb:cc:dd:ee:0f|aa:bb:cc:dd:ee:0f",
      "aabb.ccdd.ee0f|aa:bb:cc:dd:ee:0f",
      " AABBCCDDEE0F |aa:bb:cc:dd:ee:0f"})
  void macsInAnyNotation(String raw, String norm) {
    assertEquals(norm, Macs.normalize(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"00:00:00:00:00:00", "FF-FF-FF-FF-FF-FF", "aa:bb:cc:dd:ee", "gg:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff:00"})
  void unusableMacsAreNull(String raw) {
    assertNull(Macs.normalize(raw));
  }
}
