package io.ringwatch.testing;

import io.ringwatch.privacy.PseudonymKey;

/** The pseudonym key of tests that hash without running the whole night (fixed, so expected hashes can be computed). */
public final class TestKeys {
  public static final PseudonymKey KEY = new PseudonymKey("test-key-of-ringwatch-unit-tests-0123456789", "tests");

  private TestKeys() {}
}
