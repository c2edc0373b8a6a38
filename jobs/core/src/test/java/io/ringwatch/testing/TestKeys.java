package io.ringwatch.testing;

import io.ringwatch.privacy.PseudonymKey;

/** The pseudonym key of tests that hash without running the whole night (fixed, so expected hashes can be computed). */
public final class TestKeys {
  /** The key's text, as a key file or RINGWATCH_KEY would hold it. */
  public static final String MATERIAL = "test-key-of-ringwatch-unit-tests-0123456789";
  public static final PseudonymKey KEY = new PseudonymKey(MATERIAL, "tests");

  private TestKeys() {}
}
