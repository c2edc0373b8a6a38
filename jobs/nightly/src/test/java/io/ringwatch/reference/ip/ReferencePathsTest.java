package io.ringwatch.reference.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePathsTest {
  @TempDir Path dir;
  private final Configuration hadoop = new Configuration();

  @Test
  void absolutePathsAndUrisAreUsedAsTheyAre() {
    for (String p : List.of("/data/ip.csv.gz", "hdfs://nn:8020/ref/ip.csv.gz", "s3a://bucket/ip.csv",
        "dbfs:/FileStore/ip.csv", "file:///tmp/ip.csv")) {
      ReferencePaths.Resolved r = ReferencePaths.resolve("s", p, "/in", "/install", hadoop);
      assertEquals(p, r.path());
      assertEquals("as-is", r.origin());
    }
  }

  @Test
  void relativePathsPreferTheInputRootsReferenceFolderThenTheInstallation() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Path install = Files.createDirectories(dir.resolve("install"));
    Files.writeString(install.resolve("a.csv"), "x");
    Files.writeString(install.resolve("b.csv"), "x");
    Files.createDirectories(input.resolve("reference"));
    Files.writeString(input.resolve("reference/a.csv"), "x");

    ReferencePaths.Resolved a = ReferencePaths.resolve("s", "a.csv", input.toString(), install.toString(), hadoop);
    assertEquals(input.resolve("reference/a.csv").toString(), a.path());
    assertEquals("input", a.origin());
    ReferencePaths.Resolved b = ReferencePaths.resolve("s", "b.csv", input.toString(), install.toUri().toString(), hadoop);
    assertEquals(install.toUri() + "b.csv", b.path());
    assertEquals("installation", b.origin());
    ReferencePaths.Resolved noInput = ReferencePaths.resolve("s", "a.csv", null, install.toString(), hadoop);
    assertEquals(install.resolve("a.csv").toString(), noInput.path());

    SettingsException e = assertThrows(SettingsException.class, () ->
        ReferencePaths.resolve("ringwatch.enrich.ip-asn", "c.csv", input.toString(), install.toString(), hadoop));
    assertEquals("setting ringwatch.enrich.ip-asn: reference file 'c.csv' is neither in "
        + input + "/reference nor in " + install, e.getMessage());
  }

  @Test
  void defaultDirIsTheCheckoutsDataReferenceIp() {
    String d = ReferencePaths.defaultDir("");
    assertTrue(d.startsWith("file:/") && d.replaceAll("/$", "").endsWith("data/reference/ip"), d);
    assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(d)).resolve("asn-ipv4.csv.gz")));
    assertEquals("hdfs://nn/ref", ReferencePaths.defaultDir(" hdfs://nn/ref "));
    System.setProperty("ringwatch.home", "/opt/ringwatch");
    try {
      assertEquals("file:///opt/ringwatch/data/reference/ip", ReferencePaths.defaultDir("").replaceAll("/$", ""));
    } finally {
      System.clearProperty("ringwatch.home");
    }
  }
}
