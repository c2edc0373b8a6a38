package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
