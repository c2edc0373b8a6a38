package io.ringwatch.synth;

import io.ringwatch.formats.OfacCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The real OFAC SDN files packed in the jar under {@code ringwatch/reference/ofac/} (from
 * {@code data/reference/ofac/}, see its SOURCE.md), copied into a company's {@code sanctions/}
 * folder, and the sanctioned identifiers the planted rings reuse.
 */
public final class OfacReference {
  static final String RESOURCE_DIR = "/ringwatch/reference/ofac/";
  /** The packed files, without {@code .csv.gz}. */
  public static final List<String> FILES =
      List.of("sdn", "add", "alt", "sdn_comments", "sdn_dprk_supplement");

  /** A digital-currency address from an SDN entry's remarks. */
  public record SanctionedWallet(String entNum, String entryName, String currency, String address) {}

  private static final Pattern ADDRESS =
      Pattern.compile("Digital Currency Address - (ETH|XBT|USDT) ([A-Za-z0-9]{20,})");
  /** SIM, Hyon Sop: received "tens of millions of dollars in virtual currency from IT workers". */
  private static final String PREFERRED_ENTRY = "42498";

  private OfacReference() {}

  /** Copies every packed file into {@code dir}: byte for byte when gzip, else decompressed. */
  static void copyTo(Path dir, boolean gzip) {
    try {
      Files.createDirectories(dir);
      for (String f : FILES) {
        try (InputStream in = open(f + ".csv.gz")) {
          Path target = dir.resolve(gzip ? f + ".csv.gz" : f + ".csv");
          try (OutputStream out = Files.newOutputStream(target)) {
            (gzip ? in : new GZIPInputStream(in, 1 << 16)).transferTo(out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the OFAC files into " + dir, e);
    }
  }

  static InputStream open(String name) {
    InputStream in = OfacReference.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("OFAC resource " + RESOURCE_DIR + name
          + " is not on the classpath (jobs/generator/pom.xml packs data/reference/ofac)");
    }
    return in;
  }

  /**
   * A wallet of a North Korea-linked SDN entry (program DPRK* or remarks naming the North Korea
   * Sanctions Regulations): SIM Hyon Sop's ETH address when present, else the first such.
   */
  public static SanctionedWallet dprkWallet() {
    SanctionedWallet first = null;
    for (String file : List.of("sdn.csv.gz", "sdn_dprk_supplement.csv.gz")) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(open(file)), StandardCharsets.ISO_8859_1))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (!line.contains("Digital Currency Address")) {
            continue;
          }
          List<String[]> rows = OfacCsv.parse(line);
          if (rows.isEmpty() || rows.get(0).length < 12 || rows.get(0)[11] == null) {
            continue;
          }
          String[] f = rows.get(0);
          String programs = f[3] == null ? "" : f[3];
          boolean dprk = programs.contains("DPRK") || f[11].contains("North Korea");
          Matcher m = ADDRESS.matcher(f[11]);
          if (!dprk || !m.find()) {
            continue;
          }
          SanctionedWallet w = new SanctionedWallet(f[0], f[1], m.group(1), m.group(2));
          if (w.entNum().equals(PREFERRED_ENTRY)) {
            return w;
          }
          if (first == null) {
            first = w;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (first == null) {
      throw new IllegalStateException("no DPRK-linked digital currency address in the SDN files");
    }
    return first;
  }
}
