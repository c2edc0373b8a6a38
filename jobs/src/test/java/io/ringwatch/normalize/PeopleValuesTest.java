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

/** Names, addresses, handles, hashes, payees. */
class PeopleValuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "John Smith|john smith",
      "  SMITH,   John |john smith",
      "Smith-Jones, Mary-Ann|ann jones mary smith",
      "Seán O'Brien|obrien sean",
      "José Ñúñez|jose nunez",
      "Ｊｏｈｎ　Ｓｍｉｔｈ|john smith",
      "Müller Jürgen|jurgen muller",
      "Иван Петров|ivan petrov"})
  void names(String raw, String norm) {
    assertEquals(norm, Names.norm(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"김철수", "金哲洙", "Ким Чер Су"})
  void otherScriptsBecomeAsciiLatin(String raw) {
    String n = Names.norm(raw);
    assertEquals(n, n.replaceAll("[^a-z0-9 ]", ""), n);
    assertEquals(n, String.join(" ", java.util.Arrays.stream(n.split(" ")).sorted().toList()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "--", "., '"})
  void emptyNames(String raw) {
    assertNull(Names.norm(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      "12 North Main Street, Apt. 4B;San Francisco;CA;94105-1234;US;12 n main st apt 4b;94105",
      "12 N. Main St #4b;San Francisco;CA;94105;US;12 n main st apt 4b;94105",
      "12 N MAIN ST SUITE 4B;SF;CA;941051234;NULL;12 n main st apt 4b;94105",
      "12 n main st ste 4b;SF;CA;94105 1234;US;12 n main st apt 4b;94105",
      "500 West Sunset Boulevard Unit 7;Los Angeles;CA;NULL;US;500 w sunset blvd apt 7;los angeles|ca",
      "9 Oak Lane;Austin;TX;73301;US;9 oak ln;73301",
      "9 Oak Road;Austin;TX;73301;US;9 oak rd;73301",
      "9 Oak Avenue;Austin;TX;73301;US;9 oak ave;73301",
      "9 Oak Drive;Austin;TX;73301;US;9 oak dr;73301",
      "9 Oak Court, Apartment # 2;Austin;TX;73301;US;9 oak ct apt 2;73301",
      "1 King's Road;London;NULL;sw3 4nd;GB;1 kings rd;SW34ND"})
  void addressKeys(String line1, String city, String region, String postal, String country,
      String street, String tail) {
    assertEquals(street + "|" + tail, Addresses.key(line1, city, region, postal, country));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", ",."})
  void noStreetNoKey(String line1) {
    assertNull(Addresses.key(line1, "Austin", "TX", "73301", "US"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "OctoCat|octocat",
      "@octocat|octocat",
      "https://github.com/OctoCat|octocat",
      "http://www.github.com/octo-cat/repo?tab=1|octo-cat",
      "github.com/octocat/|octocat",
      "not a handle|NULL",
      "-leading|NULL"})
  void githubHandles(String raw, String norm) {
    assertEquals(norm, Handles.github(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "e3b0c442 98fc1c14|NULL",
      "zz|NULL"})
  void sha256(String raw, String norm) {
    assertEquals(norm, Hashes.sha256(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "0xC3E1F0F0E0C08080|c3e1f0f0e0c08080",
      "c3e1f0f0e0c08080|c3e1f0f0e0c08080",
      "c3e1f0f0e0c0808|NULL",
      "c3e1f0f0e0c08080aa|NULL",
      "c3e1f0f0e0c0808g|NULL"})
  void phash(String raw, String norm) {
    assertEquals(norm, Hashes.phash(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      " John.Smith+pay@GMail.com |johnsmith@gmail.com",
      " PAYONEER-12345 |payoneer-12345",
      "  |NULL"})
  void platformAccounts(String raw, String norm) {
    assertEquals(norm, Payees.platformAccount(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      " 0x52908400098527886E0F7030069857D2E4169EE7 |0x52908400098527886e0f7030069857d2e4169ee7",
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
      "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE|TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
      " |NULL"})
  void wallets(String raw, String norm) {
    assertEquals(norm, Payees.wallet(raw));
  }

  @Test
  void namesShareAWordOfTwoLettersOrMore() {
    assertTrue(Names.shareAWord("dana cole", "ben cole"));
    assertTrue(Names.shareAWord("victor lam", "lam victor"));
    assertFalse(Names.shareAWord("anna berg", "carl diaz"));
    assertFalse(Names.shareAWord("j smith", "j doe"), "initials do not count");
    assertNull(Names.shareAWord(null, "carl diaz"));
  }
}
