package io.ringwatch.reference.ip;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads the IP reference files ({@code start_ip,end_ip,…} CSV without a header, plain or
 * gzipped, on any Hadoop file system) into an {@link IpRangeTable} on the driver. A table is
 * built once per JVM for the same files (same paths, sizes and modification times): a scheduler
 * that runs many nights in one JVM, and the tests, pay for it once; and kept on the driver's disk
 * between JVMs ({@link IpTableCache}).
 */
final class IpReferenceFiles {
  private static final Logger LOG = LogManager.getLogger(IpReferenceFiles.class);
  /** Built tables by the identity of their files; two kinds of table, so this stays tiny. */
  private static final Map<String, IpRangeTable> BUILT = new LinkedHashMap<>();
  private static final int KEEP = 4;

  private IpReferenceFiles() {}

  /**
   * The table of {@code paths}, each row's fields after the first two turned into the payload by
   * {@code payload} (a row it rejects with an exception is left out and counted). {@code what}
   * names the table and so the payload: it is part of the table's identity.
   */
  static synchronized Loaded load(String what, List<String> paths, Configuration hadoop,
      Function<String[], Object[]> payload, IpTableCache kept) {
    List<FileStatus> files = new ArrayList<>();
    StringBuilder identity = new StringBuilder(what);
    for (String p : paths) {
      try {
        Path path = new Path(p);
        FileStatus st = path.getFileSystem(hadoop).getFileStatus(path);
        files.add(st);
        identity.append('|').append(st.getPath()).append(':').append(st.getLen()).append(':')
            .append(st.getModificationTime());
      } catch (IOException e) {
        throw RunFailure.input("enrich: reference file " + p + " for " + what + " is unreadable: " + e.getMessage(), e);
      }
    }
    String key = identity.toString();
    IpRangeTable cached = BUILT.get(key);
    if (cached != null) {
      return new Loaded(cached, key);
    }
    long started = System.nanoTime();
    IpRangeTable table = kept.read(key).orElse(null);
    if (table != null) {
      LOG.info("enrich: {} read as kept in {} ({} segments) in {} ms", what, kept.fileOf(key), table.segments(),
          (System.nanoTime() - started) / 1_000_000);
    } else {
      table = build(what, files, hadoop, payload, started);
      kept.write(key, table);
    }
    if (BUILT.size() >= KEEP) {
      BUILT.remove(BUILT.keySet().iterator().next());
    }
    BUILT.put(key, table);
    return new Loaded(table, key);
  }

  /** A table and the identity of the files it was built from (each file's path, length and modification time). */
  record Loaded(IpRangeTable table, String identity) {}

  private static IpRangeTable build(String what, List<FileStatus> files, Configuration hadoop,
      Function<String[], Object[]> payload, long started) {
    List<IpRangeTable.Range> ranges = new ArrayList<>();
    int badRows = 0;
    for (FileStatus st : files) {
      badRows += read(st.getPath(), hadoop, payload, ranges);
    }
    IpRangeTable table = IpRangeTable.of(ranges);
    LOG.info("enrich: {} read {} ranges from {} file(s) into {} segments in {} ms ({} rows unusable)", what,
        table.ranges(), files.size(), table.segments(), (System.nanoTime() - started) / 1_000_000,
        badRows + table.dropped());
    return table;
  }

  /** Appends the file's ranges; returns the number of rows left out. */
  private static int read(Path path, Configuration hadoop, Function<String[], Object[]> payload,
      List<IpRangeTable.Range> out) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(false);
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setMaxCharsPerColumn(4096);
    CsvParser parser = new CsvParser(settings);
    int bad = 0;
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
      InputStream raw = fs.open(path);
      try (Reader in = new InputStreamReader(codec == null ? raw : codec.createInputStream(raw), StandardCharsets.UTF_8)) {
        parser.beginParsing(in);
        String[] row;
        while ((row = parser.parseNext()) != null) {
          if (row.length < 2 || row[0] == null || row[1] == null) {
            bad++;
            continue;
          }
          try {
            out.add(new IpRangeTable.Range(row[0], row[1], payload.apply(row)));
          } catch (RuntimeException e) {
            bad++;
          }
        }
      } finally {
        parser.stopParsing();
      }
    } catch (IOException | RuntimeException e) {
      throw RunFailure.input("enrich: reference file " + path + " is unreadable: " + e.getMessage(), e);
    }
    return bad;
  }
}
