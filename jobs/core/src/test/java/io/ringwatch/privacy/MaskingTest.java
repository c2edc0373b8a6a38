package io.ringwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void kindsMaskTheirOwnWay() {
    assertEquals("***-**-6789", Masking.forKind("national_id", "123-45-6789"));
    assertEquals("***4821", Masking.forKind("bank_account", "021000021|000123454821"));
    assertEquals("***4567", Masking.forKind("phone", "+14155554567"));
    assertEquals("j***@gmail.com", Masking.forKind("payout_account", "jsmith@gmail.com"));
    assertEquals("12 elm st 40202", Masking.forKind("ship_address", "12 elm st 40202"));
    assertNull(Masking.forKind("phone", null));
    assertEquals("***", Masking.lastChars("12", 4));
  }

  @Test
  void freeTextHidesIdentifiersButKeepsDates() {
    String raw = "W-1,John Smith,123-45-6789,2025-13-01,021000021,000123454821,"
        + "0x098B716B8Aaf21512996dC57EB0615e2383E2f96,DE89 3704 0044 0532 0130 00,jsmith@example.com";
    String masked = Masking.freeText(raw);
    assertFalse(masked.contains("123-45-6789"), masked);
    assertFalse(masked.contains("000123454821"), masked);
    assertFalse(masked.contains("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"), masked);
    assertFalse(masked.contains("3704 0044"), masked);
    assertFalse(masked.contains("jsmith@"), masked);
    assertTrue(masked.contains("2025-13-01"), masked);
    assertTrue(masked.contains("***-**-6789"), masked);
    assertTrue(masked.contains("W-1,John Smith"), masked);
    // Event and device ids are not IBANs; a Norwegian IBAN (15 characters, the shortest) is.
    assertEquals("(event EE0000000686, 1 time)", Masking.freeText("(event EE0000000686, 1 time)"));
    assertFalse(Masking.freeText("NO93 8601 1117 947").contains("8601"));
  }

  @Test
  void freeTextKeepsRecordKeysThatOnlyLookLikeShortIbans() {
    // Event ids such as AE0000000005 begin like an IBAN (country, two digits) but are too short for one.
    String masked = Masking.freeText("AE0000000005,2026-11-19T10:00:00Z,GB82 WEST 1234 5698 7654 32");
    assertTrue(masked.startsWith("AE0000000005,"), masked);
    assertFalse(masked.contains("5698 7654"), masked);
  }

  @Test
  void freeTextHidesShortAccountsDottedSsnsPhonesAndBech32Wallets() {
    String raw = "P7,12345678,123.45.6789,+82 10-1234-5678,(415) 555-0134,646-555-0101,"
        + "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,2026-11-19T10:00:00-06:00,+05:30,94110,3250.00";
    String masked = Masking.freeTextOfInputRow(raw);
    for (String secret : new String[] {"12345678", "123.45.6789", "10-1234-5678", "555-0134", "646-555",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}) {
      assertFalse(masked.contains(secret), secret + " in " + masked);
    }
    // Keys, times, offsets, postal codes and amounts stay.
    assertTrue(masked.startsWith("P7,***5678,***-**-6789,+***5678,***0134,***0101,***5mdq,"), masked);
    assertTrue(masked.endsWith(",2026-11-19T10:00:00-06:00,+05:30,94110,3250.00"), masked);
    // In report text, 8-digit worker ids stay.
    assertEquals("worker 00010075", Masking.freeText("worker 00010075"));
  }
}
