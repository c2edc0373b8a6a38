package io.ringwatch.reference.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built IP tables kept on disk between runs: read back equal, and passed over when they cannot be trusted. */
class IpTableCacheTest {
  private static final List<String> PROBES = List.of("1.2.3.4", "1.2.3.5", "1.9.9.9", "2.0.0.1", "0.0.0.0",
      "2001:db8:1::7", "2001:db8:2::1", "::1", "::ffff:1.2.3.4", "255.255.255.255");

  private static IpRangeTable table() {
    return IpRangeTable.of(List.of(
        new IpRangeTable.Range("1.0.0.0", "1.255.255.255", new Object[] {13335L, "CLOUDFLARENET"}),
        new IpRangeTable.Range("1.2.3.0", "1.2.3.255", new Object[] {4134L, "CHINANET"}),
        new IpRangeTable.Range("1.2.3.4", "1.2.3.4", new Object[] {null, "a range without a number"}),
        new IpRangeTable.Range("9.0.0.0", "8.0.0.0", new Object[] {1L, "backwards: left out"}),
        new IpRangeTable.Range("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", new Object[] {64496L, "DOC"}),
        new IpRangeTable.Range("2001:db8:1::", "2001:db8:1::ffff", new Object[] {64497L, "Überall GmbH"})));
  }

  @Test
  void aKeptTableIsReadBackWithTheSameAnswers(@TempDir Path dir) {
    IpRangeTable built = table();
    IpTableCache cache = new IpTableCache(dir.resolve("cache"));
    assertTrue(cache.read("ip-asn|a:1:2").isEmpty(), "nothing kept yet");
    cache.write("ip-asn|a:1:2", built);
    IpRangeTable read = cache.read("ip-asn|a:1:2").orElseThrow();
    assertEquals(built.ranges(), read.ranges());
    assertEquals(built.dropped(), read.dropped());
    assertEquals(built.segments(), read.segments());
    for (String ip : PROBES) {
      assertArrayEquals(built.find(ip), read.find(ip), ip);
    }
    assertEquals("rw-------", PosixFilePermissions.toString(filePermissions(cache.fileOf("ip-asn|a:1:2"))));
  }

  @Test
  void changedFilesFindNoKeptTable(@TempDir Path dir) {
    IpTableCache cache = new IpTableCache(dir);
    cache.write("ip-asn|a:1:2", table());
    assertTrue(cache.read("ip-asn|a:1:3").isEmpty(), "another modification time is another table");
    assertTrue(cache.read("ip-country|a:1:2").isEmpty(), "the other kind of table is another table");
  }

  @Test
  void aDamagedOrForeignFileIsPassedOver(@TempDir Path dir) throws IOException {
    IpTableCache cache = new IpTableCache(dir);
    cache.write("id", table());
    Path file = cache.fileOf("id");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertTrue(cache.read("id").isEmpty(), "a cut file");
    byte[] otherVersion = whole.clone();
    otherVersion[5] ^= 0x20; // the layout's mark: "ringwatch" → "riNgwatch"
    Files.write(file, otherVersion);
    assertTrue(cache.read("id").isEmpty(), "a file of another layout");
    byte[] otherIdentity = whole.clone();
    otherIdentity[2 + 21 + 4 + 1] ^= 0x01; // the second character of the identity kept inside
    Files.write(file, otherIdentity);
    assertTrue(cache.read("id").isEmpty(), "a file kept for another identity under this name");
    Files.write(file, "not a table".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(cache.read("id").isEmpty(), "a foreign file");
    byte[] longer = java.util.Arrays.copyOf(whole, whole.length + 1);
    Files.write(file, longer);
    assertTrue(cache.read("id").isEmpty(), "trailing bytes");
  }

  @Test
  void aFolderThatCannotBeWrittenOnlyCostsTime(@TempDir Path dir) throws IOException {
    Path blocker = dir.resolve("a-file");
    Files.writeString(blocker, "x");
    IpTableCache cache = new IpTableCache(blocker.resolve("cache"));
    cache.write("id", table()); // no exception: the run goes on without keeping the table
    assertTrue(cache.read("id").isEmpty());
    IpTableCache none = new IpTableCache(null);
    none.write("id", table());
    assertTrue(none.read("id").isEmpty());
  }

  @Test
  void theSettingNamesTheFolderOrNone() {
    assertNull(IpReferenceSettings.cacheDir("none"));
    assertNull(IpReferenceSettings.cacheDir(" NONE "));
    assertEquals(Path.of("/srv/cache"), IpReferenceSettings.cacheDir("/srv/cache"));
    assertEquals(IpTableCache.defaultDir(), IpReferenceSettings.cacheDir(""));
  }

  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> filePermissions(Path p) {
    try {
      return Files.getPosixFilePermissions(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
