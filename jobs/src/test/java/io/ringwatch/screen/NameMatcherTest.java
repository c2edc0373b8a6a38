package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
  final NameMatcher m = new NameMatcher(0.80, 0.5);

  double person(String a, String b) {
    return m.score(Names.foldedPerson(a), Names.foldedPerson(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SONG, Kum Hyok|Kum Hyok Song", "SONG, Kum Hyok|Geum-Hyeok Seong", "SONG, Kum Hyok|Song Kumhyok",
      "RI, Jong Chol|Lee Jeong Cheol", "PAK, Il|Park Eel", "CHOE, U|Choi Woo", "O, Yu Sin|Oh Yoo Shin",
      "AN, Chol|Ahn Cheol", "KIM, Chong Il|Gim Jong-Il", "송금혁|Song Kum Hyok"})
  void romanisationOrderAndJoiningFoldToOneName(String listed, String input) {
    assertEquals(1.0, person(input, listed), 1e-9, listed + " vs " + input);
  }

  @Test
  void typosAndDroppedTokensScoreBelowOneButHigh() {
    assertTrue(person("Kum Hyok Sonf", "SONG, Kum Hyok") >= 0.88);
    assertTrue(person("Kiem Yong Chol", "KIM, Yong Chol") >= 0.88);
  }

  @Test
  void differentNamesScoreLow() {
    assertTrue(person("Min Ji Kim", "KIM, Min Chol") < 0.88);
    assertTrue(person("Nicole Kim", "KIM, Chol") < 0.88);
    assertTrue(person("Jennifer Park", "PAK, Il") < 0.5);
    assertEquals(0.0, NameMatcher.tokenSimilarity("min", "man"));
  }

  @Test
  void companySuffixesAreIgnored() {
    assertEquals(Names.foldedEntity("ASATRYAN LLC"), Names.foldedEntity("Asatryan, L.L.C."));
    assertEquals(Names.foldedEntity("ASATRYAN LLC"), Names.foldedEntity("ООО Асатрян"));
    assertEquals(Names.foldedEntity("YANBIAN SILVERSTAR CO., LTD."), Names.foldedEntity("Yanbian Silverstar Limited"));
    assertEquals(List.of("cinyong", "it", "cuperation"), Names.foldedEntity("CHINYONG IT COOPERATION COMPANY"));
  }

  @Test
  void blockingKeysMeetForJoinedAndSplitNames() {
    Set<String> split = NameMatcher.keys(Names.foldedPerson("SONG, Kum Hyok"), Set.of());
    Set<String> joined = NameMatcher.keys(Names.foldedPerson("Kumhyok Song"), Set.of());
    assertTrue(split.stream().anyMatch(joined::contains));
    Set<String> frequentOnly = NameMatcher.keys(List.of("kim", "i"), Set.of("t:kim"));
    assertTrue(frequentOnly.contains("pr:i|kim") && !frequentOnly.contains("t:kim"), frequentOnly.toString());
  }
}
