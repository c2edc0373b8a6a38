package io.ringwatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ringwatch.reference.ip.IpTables;
import io.ringwatch.reference.sanctions.OfacParser;
import io.ringwatch.reference.sanctions.SanctionsList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceFingerprintTest {
  private static final Path FIXTURE = Path.of("src/test/resources/screen/ofac-fixture");
  private static final IpTables IP = new IpTables(null, null, "ip-country|/ref/country.csv:10:1\nip-asn|/ref/asn.csv:20:1");

  @Test
  void theSameListCopiedElsewhereKeepsItsFingerprint(@TempDir Path dir) throws Exception {
    Path copy = copyFixture(dir);
    Files.setLastModifiedTime(copy.resolve("sdn.csv"), FileTime.fromMillis(0)); // re-downloaded, same content
    assertEquals(ReferenceFingerprint.of(IP, list(FIXTURE)), ReferenceFingerprint.of(IP, list(copy)));
  }

  @Test
  void anEntryChangedOrOtherIpFilesChangeIt(@TempDir Path dir) throws Exception {
    Path copy = copyFixture(dir);
    String sdn = Files.readString(copy.resolve("sdn.csv"));
    int comma = sdn.indexOf(",\"") + 2; // the first entry's name
    Files.writeString(copy.resolve("sdn.csv"), sdn.substring(0, comma) + "X" + sdn.substring(comma));
    String original = ReferenceFingerprint.of(IP, list(FIXTURE));
    assertNotEquals(original, ReferenceFingerprint.of(IP, list(copy)));
    assertNotEquals(original, ReferenceFingerprint.of(new IpTables(null, null,
        "ip-country|/ref/country.csv:10:2\nip-asn|/ref/asn.csv:20:1"), list(FIXTURE)));
    assertEquals(16, original.length());
  }

  private static SanctionsList list(Path dir) {
    return OfacParser.parse(dir, List.of(), false);
  }

  private static Path copyFixture(Path dir) throws Exception {
    try (var files = Files.list(FIXTURE)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }
}
