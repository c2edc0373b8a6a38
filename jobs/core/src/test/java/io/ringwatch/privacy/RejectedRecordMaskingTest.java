package io.ringwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The masking of rejected rows, field by field by their columns; no Spark. */
class RejectedRecordMaskingTest {
  private static final List<String> HR = List.of("worker_id", "full_name", "date_of_birth", "national_id",
      "personal_email", "phone", "home_address_line1", "home_city", "home_postal_code", "home_country", "hire_date");
  private static final List<String> PAY = List.of("payment_id", "worker_id", "amount", "bank_account_number",
      "iban", "account_holder_name", "wallet_address");

  @Test
  void eachColumnShowsWhatAnAuditorNeeds() {
    assertEquals("W1", RejectedRecordMasking.field("worker_id", "W1"));
    assertEquals("A*** L***", RejectedRecordMasking.field("full_name", "Ann Lee"));
    assertEquals("S*** B***", RejectedRecordMasking.field("account_holder_name", "Smith, Bob"));
    assertEquals("1990-**-**", RejectedRecordMasking.field("date_of_birth", "1990-02-03"));
    assertEquals("**/**/1990", RejectedRecordMasking.field("date_of_birth", "03/02/1990"));
    assertEquals("********", RejectedRecordMasking.field("date_of_birth", "19900203"));
    assertEquals("***-**-6789", RejectedRecordMasking.field("national_id", "123.45.6789"));
    assertEquals("***5678", RejectedRecordMasking.field("bank_account_number", "12345678"));
    assertEquals("***0134", RejectedRecordMasking.field("phone", "(415) 555-0134"));
    assertEquals("a***@gmail.com", RejectedRecordMasking.field("personal_email", "ann.lee@gmail.com"));
    assertEquals("a***@corp.example.com", RejectedRecordMasking.field("work_email", "ann.lee@corp.example.com"));
    assertEquals("***", RejectedRecordMasking.field("home_address_line1", "12 Elm St"));
    assertEquals("***", RejectedRecordMasking.field("ship_to_postal_code", "94110"));
    assertEquals("San Francisco", RejectedRecordMasking.field("home_city", "San Francisco"));
    assertEquals("2025-02-30", RejectedRecordMasking.field("hire_date", "2025-02-30"));
    // A column the dataset does not know: the patterns.
    assertEquals("***-**-6789", RejectedRecordMasking.field(null, "123-45-6789"));
    assertNull(RejectedRecordMasking.field("full_name", null));
  }

  @Test
  void longValuesAreCutWithTheirLength() {
    String huge = "A".repeat(5_000_000);
    String shown = RejectedRecordMasking.field("job_title", huge);
    assertEquals(RejectedRecordMasking.FIELD_CHARS + " [5000000 characters]".length() + 1, shown.length());
    assertTrue(shown.endsWith("… [5000000 characters]"), shown.substring(250));
    assertEquals("A***… [5000000 characters]", RejectedRecordMasking.field("full_name", huge));
  }

  @Test
  void aLineIsMaskedByItsHeaderPositions() {
    String line = "W6,Ann Lee,1990-02-03,123.45.6789,ann@gmail.com,+1 415 555 0134,12 Elm St,San Francisco,94110,US,2020-01-06";
    assertEquals("W6,A*** L***,1990-**-**,***-**-6789,a***@gmail.com,***0134,***,San Francisco,***,US,2020-01-06",
        RejectedRecordMasking.line(line, HR, "worker_id", ',', '"', 2000));
    String pay = "P7,W1,3250.00,12345678,DE89 3704 0044 0532 0130 00,\"Lee, Ann\",bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    assertEquals("P7,W1,3250.00,***5678,***3000,L*** A***,***5mdq", RejectedRecordMasking.line(pay, PAY, "payment_id", ',', '"', 2000));
  }

  @Test
  void aShiftedLineIsMaskedUnderBothAlignments() {
    // "Park, Jin" without quotes: one field too many from the name on.
    String line = "W6,Park, Jin,1985-07-21,234.56.7890,jin@yahoo.com,+82 10-1234-5678,7 Gangnam-daero,Seoul,06236,KR,2021-03-01";
    String masked = RejectedRecordMasking.line(line, HR, "worker_id", ',', '"', 2000);
    for (String secret : new String[] {"Park", "Jin", "1985-07-21", "234.56.7890", "jin@", "1234-5678", "Gangnam", "06236"}) {
      assertFalse(masked.contains(secret), secret + " in " + masked);
    }
    assertTrue(masked.startsWith("W6,P***,J***,"), masked);
    assertTrue(masked.endsWith(",KR,2021-03-01"), masked);
    // One field too few (the name missing): the fields after it sit one column to the left.
    String shorter = "W7,1990-02-03,123-45-6789,ann@gmail.com,(415) 555-0134,12 Elm St,San Francisco,94110,US,2020-01-06";
    String m2 = RejectedRecordMasking.line(shorter, HR, "worker_id", ',', '"', 2000);
    for (String secret : new String[] {"02-03", "123-45", "ann@", "555-0134", "Elm", "94110"}) {
      assertFalse(m2.contains(secret), secret + " in " + m2);
    }
  }

  @Test
  void aLineThatCannotBeSplitFallsBackToPatternsAndLongLinesAreCut() {
    String broken = "W7,\"Lee, Min,1990-01-01,345.67.8901,min@gmail.com,(213) 555-0188";
    String masked = RejectedRecordMasking.line(broken, HR, "worker_id", ',', '"', 2000);
    assertFalse(masked.contains("345.67.8901"), masked);
    assertFalse(masked.contains("555-0188"), masked);
    assertFalse(masked.contains("min@"), masked);
    String[] many = new String[5000];
    Arrays.fill(many, "x");
    many[0] = "W8";
    String wide = RejectedRecordMasking.line(String.join(",", many), HR, "worker_id", ',', '"', 2000);
    assertTrue(wide.length() < 2100, "cut: " + wide.length());
    assertTrue(wide.startsWith("W8,"), wide);
    assertTrue(wide.endsWith("… [line of 10000 characters cut]"), wide);
  }

  @Test
  void splitHonoursQuotesAndDoubledQuotes() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), RejectedRecordMasking.split("a,\"b,c\",\"d\"\"e\",", ',', '"'));
    assertNull(RejectedRecordMasking.split("a,\"b,c", ',', '"'));
  }
}
