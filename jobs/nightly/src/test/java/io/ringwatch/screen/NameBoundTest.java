package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.ringwatch.reference.sanctions.OfacFixture;
import io.ringwatch.reference.sanctions.SanctionsEntry;

/** Screening is bounded per name: a 5 MB name or one of thousands of words is matched on a prefix (no Spark). */
class NameBoundTest {
  static final int FIVE_MB = 5 * 1024 * 1024;

  /** A name of {@code length} characters that counts how many of them are read. */
  static final class CountingName implements CharSequence {
    final int length;
    long reads;

    CountingName(int length) {
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int i) {
      reads++;
      return i % 9 == 8 ? ' ' : "KIMJONGUN".charAt(i % 9); // "KIMJONGU " repeated
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder sb = new StringBuilder();
      for (int i = start; i < end; i++) {
        sb.append(charAt(i));
      }
      return sb;
    }

    @Override
    public String toString() {
      return subSequence(0, length).toString();
    }
  }

  @Test
  void aFiveMegabyteNameIsCutReadingOnlyItsBoundedPrefix() {
    NameBound bound = ScreenSettings.defaults().nameBound();
    CountingName huge = new CountingName(FIVE_MB);
    NameBound.Bounded b = bound.apply(huge);
    assertTrue(b.cut());
    assertTrue(b.name().length() <= bound.maxChars(), b.name().length() + " characters");
    assertTrue(Names.personTokens(b.name()).size() <= bound.maxTokens());
    // the work bound: characters read to cut it (counting, then copying the prefix)
    assertTrue(huge.reads <= 2L * bound.maxChars(), huge.reads + " characters read");
    assertTrue(b.note().contains("5,242,880 characters") && b.note().contains("first " + b.name().length()),
        b.note());
  }

  @Test
  void aNameOfThousandsOfWordsIsCutToMaxWords() {
    NameBound bound = new NameBound(1_000_000, 30);
    String many = "Kim ".repeat(200_000) + "Jong Un";
    NameBound.Bounded b = bound.apply(many);
    assertTrue(b.cut());
    assertEquals(30, Names.personTokens(b.name()).size());
    assertEquals(30 * 4 - 1, b.name().length(), "30 words and the spaces between them");
  }

  @Test
  void ordinaryNamesAndTheLongestListedNamesAreMatchedWhole() throws Exception {
    NameBound bound = ScreenSettings.defaults().nameBound();
    String name = "SONG, Kum Hyok";
    NameBound.Bounded b = bound.apply(name);
    assertFalse(b.cut());
    assertSame(name, b.name());
    assertEquals("", b.note());
    for (SanctionsEntry e : OfacFixture.list().entries()) {
      assertFalse(bound.apply(e.primaryName()).cut(), e.primaryName());
    }
    String longest = "A".repeat(196) + " B".repeat(24); // longer than OFAC's longest name: 244 chars, 25 words
    assertFalse(bound.apply(longest).cut());
  }

  @Test
  void aCharacterWrittenAsASurrogatePairIsNotSplit() {
    String name = "ab\uD83D\uDE00cd"; // an emoji across characters 2-3
    assertEquals("ab", new NameBound(3, 10).apply(name).name());
  }

  @Test
  void theMatcherScoresABoundedHugeNameAgainstEveryListedNameWithBoundedWork() throws Exception {
    ScreenContext ctx = new ScreenContext(OfacFixture.list(), ScreenSettings.defaults());
    NameBound bound = ctx.settings.nameBound();
    String huge = "Song Kum Hyok " + "x".repeat(FIVE_MB); // one 5 MB word after a listed name
    NameBound.Bounded b = bound.apply(huge);
    List<String> folded = Names.foldedPerson(b.name());
    // what matching does per name is bounded by the prefix: its tokens, blocking keys and candidates
    assertTrue(folded.size() <= bound.maxTokens());
    assertTrue(folded.stream().mapToInt(String::length).sum() <= bound.maxChars());
    assertTrue(ctx.index.queryKeys(folded).size() <= bound.maxTokens() * (3 + bound.maxChars()),
        "at most a few keys and one deletion per character of each word");
    var candidates = ctx.index.candidates(folded);
    assertFalse(candidates.isEmpty(), "the listed name at the start of the prefix still finds its entry");
    for (int id : candidates) {
      ScreenContext.NameScore s = ctx.scoreName(huge, null, null, ctx.index.name(id)); // unbounded: bounded inside
      assertTrue(s.score() >= 0.0 && s.score() <= 1.0);
    }
  }
}
