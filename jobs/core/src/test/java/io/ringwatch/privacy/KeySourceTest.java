package io.ringwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySourceTest {
  private static final String ENV_KEY = "key-from-the-environment-0123456789abcdef";
  private static final String FILE_KEY = "key-from-the-key-file-0123456789abcdefghij";
  @TempDir Path dir;

  private org.apache.hadoop.fs.Path localKey() {
    return new org.apache.hadoop.fs.Path(dir.resolve("output/_ringwatch/local.key").toString());
  }

  @Test
  void theEnvironmentWinsOverTheKeyFile() throws Exception {
    Path file = Files.writeString(dir.resolve("key"), FILE_KEY + "\n");
    PseudonymKey key = KeySource.resolve(ENV_KEY, file.toString(), localKey(), new Configuration(), false);
    assertEquals(new PseudonymKey(ENV_KEY, "x").id(), key.id());
    PseudonymKey fromFile = KeySource.resolve(null, file.toString(), localKey(), new Configuration(), false);
    assertEquals(new PseudonymKey(FILE_KEY, "x").id(), fromFile.id(), "the file's trailing newline is not key");
  }

  @Test
  void aClusterRunWithoutAKeyRefusesToStart() {
    RunFailure e = assertThrows(RunFailure.class,
        () -> KeySource.resolve(null, "", localKey(), new Configuration(), false));
    assertTrue(e.getMessage().contains("RINGWATCH_KEY"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("output")), "no key is made for a cluster run");
  }

  @Test
  void aMissingOrShortKeyFileIsAOneLineFailure() throws Exception {
    assertThrows(RunFailure.class, () -> KeySource.resolve(null, dir.resolve("absent").toString(), localKey(),
        new Configuration(), true));
    Path shortKey = Files.writeString(dir.resolve("short"), "change-me");
    RunFailure e = assertThrows(RunFailure.class, () -> KeySource.resolve(null, shortKey.toString(), localKey(),
        new Configuration(), true));
    assertTrue(e.getMessage().contains("too short"), e.getMessage());
  }

  @Test
  void aLocalRunMakesOneRandomKeyPerOutputRootReadableOnlyByItsOwner() throws Exception {
    PseudonymKey first = KeySource.resolve(null, "", localKey(), new Configuration(), true);
    PseudonymKey again = KeySource.resolve(null, "", localKey(), new Configuration(), true);
    assertEquals(first.id(), again.id(), "the local key is kept for the next nights");
    Path file = dir.resolve("output/_ringwatch/local.key");
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(file));
    org.apache.hadoop.fs.Path otherRoot = new org.apache.hadoop.fs.Path(dir.resolve("other/_ringwatch/local.key").toString());
    assertNotEquals(first.id(), KeySource.resolve(null, "", otherRoot, new Configuration(), true).id());
  }
}
