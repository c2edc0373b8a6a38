package io.ringwatch.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus files too large to commit or that git cannot hold (a 5 MB field, 20,481 columns, a
 * 50 MB compression bomb, a symbolic link loop), written into an assembled input folder at run
 * time; a case names its generator in {@code expect.conf} as {@code generated = <name>}.
 */
final class GeneratedCorpusFiles {
  private GeneratedCorpusFiles() {}

  static void write(String name, Path input) throws IOException {
    switch (name) {
      case "huge-field" -> hugeField(input);
      case "nul-bytes" -> nulBytes(input);
      case "thousands-of-columns" -> manyColumns(input, 5_000);
      case "beyond-parser-max-columns" -> manyColumns(input, 20_481);
      case "compression-bomb" -> compressionBomb(input);
      case "symlink-loop" -> symlinkLoop(input);
      default -> throw new IllegalArgumentException("no corpus generator " + name);
    }
  }

  /** W6 with a 5 MB full_name (an SSN at its end) and a 1 MB column the dataset does not know. */
  private static void hugeField(Path input) throws IOException {
    Path hr = input.resolve("hr_workers/hr_workers.csv");
    List<String> lines = Files.readAllLines(hr);
    String name = "A".repeat(5 * 1024 * 1024 - 10) + " 123456789";
    try (Writer w = Files.newBufferedWriter(hr, StandardCharsets.UTF_8)) {
      w.write(lines.get(0) + ",notes\n");
      for (String l : lines.subList(1, lines.size())) {
        w.write(l + ",\n");
      }
      w.write("W6," + name + ",1991-01-01,,,w6@corp.example.com,,,,,,US,US,2024-02-01,,employee,,Developer,Engineering,W1,,"
          + "B".repeat(1024 * 1024) + "\n");
    }
  }

  /** W6 with NUL bytes inside its job title. */
  private static void nulBytes(Path input) throws IOException {
    Path hr = input.resolve("hr_workers/hr_workers.csv");
    Files.writeString(hr, Files.readString(hr)
        + "W6,Gil Moon,1991-01-01,,,gil.moon@corp.example.com,,,,,,US,US,2024-02-01,,employee,,Dev\0\0\0eloper,Engineering,W1,\n");
  }

  /** P7: a payroll row of {@code fields} fields, its header of 12. */
  private static void manyColumns(Path input, int fields) throws IOException {
    Path pay = input.resolve("payroll_payments/payroll_payments.csv");
    StringBuilder row = new StringBuilder("P7,W1,2026-10-15,3250.00,USD,ach,121000358,000123454821,,Ann Lee,,");
    for (int i = 11; i < fields; i++) {
      row.append(",x").append(i);
    }
    Files.writeString(pay, Files.readString(pay) + row + "\n");
  }

  /** auth_events.csv.gz: the base rows, then 50 MB of one letter on one line (about 50 kB compressed). */
  private static void compressionBomb(Path input) throws IOException {
    Path dir = input.resolve("auth_events");
    String base = Files.readString(dir.resolve("auth_events.csv"));
    Files.delete(dir.resolve("auth_events.csv"));
    byte[] block = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("auth_events.csv.gz")))) {
      out.write(base.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write('\n');
    }
  }

  /** devices/again → devices: a folder that holds a link to itself. */
  private static void symlinkLoop(Path input) throws IOException {
    Path devices = input.resolve("devices");
    Files.createSymbolicLink(devices.resolve("again"), devices);
  }
}
