package io.ringwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.reference.sanctions.OfacFixture;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name index is built once per JVM for equal lists, and travels as the list it is built from
 * (no Spark): what an executor rebuilds scores as the driver's does.
 */
class NameIndexTest {
  private final ScreenSettings settings = ScreenSettings.defaults();

  @Test
  void anEqualListParsedAgainGetsTheIndexAlreadyBuiltAndOtherSettingsOrEntriesANewOne() {
    SanctionsList first = OfacFixture.list();
    NameIndex index = NameIndex.of(first, true, 50);
    assertSame(index, NameIndex.of(OfacFixture.list(), true, 50), "a list parsed again: the index kept");
    assertNotSame(index, NameIndex.of(first, false, 50), "weak aliases left out: another index");
    List<SanctionsEntry> fewer = new ArrayList<>(first.entries());
    fewer.remove(fewer.size() - 1);
    NameIndex other = NameIndex.of(new SanctionsList(first.listName(), fewer, first.report()), true, 50);
    assertNotSame(index, other, "a list with one entry less: another index");
    assertTrue(other.names().size() < index.names().size());
  }

  @Test
  void aScreenContextSerializedAsItsListScoresAsTheOriginal() throws Exception {
    ScreenContext ctx = new ScreenContext(OfacFixture.list(), settings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ctx);
    }
    NameIndex.forgetKept(); // read as an executor reads it: the index rebuilt from the list
    ScreenContext read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (ScreenContext) in.readObject();
    }
    assertNotSame(ctx.index, read.index, "rebuilt, not the driver's object");
    assertEquals(ctx.index.names(), read.index.names());
    assertEquals(ctx.index.frequentKeys(), read.index.frequentKeys());
    assertEquals(ctx.list.entries(), read.list.entries());
    for (String name : List.of("KIM Jong Un", "Korea Mining Development Trading Corporation", "PAK Chol Su")) {
      for (NameIndex.IndexedName n : ctx.index.names()) {
        assertEquals(ctx.scoreName(name, null, null, n).score(), read.scoreName(name, null, null, n).score(),
            name + " against " + n.name());
      }
    }
  }
}
