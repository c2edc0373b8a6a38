package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
  /** The configured matcher, with a rarity knowing only the census surnames. */
  final NameMatcher m = new NameMatcher(0.80, 0.5, 0.82, 20.0, NameRarity.surnamesOnly());

  NameMatcher.Result person(String input, String listed) {
    return m.matchPerson(Names.person(input), Names.person(listed));
  }

  double score(String input, String listed) {
    return person(input, listed).score();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SONG, Kum Hyok|Kum Hyok Song", "SONG, Kum Hyok|Geum-Hyeok Seong", "SONG, Kum Hyok|Song Kumhyok",
      "RI, Jong Chol|Lee Jeong Cheol", "PAK, Il|Park Eel", "CHOE, U|Choi Woo", "O, Yu Sin|Oh Yoo Shin",
      "AN, Chol|Ahn Cheol", "KIM, Chong Il|Gim Jong-Il", "KIM, Kyong Hui|Kim Kyung-hee", "송금혁|Song Kum Hyok"})
  void romanisationOrderAndJoiningFoldToOneName(String listed, String input) {
    assertEquals(1.0, score(input, listed), 1e-9, listed + " vs " + input + ": " + person(input, listed));
  }

  @Test
  void typosScoreBelowOneButOverTheThreshold() {
    assertTrue(score("Kum Hyok Sonf", "SONG, Kum Hyok") >= 0.88);
    assertTrue(score("Kiem Yong Chol", "KIM, Yong Chol") >= 0.88);
    assertTrue(score("KMM, Jung Jong", "KIM, Jung Jong") >= 0.88, "a substitution that leaves no vowel is a typo");
    assertTrue(score("Hwnag Pyong So", "HWANG, Pyong So") >= 0.88);
  }

  @Test
  void americanVowelSpellingIsNearlyTheSameSyllable() {
    double s = score("Young-chul Kim", "KIM, Yong Chol");
    assertTrue(s >= 0.95 && s < 1.0, "Chul/Chol: " + s);
  }

  @Test
  void anotherSyllableIsAnotherNameNotATypo() {
    assertEquals(0.0, NameMatcher.tokenSimilarity("hyok", "hyon"));
    assertEquals(0.0, NameMatcher.tokenSimilarity("jung", "chang", Names.fold("jung"), Names.fold("chang")));
    assertTrue(score("Eric Jung", "CHANG, Eric") < 0.88);
    assertTrue(score("Young-ho Kim", "KIM, Tong-ho") < 0.88);
    assertEquals(0.0, NameMatcher.tokenSimilarity("min", "man"));
  }

  @Test
  void spellingsOfDifferentCensusSurnamesNeverMatch() {
    assertEquals(0.0, NameMatcher.tokenSimilarity("khang", "chang", Names.fold("khang"), Names.fold("chang")));
    assertEquals(0.0, NameMatcher.tokenSimilarity("sohn", "song", Names.fold("sohn"), Names.fold("song")));
    assertTrue(NameMatcher.tokenSimilarity("khim", "kim", Names.fold("khim"), Names.fold("kim")) > 0.8,
        "Khim is a spelling of Kim");
  }

  @Test
  void everyInputTokenMustBeFound() {
    NameMatcher.Result r = person("Richard Lee", "RICARDO");
    assertTrue(r.score() <= 0.82, r.toString());
    assertTrue(score("Nicole Kim", "KIM, Chol") < 0.88);
    assertTrue(score("Min Ji Kim", "KIM, Min Chol") < 0.88);
  }

  @Test
  void givenNamesKeepTheirOrder() {
    NameMatcher.Result r = person("Young-soo Lee", "RI, Su Yong");
    assertTrue(r.partial() && r.score() <= 0.82, r.toString());
    assertEquals(1.0, score("Su-yong Lee", "RI, Su Yong"), 1e-9);
  }

  @Test
  void aFamilyNameWithACommonSyllableIsNotEnough() {
    // a list of 20,000 names: 2,000 Kims with Jong (and one of ten common syllables), one Andreyev
    List<List<String>> names = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      names.add(i < 2_000 ? List.of("kim", Names.fold("jong"), "x" + (i % 10)) : List.of("n" + i, "g" + i));
    }
    names.add(Names.foldedPerson("ANDREYEV, Vitaliy Sergeyevich"));
    NameMatcher withList = new NameMatcher(0.80, 0.5, 0.82, 20.0, new NameRarity(names));
    NameMatcher.Result kim = withList.matchPerson(Names.person("Kim Jung"), Names.person("KIM, Jung Jong"));
    assertTrue(kim.partial() && kim.score() <= 0.82, kim.toString());
    NameMatcher.Result family = withList.matchPerson(Names.person("Kim"), Names.person("KIM, Jung Jong"));
    assertTrue(family.score() <= 0.82, family.toString());
    NameMatcher.Result rare = withList.matchPerson(Names.person("Vitaliy Andreyev"),
        Names.person("ANDREYEV, Vitaliy Sergeyevich"));
    assertFalse(rare.partial(), rare.toString());
    assertTrue(rare.score() >= 0.85, rare.toString());
  }

  @Test
  void aDroppedLetterThatMakesAnotherSyllableNeedsCorroboration() {
    NameMatcher.Result r = person("KIM, Mun Cho", "KIM, Mun Chol");
    assertTrue(r.partial() && Math.abs(r.score() - 0.82) < 1e-9, r.toString());
  }

  @Test
  void joinedTokensMatchOnlyWrittenTogetherNames() {
    assertTrue(score("Ji-woo Bang", "CHI BANG") < 0.88, "woo+bang is not bang");
    assertTrue(score("Stephanie Chung", "LO, Stephen Wai-chung") < 0.88);
  }

  @Test
  void companySuffixesAndTheirTyposAreIgnored() {
    assertEquals(Names.foldedEntity("ASATRYAN LLC"), Names.foldedEntity("Asatryan, L.L.C."));
    assertEquals(Names.foldedEntity("ASATRYAN LLC"), Names.foldedEntity("ООО Асатрян"));
    assertEquals(Names.foldedEntity("YANBIAN SILVERSTAR CO., LTD."), Names.foldedEntity("Yanbian Silverstar Limited"));
    assertEquals(List.of("cinyong", "it", "cuperation"), Names.foldedEntity("CHINYONG IT COOPERATION COMPANY"));
    assertEquals(Names.foldedEntity("MOKRAN LLC"), Names.foldedEntity("MOKRAN LQC"));
    assertEquals(Names.foldedEntity("HOERYONG SHIPPING CO LTD"), Names.foldedEntity("HOERYONG SHIPPING CO LTHD"));
    assertEquals(Names.foldedEntity("KOREA EXPO JOINT VENTURE"), Names.foldedEntity("KOREA EXPO JOIT VENTURE"));
  }

  @Test
  void entityTyposStayTypos() {
    double s = m.matchEntity(Names.entity("KOREEA DAESONG GENERAL TRADING CORPORATION"),
        Names.entity("KOREA DAESONG GENERAL TRADING CORPORATION")).score();
    assertTrue(s >= 0.90, "koreea/korea in a company name: " + s);
  }

  @Test
  void blockingKeysMeetForJoinedSplitAndMistypedNames() {
    Set<String> split = NameMatcher.keys(Names.foldedPerson("SONG, Kum Hyok"), Set.of());
    Set<String> joined = NameMatcher.keys(Names.foldedPerson("Kumhyok Song"), Set.of());
    assertTrue(split.stream().anyMatch(joined::contains));
    Set<String> frequentOnly = NameMatcher.keys(List.of("kim", "i"), Set.of("t:kim"));
    assertTrue(frequentOnly.contains("pr:i|kim") && !frequentOnly.contains("t:kim"), frequentOnly.toString());
    // a typo in any letter, the first included, still shares a deletion key
    Set<String> listed = NameMatcher.keys(Names.foldedEntity("KORYO BANK"), Set.of());
    for (String typo : List.of("KOYO BANK", "KROYO BANK", "XORYO BANK", "KORYOO BANK")) {
      Set<String> q = NameMatcher.keys(Names.foldedEntity(typo), Set.of());
      assertTrue(q.stream().anyMatch(listed::contains), typo);
    }
  }
}
