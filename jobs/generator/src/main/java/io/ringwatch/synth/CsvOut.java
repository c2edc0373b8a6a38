package io.ringwatch.synth;

import io.ringwatch.formats.CsvCells;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A CSV file written row by row: header first, RFC 4180 quoting (a value is quoted when it holds
 * a comma, a quote or a line break), {@code \n} line ends, UTF-8, optionally gzipped. Java's gzip
 * header carries no timestamp, so the bytes depend on the rows alone.
 */
final class CsvOut implements Closeable {
  private final BufferedWriter out;
  private final int width;
  private final boolean spreadsheetSafe;
  private long rows;
  private String lastLine;

  CsvOut(Path file, List<String> header, boolean gzip) {
    this(file, header, gzip, false);
  }

  /**
   * A file people open in a spreadsheet (the ground truth: rings with facilitators' names and
   * addresses, broken rows): formula-like cells are neutralised ({@link CsvCells}). The input
   * datasets are written as an export would be, since the job must read them as they are.
   */
  static CsvOut forPeople(Path file, List<String> header) {
    return new CsvOut(file, header, false, true);
  }

  private CsvOut(Path file, List<String> header, boolean gzip, boolean spreadsheetSafe) {
    this.spreadsheetSafe = spreadsheetSafe;
    try {
      Files.createDirectories(file.getParent());
      OutputStream os = Files.newOutputStream(file);
      if (gzip) {
        os = new GZIPOutputStream(os, 1 << 16);
      }
      out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
      width = header.size();
      writeLine(join(header.toArray(new String[0])));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Path of a dataset file: {@code dir/name/name.csv[.gz]}. */
  static Path tableFile(Path dir, String name, boolean gzip) {
    return dir.resolve(name).resolve(name + (gzip ? ".csv.gz" : ".csv"));
  }

  /** Writes one row; null values are written empty. Returns the row's line number (header = 1). */
  long row(String... values) {
    if (values.length != width) {
      throw new IllegalArgumentException("row has " + values.length + " values, header " + width);
    }
    String line = join(values);
    writeLine(line);
    rows++;
    lastLine = line;
    return rows + 1;
  }

  /** Writes the previous row once more (a duplicate-key export glitch). Returns its line number. */
  long repeatLast() {
    if (lastLine == null) {
      throw new IllegalStateException("no row yet");
    }
    writeLine(lastLine);
    rows++;
    return rows + 1;
  }

  long rows() {
    return rows;
  }

  private void writeLine(String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String join(String[] values) {
    if (spreadsheetSafe) {
      return CsvCells.line(values);
    }
    StringBuilder sb = new StringBuilder(160);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = values[i];
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (CsvCells.needsQuotes(v)) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
