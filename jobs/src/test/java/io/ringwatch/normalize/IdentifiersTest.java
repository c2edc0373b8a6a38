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
      "000-00-0000|placeholder",
      "123-45-6789|placeholder",
      "111-11-1111|placeholder",
      "999-99-9999|placeholder",
      "078-05-1120|placeholder",
      "219-09-9999|placeholder",
      "12-345-678|not 9 digits"})
  void impossibleSsnsAreInvalidWithAReason(String raw, String reason) {
    NationalIds.Result r = NationalIds.normalize(raw, "US");
    assertFalse(r.valid());
    assertEquals(reason, r.reason());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "ab 123-456 c|DE|AB123456C",
      "m1234567|KR|M1234567",
      "X1234567A|NULL|X1234567A"})
  void nonUsIdsAreUpperCaseAlphanumerics(String raw, String country, String norm) {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    assertEquals(norm, r.norm());
    assertTrue(r.valid());
  }

  @Test
  void nonUsPlaceholdersAndEmptyIds() {
    assertEquals("placeholder", NationalIds.normalize("AAAAAA", "GB").reason());
    assertEquals("too short", NationalIds.normalize("A1", "GB").reason());
    assertNull(NationalIds.normalize(null, "US"));
    assertNull(NationalIds.normalize(" - ", "US"));
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
