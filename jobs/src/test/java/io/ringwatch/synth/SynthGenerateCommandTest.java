package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.cli.GenerateCommand;
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
  void badOptionsAreRefused() {
    int status = new CommandLine(new GenerateCommand()).execute("--workers", "0", "--seed", "5",
        "--out", tmp.resolve("x").toString());
    assertTrue(status != 0);
  }
}
