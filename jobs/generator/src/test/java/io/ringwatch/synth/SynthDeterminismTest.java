package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthDeterminismTest {

  @TempDir
  Path tmp;

  @Test
  void sameSeedGivesSameBytesAndOtherSeedsDiffer() throws Exception {
    GeneratorOptions opt = GeneratorOptions.of(300, 7);
    CompanyGenerator.generate(opt, tmp.resolve("a"));
    CompanyGenerator.generate(opt, tmp.resolve("b"));
    CompanyGenerator.generate(GeneratorOptions.of(300, 8), tmp.resolve("c"));
    TreeMap<String, String> a = hashes(tmp.resolve("a"));
    TreeMap<String, String> b = hashes(tmp.resolve("b"));
    TreeMap<String, String> c = hashes(tmp.resolve("c"));
    assertEquals(a, b, "two runs with one seed must write identical files");
    assertTrue(a.size() >= 14, "files written: " + a.keySet());
    for (String table : Datasets.TABLES) {
      String f = table + "/" + table + ".csv.gz";
      assertFalse(a.get(f).equals(c.get(f)), "another seed must give another " + f);
    }
    assertEquals(a.get("sanctions/sdn.csv.gz"), c.get("sanctions/sdn.csv.gz"));
  }

  @Test
  void plainCsvHoldsTheSameRowsAsGzip() throws Exception {
    GeneratorOptions opt = GeneratorOptions.of(120, 3);
    CompanyGenerator.generate(opt, tmp.resolve("gz"));
    CompanyGenerator.generate(opt.withGzip(false), tmp.resolve("plain"));
    for (String table : Datasets.TABLES) {
      byte[] gz = gunzip(tmp.resolve("gz").resolve(table).resolve(table + ".csv.gz"));
      byte[] plain = Files.readAllBytes(tmp.resolve("plain").resolve(table).resolve(table + ".csv"));
      assertArrayEquals(gz, plain, table);
    }
    for (String f : OfacReference.FILES) {
      byte[] packed = gunzip(tmp.resolve("gz/sanctions").resolve(f + ".csv.gz"));
      byte[] plain = Files.readAllBytes(tmp.resolve("plain/sanctions").resolve(f + ".csv"));
      assertArrayEquals(packed, plain, f);
    }
  }

  @Test
  void sanctionsAreTheCommittedOfacFilesByteForByte() throws Exception {
    CompanyGenerator.generate(GeneratorOptions.of(30, 1), tmp.resolve("s"));
    Path committed = Path.of(System.getProperty("ringwatch.repo.root", ".."), "data", "reference", "ofac");
    for (String f : OfacReference.FILES) {
      assertArrayEquals(Files.readAllBytes(committed.resolve(f + ".csv.gz")),
          Files.readAllBytes(tmp.resolve("s/sanctions").resolve(f + ".csv.gz")), f);
    }
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  private static TreeMap<String, String> hashes(Path root) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      out.put(root.relativize(f).toString().replace('\\', '/'),
          HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));
    }
    return out;
  }
}
