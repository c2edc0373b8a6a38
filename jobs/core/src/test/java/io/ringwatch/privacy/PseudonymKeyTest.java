package io.ringwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ringwatch.testing.TestKeys;
import org.junit.jupiter.api.Test;

class PseudonymKeyTest {
  @Test
  void valueHashIsHmacSha256OfKindAndValue() {
    // Expected values from Python's hmac module: hmac.new(key, b"national_id|123456789", sha256).
    assertEquals("e6b631af58cb3ec399902e0b5a600c9f", TestKeys.KEY.hash("national_id", "123456789"));
    assertEquals("4ff870aef272e152", TestKeys.KEY.id());
    assertNull(TestKeys.KEY.hash("phone", null));
  }

  @Test
  void anotherKeyGivesOtherHashesAndAnotherId() {
    PseudonymKey other = new PseudonymKey("another-key-of-ringwatch-unit-tests-987654", "tests");
    assertNotEquals(TestKeys.KEY.hash("national_id", "123456789"), other.hash("national_id", "123456789"));
    assertNotEquals(TestKeys.KEY.id(), other.id());
  }

  @Test
  void shortKeysAreRefusedAndTheKeyIsNeverPrinted() {
    assertThrows(IllegalArgumentException.class, () -> new PseudonymKey("ringwatch-default-salt", "tests"));
    assertFalse(TestKeys.KEY.toString().contains("test-key-of-ringwatch"));
  }
}
