package io.ringwatch.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A small RFC 4180 reader for the tests (one record per line: the generator writes no line breaks in values). */
final class SynthCsv {
  final List<String> header;
  /** Data rows; row i is on line i + 2 of the file. */
  final List<String[]> rows;

  private SynthCsv(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  static SynthCsv read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
            StandardCharsets.UTF_8), 1 << 16)) {
      List<String> header = List.of(split(in.readLine()));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        rows.add(split(line));
      }
      return new SynthCsv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int col(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return i;
  }

  static String[] split(String line) {
    return CompanyAsOf.Csv.fields(line).toArray(new String[0]);
  }
}
