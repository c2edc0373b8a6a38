package io.ringwatch.formats;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reader of OFAC's legacy CSV files ({@code sdn.csv}, {@code alt.csv}, {@code add.csv},
 * {@code sdn_comments.csv}): no header row, comma separated, values in double quotes (a quote
 * inside a value is doubled), {@code -0- } (with or without the trailing space) for "empty",
 * CRLF line endings and a final {@code 0x1A} (Ctrl-Z) byte. The files are ASCII with the odd
 * Latin-1 byte, so they are decoded as ISO-8859-1 (which never fails). A file whose name ends in
 * {@code .gz} is gunzipped first.
 */
public final class OfacCsv {
  private OfacCsv() {}

  /** The rows of the file; empty values are null. Blank lines and the Ctrl-Z byte are skipped. */
  public static List<String[]> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      return read(raw, file.getFileName().toString());
    }
  }

  /** The rows of a file's bytes ({@code fileName} tells whether they are gzipped); closes {@code raw}. */
  public static List<String[]> read(InputStream raw, String fileName) throws IOException {
    try (InputStream in = fileName.endsWith(".gz")
        ? new GZIPInputStream(new BufferedInputStream(raw)) : new BufferedInputStream(raw)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return parse(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1));
    }
  }

  /** Parses the text of one file (see the class comment). */
  public static List<String[]> parse(String text) {
    List<String[]> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          wasQuoted = true;
        }
        case ',' -> {
          fields.add(value(field, wasQuoted));
          field.setLength(0);
          wasQuoted = false;
        }
        case '\r', '\n', '\u001a' -> {
          if (!fields.isEmpty() || field.length() > 0 || wasQuoted) {
            fields.add(value(field, wasQuoted));
            rows.add(fields.toArray(new String[0]));
          }
          fields.clear();
          field.setLength(0);
          wasQuoted = false;
        }
        default -> field.append(c);
      }
    }
    if (!fields.isEmpty() || field.length() > 0 || wasQuoted) {
      fields.add(value(field, wasQuoted));
      rows.add(fields.toArray(new String[0]));
    }
    return rows;
  }

  private static String value(StringBuilder field, boolean wasQuoted) {
    String v = field.toString();
    String t = v.trim();
    if (t.isEmpty() || t.equals("-0-")) {
      return null;
    }
    // A quoted value is kept as published: a remark cut at 1000 characters may end in a space
    // that its continuation in sdn_comments.csv relies on.
    return wasQuoted ? v : t;
  }
}
