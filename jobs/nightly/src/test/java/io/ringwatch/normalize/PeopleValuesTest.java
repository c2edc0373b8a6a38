package io.ringwatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
      "1 King's Road;London;NULL;sw3 4nd;GB;1 kings rd;SW34ND",
      "Bergstraße 68, Hinterhaus;Düsseldorf;NW;40719;DE;bergstrasse 68 hinterhaus;40719",
      "BERGSTRASSE 68, HINTERHAUS;Düsseldorf;NW;40719;DE;bergstrasse 68 hinterhaus;40719"})
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

  private static final List<Addresses.Office> OFFICES = List.of(
      new Addresses.Office("100 Market Street", "94105", "US"),
      new Addresses.Office("Paseo de la Reforma 250", null, "MX"),
      new Addresses.Office(null, "EC2A 4NE", "GB"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "N/A|NULL|US|placeholder value: 'n a'",
      "NA|NULL|US|placeholder value: 'na'",
      "none|06600|MX|placeholder value: 'none'",
      "Unknown|NULL|IN|placeholder value: 'unknown'",
      "TBD|NULL|GB|placeholder value: 'tbd'",
      "Remote|NULL|US|placeholder value: 'remote'",
      "Work from home|NULL|PH|placeholder value: 'work from home'",
      "same as above|NULL|CA|placeholder value: 'same as above'",
      "See above.|NULL|DE|placeholder value: 'see above'",
      "Same|NULL|BR|placeholder value: 'same'",
      "not provided|NULL|US|placeholder value: 'not provided'",
      "-|NULL|US|placeholder value: no street line",
      "0|94105|US|placeholder value: no street line",
      "000|NULL|MX|placeholder value: no street line",
      "xxxxx|NULL|IN|placeholder value: one character repeated",
      "100 Market St., Suite 300|94105-1234|US|a company office",
      "100 MARKET STREET FL 3|94105|US|a company office",
      "100 Market St|94106|US|NULL",
      "101 Market St|94105|US|NULL",
      "1000 Market St|94105|US|NULL",
      "Paseo de la Reforma 250, Piso 12|06600|MX|a company office",
      "Paseo de la Reforma 250 Floor 12|06600|MX|a company office",
      "1 Finsbury Ave|EC2A 4NE|GB|a company office",
      "1 Finsbury Ave|EC2A 4NF|GB|NULL",
      "1 Finsbury Ave|EC2A 4NE|IN|NULL"})
  void junkAddresses(String line1, String postal, String country, String reason) {
    assertEquals(reason, Addresses.junkReason(line1, postal, country, OFFICES));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "12 North Main Street, Apt. 4B|94105|US", "Av. Insurgentes Sur 1602|03940|MX",
      "Flat 2, 10 Downing Street|SW1A 2AA|GB", "Hauptstraße 5|10115|DE", "221B Baker Street|NW1 6XE|GB",
      "12 MG Road|560001|IN", "1 Remote Road|12345|US", "Rua Augusta 1500|01304-001|BR",
      "Unit 5, 123 Ayala Ave|1226|PH", "1-2-3 Shibuya|150-0002|JP", "7|NULL|US"})
  void realLookingAddressesAreNoJunk(String line1, String postal, String country) {
    assertNull(Addresses.junkReason(line1, postal, country, OFFICES), line1);
    assertNull(Addresses.junkReason(line1, postal, country, List.of()), line1);
  }

  @Test
  void withoutOfficesNoAddressIsAnOffice() {
    assertNull(Addresses.junkReason("100 Market Street", "94105", "US", List.of()));
    assertNull(Addresses.junkReason(null, "94105", "US", OFFICES));
  }
}
