package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SynthGenerateCommandTest {

  @TempDir
  Path tmp;

  @Test
  void generateWritesTheLayoutWithTheContractFlags() throws Exception {
    Path out = tmp.resolve("co");
    int status = new CommandLine(new GenerateCommand()).execute("--workers", "60", "--seed", "5",
        "--out", out.toString(), "--as-of", "2026-06-30", "--event-days", "14", "--no-gzip");
    assertEquals(0, status);
    for (String table : Datasets.TABLES) {
      assertTrue(Files.isRegularFile(out.resolve(table).resolve(table + ".csv")), table);
    }
    assertTrue(Files.isRegularFile(out.resolve("sanctions/sdn.csv")));
    assertTrue(Files.isRegularFile(out.resolve("truth/workers.csv")));
    String manifest = Files.readString(out.resolve("truth/manifest.json"));
    assertTrue(manifest.contains("\"as_of\": \"2026-06-30\""), manifest);
    assertTrue(manifest.contains("\"event_days\": 14"), manifest);
    assertEquals(61, Files.readAllLines(out.resolve("truth/workers.csv")).size());
  }

  @Test
  void variationsAreSwitchedOnByNameAndUnknownNamesRefusedInOneLine() throws Exception {
    Path out = tmp.resolve("v");
    assertEquals(0, new CommandLine(new GenerateCommand()).execute("--workers", "60", "--seed", "5",
        "--out", out.toString(), "--variations", "hr-typos,cloud-desktops"));
    String manifest = Files.readString(out.resolve("truth/manifest.json"));
    assertTrue(manifest.contains("\"variations\": [\"cloud-desktops\", \"hr-typos\"]"), manifest);
    assertEquals(0, new CommandLine(new GenerateCommand()).execute("--workers", "60", "--seed", "5",
        "--out", tmp.resolve("all").toString(), "--variations", "all"));
    assertTrue(Files.readString(tmp.resolve("all/truth/manifest.json")).contains("foreign-company"));

    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setErr(new PrintWriter(err));
    int status = cli.execute("--workers", "60", "--seed", "5", "--out",
        tmp.resolve("x").toString(), "--variations", "hr-typos,vpn-abroad");
    assertTrue(status != 0);
    String first = err.toString().lines().findFirst().orElse("");
    assertTrue(first.contains("unknown variation 'vpn-abroad'"), first);
    for (io.ringwatch.synth.Variation v : io.ringwatch.synth.Variation.values()) {
      assertTrue(first.contains(v.id()), first);
    }
    assertTrue(!Files.exists(tmp.resolve("x")));
  }

  @Test
  void badOptionsAreRefused() {
    int status = new CommandLine(new GenerateCommand()).execute("--workers", "0", "--seed", "5",
        "--out", tmp.resolve("x").toString());
    assertTrue(status != 0);
  }
}
