package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.privacy.PseudonymKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ringwatch hash`: an auditor holding the key recomputes a value's hash from an input row. */
class HashCommandTest {
  private static final String KEY = "auditor-test-key-0123456789abcdefghijkl";
  @TempDir Path dir;

  private String run(String... args) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8).trim();
  }

  private Path conf() throws Exception {
    Path key = Files.writeString(dir.resolve("key"), KEY);
    return Files.writeString(dir.resolve("site.conf"), "ringwatch.privacy.key-file = \"" + key + "\"");
  }

  @Test
  void valuesAreNormalisedAsTheNightNormalisesThemThenHashed() throws Exception {
    PseudonymKey key = new PseudonymKey(KEY, "test");
    String conf = conf().toString();
    assertEquals("phone " + key.hash("phone", "+14155550123") + "  (key " + key.id() + ")",
        run("hash", "--conf", conf, "--kind", "phone", "--value", "(415) 555-0123"));
    assertEquals("bank_account " + key.hash("bank_account", "iban:DE89370400440532013000") + "  (key " + key.id() + ")",
        run("hash", "--conf", conf, "--kind", "iban", "--value", "DE89 3704 0044 0532 0130 00"));
    assertTrue(run("hash", "--conf", conf, "--kind", "device", "--value", "SN-1", "--as-is")
        .startsWith("device " + key.hash("device", "SN-1")));
  }

  @Test
  void withoutAKeyTheLocalKeyOfAnOutputIsUsedOrTheReasonGiven() throws Exception {
    assertEquals(2, Main.run("hash", "--kind", "phone", "--value", "+14155550123"));
    Path local = dir.resolve("out/_ringwatch/local.key");
    Files.createDirectories(local.getParent());
    Files.writeString(local, KEY);
    assertTrue(run("hash", "--output", dir.resolve("out").toString(), "--kind", "phone", "--value", "+14155550123")
        .contains(new PseudonymKey(KEY, "t").hash("phone", "+14155550123")));
  }
}
