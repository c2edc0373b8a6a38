package io.ringwatch.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fast: every kind the link stage makes has a name a reader understands and a family. */
class ValueKindsTest {
  @Test
  void everyKindOfTheLinkStageHasPlainWords() {
    for (String kind : LinkSettings.KINDS) {
      assertTrue(ValueKinds.named(kind), kind + " needs plain words in ValueKinds");
      assertFalse(ValueKinds.words(kind).contains("_"), kind + ": " + ValueKinds.words(kind));
      assertTrue(Set.of(ValueKinds.MONEY, ValueKinds.LAPTOPS, ValueKinds.IDENTITY, ValueKinds.NETWORK)
          .contains(ValueKinds.family(kind)), kind);
    }
    assertEquals("bank account", ValueKinds.words("bank_account"));
    assertEquals("account holder", ValueKinds.words("payee_name"));
    assertEquals("shipping address", ValueKinds.words("ship_address"));
    assertEquals("CV", ValueKinds.words("resume"));
    assertEquals("some new kind", ValueKinds.words("some_new_kind"), "an unknown kind still reads as words");
  }
}
