package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesAndEmailsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(415) 555-2671|US|+14155552671",
      "415.555.2671|US|+14155552671",
      "1-415-555-2671|US|+14155552671",
      "+1 415 555 2671|DE|+14155552671",
      "00 49 30 1234567|DE|+49301234567",
      "011 49 30 1234567|US|+49301234567",
      "030 1234567|DE|+49301234567",
      "+82 10-1234-5678|US|+821012345678"})
  void phonesInManyNotationsReachOneE164(String raw, String region, String expected) {
    assertEquals(expected, Phones.toE164(raw, region));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"n/a", "12", "call me"})
  void unusablePhonesAreNull(String raw) {
    assertNull(Phones.toE164(raw, "US"));
  }

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<PhoneNumberFormat> NOTATIONS = List.of(PhoneNumberFormat.E164,
      PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // placeholders in a foreign notation, which become plausible foreign numbers in the region
      "0000000000|MX|placeholder value: all zeros",
      "0000000000|IN|placeholder value: all zeros",
      "555-555-5555|MX|placeholder value: one digit repeated",
      "555-555-5555|IN|placeholder value: one digit repeated",
      "555 555 5555|PH|placeholder value: one digit repeated",
      "123-456-7890|IN|placeholder value: ascending digits",
      "1234567890|MX|placeholder value: ascending digits",
      "0123456789|DE|placeholder value: ascending digits",
      "9876543210|IN|placeholder value: descending digits",
      "98765 43210|IN|placeholder value: descending digits",
      "(11) 1111-1111|BR|placeholder value: one digit repeated",
      // the country code given: the national number judged
      "+91 98765 43210|US|placeholder value: descending digits",
      "+52 0000000000|US|placeholder value: national number all zeros",
      "+1 (000) 000-0000|CA|placeholder value: national number all zeros",
      "+52 55 0000 0000|MX|placeholder value: subscriber number all zeros",
      "+49 30 0000000|DE|placeholder value: subscriber number all zeros",
      "+1 234 567 8901|US|placeholder value: ascending digits",
      // the sample company's own placeholders
      "000-000-0000|US|placeholder value: all zeros",
      "(000) 000-0000|US|placeholder value: all zeros",
      "123-456-7890|US|placeholder value: ascending digits",
      "999-999-9999|US|placeholder value: one digit repeated",
      "n/a|US|placeholder value: text",
      "N/A|MX|placeholder value: text",
      "none|GB|placeholder value: text",
      "call me|US|not a phone number: no digits",
      "12|US|not a phone number: impossible length",
      // ranges set aside for fiction
      "(201) 555-0123|US|fictional number: North American 555-0100 to 555-0199",
      "+1 416 555 0199|GB|fictional number: North American 555-0100 to 555-0199",
      "020 7946 0123|GB|fictional number: Ofcom drama range",
      "07700 900123|GB|fictional number: Ofcom drama range",
      // valid by length, not by the numbering plan
      "415-123-4567|US|not a valid number in the numbering plan of US",
      "+63 2 1234 5678|PH|not a valid number in the numbering plan of PH",
      "0161 12345678|GB|not a phone number: impossible length",
      // no person's own line
      "800-234-5678|US|not a personal phone: toll-free number",
      "+1 900 234 5678|US|not a personal phone: premium-rate number",
      "0800 123 4567|GB|not a personal phone: toll-free number",
      "+52 800 123 4567|MX|not a personal phone: toll-free number",
      "1800 12 3456|IN|not a personal phone: toll-free number",
      "0180 1 2345|DE|not a personal phone: shared-cost number",
      "4004-1234|BR|not a personal phone: shared-cost number"})
  void junkPhonesInAnyNotation(String raw, String region, String reason) {
    assertEquals(reason, Phones.junkReason(raw, region));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(415) 555-2671|US", "512-867-5309|US", "+1 416 234 5678|CA", "55 1234 5678|MX", "+52 33 1234 5678|US",
      "+91 81234 56789|US", "074104 10123|IN", "020 7123 4567|GB", "07400 123456|GB", "030 1234567|DE",
      "+49 1512 3456789|DE", "0905 123 4567|PH", "(11) 96123-4567|BR"})
  void realLookingPhonesAreNoJunk(String raw, String region) {
    assertNull(Phones.junkReason(raw, region), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "MX", "IN", "GB", "DE", "CA", "PH", "BR"})
  void libphonenumberExamplesOfPersonalTypesAreNoJunk(String region) {
    for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.VOIP,
        PhoneNumberType.PERSONAL_NUMBER)) {
      PhoneNumber n = type == PhoneNumberType.FIXED_LINE ? UTIL.getExampleNumber(region)
          : UTIL.getExampleNumberForType(region, type);
      if (n == null) {
        continue;
      }
      for (PhoneNumberFormat f : NOTATIONS) {
        String raw = UTIL.format(n, f);
        String reason = Phones.junkReason(raw, region);
        if (n.getCountryCode() == 1 && UTIL.getNationalSignificantNumber(n).startsWith("55501", 3)) {
          // North America's example numbers are themselves in the fictional range 555-01xx
          assertEquals("fictional number: North American 555-0100 to 555-0199", reason, raw);
        } else {
          assertNull(reason, region + " " + type + " " + raw);
        }
      }
    }
  }

  @Test
  void voipStaysAPersonalPhone() {
    for (String region : List.of("US", "GB", "CA")) {
      PhoneNumber n = UTIL.getExampleNumberForType(region, PhoneNumberType.VOIP);
      assertNotNull(n, region);
      assertNull(Phones.junkReason(UTIL.format(n, PhoneNumberFormat.INTERNATIONAL), region), region);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "MX", "IN", "GB", "DE", "CA", "PH", "BR"})
  void businessNumberTypesAreNoPersonalPhone(String region) {
    for (PhoneNumberType type : Phones.NOT_PERSONAL.keySet()) {
      PhoneNumber n = UTIL.getExampleNumberForType(region, type);
      if (n == null) {
        continue;
      }
      String reason = Phones.junkReason(UTIL.format(n, PhoneNumberFormat.NATIONAL), region);
      assertNotNull(reason, region + " " + type);
      // GB's premium-rate example, 0901 234 5678, is an ascending run as well
      assertTrue(reason.startsWith("not a personal phone: ") || reason.startsWith("placeholder value: "), reason);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0000000|all zeros", "5555555|one digit repeated", "1234567890|ascending digits",
      "0123456789|ascending digits", "7890123|ascending digits", "9876543210|descending digits",
      "0987654321|descending digits"})
  void digitPatterns(String digits, String pattern) {
    assertEquals(pattern, JunkValues.digitPattern(digits, 6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4155552671", "1234567899", "12345", "8675309", "2012345678"})
  void noDigitPattern(String digits) {
    assertNull(JunkValues.digitPattern(digits, 6));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      " John.Smith+jobs@GMail.com |johnsmith@gmail.com",
      "j.smith@googlemail.com|jsmith@gmail.com",
      "John.Smith+x@outlook.com|john.smith@outlook.com",
      "john.smith+x@acme.example|john.smith+x@acme.example",
      "MAILTO:Ops@Example.ORG|ops@example.org"})
  void emailsCanonical(String raw, String expected) {
    assertEquals(expected, Emails.canonical(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"n/a", "no at sign", "@example.com", "a@b", "a b@example.com"})
  void notAnEmail(String raw) {
    assertNull(Emails.canonical(raw));
  }

  private static final List<String> COMPANY = List.of("acme.com", "acme.co.uk");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "none@gmail.com|no mailbox: local part 'none'",
      "No-Reply@outlook.com|no mailbox: local part 'noreply'",
      "no_reply@yahoo.com.mx|no mailbox: local part 'noreply'",
      "do.not.reply@gmail.com|no mailbox: local part 'donotreply'",
      "DoNotReply@web.de|no mailbox: local part 'donotreply'",
      "test@gmail.com|no mailbox: local part 'test'",
      "test123@yahoo.co.in|no mailbox: local part 'test'",
      "na@hotmail.com|no mailbox: local part 'na'",
      "n.a@gmail.com|no mailbox: local part 'na'",
      "null@gmail.com|no mailbox: local part 'null'",
      "unknown@yahoo.com|no mailbox: local part 'unknown'",
      "noemail@gmail.com|no mailbox: local part 'noemail'",
      "no.email@outlook.com|no mailbox: local part 'noemail'",
      "nomail@gmx.de|no mailbox: local part 'nomail'",
      "none+hr@gmail.com|no mailbox: local part 'none'",
      "xxxxxx@gmail.com|no mailbox: local part one character repeated",
      "aaa@yahoo.com|no mailbox: local part one character repeated",
      "123456@qq.com|no mailbox: local part ascending digits",
      "0000000@gmail.com|no mailbox: local part one character repeated",
      "maria.lopez@example.com|reserved domain (RFC 2606/6761): no mailbox",
      "priya@mail.example.org|reserved domain (RFC 2606/6761): no mailbox",
      "john@example.net|reserved domain (RFC 2606/6761): no mailbox",
      "j.smith@company.test|reserved domain (RFC 2606/6761): no mailbox",
      "j.smith@acme.example|reserved domain (RFC 2606/6761): no mailbox",
      "j.smith@host.invalid|reserved domain (RFC 2606/6761): no mailbox",
      "root@box.localhost|reserved domain (RFC 2606/6761): no mailbox",
      "juan.perez@none.com|placeholder domain 'none.com'",
      "jsmith@na.com|placeholder domain 'na.com'",
      "jsmith@noemail.com|placeholder domain 'noemail.com'",
      "jsmith@test.com|placeholder domain 'test.com'",
      "hr@acme.com|the company's own domain: not a personal mailbox",
      "Jane.Doe@ACME.co.uk|the company's own domain: not a personal mailbox",
      "jane@mx.acme.com|the company's own domain: not a personal mailbox",
      "n/a|placeholder value: text",
      "NONE|placeholder value: text",
      "no email on file|not an e-mail address"})
  void junkEmails(String raw, String reason) {
    assertEquals(reason, Emails.junkReason(raw, COMPANY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"John.Smith+x@GMAIL.com", "maria.gonzalez@hotmail.com", "priya.sharma@yahoo.co.in",
      "j.mueller@web.de", "jose.santos@gmail.com", "wangge327@yahoo.com", "jane@email.com", "noel@gmail.com",
      "nate@acme-corp.com", "testa.rossi@libero.it", "ana@example.co.uk", "aa@x.io", "nathan@notacme.com"})
  void realLookingEmailsAreNoJunk(String raw) {
    assertNull(Emails.junkReason(raw, COMPANY), raw);
  }

  @Test
  void withoutCompanyDomainsNoDomainIsTheCompanys() {
    assertNull(Emails.junkReason("hr@acme.com", List.of()));
    assertNull(Emails.junkReason("hr@acme.com", null));
    assertNull(Emails.junkReason(null, COMPANY));
    assertNull(Emails.junkReason("  ", COMPANY));
  }
}
