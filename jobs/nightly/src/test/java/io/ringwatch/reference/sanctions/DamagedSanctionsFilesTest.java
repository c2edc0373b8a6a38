package io.ringwatch.reference.sanctions;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.testing.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged sanctions folders stop the parse with a one-line reason naming the file, instead of a
 * list that silently lost most of its entries (issue 19: an sdn.csv whose column count changed
 * lost 94% of the list and the run exited 0).
 */
class DamagedSanctionsFilesTest {
  @TempDir Path tmp;

  static Path realOfac() {
    return SharedData.require("sanctions/ofac/sdn.csv").getParent();
  }

  private Path copyOf(Path from) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("sanctions"));
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /** Every line of the file with one more column at the end (a layout change upstream). */
  private static void addColumn(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    String changed = lines.stream().map(l -> l.isBlank() || l.equals("\u001a") ? l : l + ",-0- ")
        .collect(Collectors.joining("\r\n"));
    Files.writeString(file, changed, StandardCharsets.ISO_8859_1);
  }

  @Test
  void realSdnFileWithAnExtraColumnStopsTheParseNamingTheFile() throws Exception {
    Path dir = copyOf(realOfac());
    addColumn(dir.resolve("sdn.csv"));
    RunFailure e = assertThrows(RunFailure.class,
        () -> OfacParser.parse(dir, List.of("sdn_dprk_supplement.csv"), false));
    assertTrue(e.getMessage().contains("sdn.csv") && e.getMessage().contains("13 columns")
        && e.getMessage().contains("expected 12"), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
  }

  @Test
  void eachAuxiliaryFileIsCheckedForItsOwnLayout() throws Exception {
    for (String[] f : new String[][] {{"add.csv", "6"}, {"alt.csv", "5"}, {"sdn_comments.csv", "2"}}) {
      Path dir = copyOf(OfacFixture.dir());
      addColumn(dir.resolve(f[0]));
      RunFailure e = assertThrows(RunFailure.class, () -> OfacParser.parse(dir, List.of("sdn_extra.csv"), true));
      assertTrue(e.getMessage().contains(f[0]) && e.getMessage().contains("expected " + f[1]), e.getMessage());
      TestFiles.deleteTree(dir);
    }
  }

  @Test
  void anEmptySdnFileStopsTheParse() throws Exception {
    Path dir = copyOf(OfacFixture.dir());
    Files.writeString(dir.resolve("sdn.csv"), "");
    RunFailure e = assertThrows(RunFailure.class, () -> OfacParser.parse(dir, List.of(), false));
    assertTrue(e.getMessage().contains("sdn.csv") && e.getMessage().contains("no rows"), e.getMessage());
  }

  @Test
  void anEmptySanctionsFolderStopsWithOneLineNamingTheFolder() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("empty"));
    RunFailure e = assertThrows(RunFailure.class, () -> OfacParser.parse(dir, List.of(), false));
    assertTrue(e.getMessage().contains("holds no files") && e.getMessage().contains("sdn.csv"), e.getMessage());
  }

  @Test
  void aFewMalformedRowsAreCountedNotFatal() throws Exception {
    Path dir = copyOf(realOfac());
    Path sdn = dir.resolve("sdn.csv");
    Files.writeString(sdn, Files.readString(sdn, StandardCharsets.ISO_8859_1) + "\r\n999999999,\"BROKEN\"\r\n",
        StandardCharsets.ISO_8859_1);
    SanctionsList list = OfacParser.parse(dir, List.of("sdn_dprk_supplement.csv"), false);
    assertEquals(1, list.report().get("sdn_rows_malformed"));
  }
}
