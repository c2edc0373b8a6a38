package io.ringwatch.ingest;

import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Checks of a dataset's files before Spark reads them, each ending the run with a one-line reason
 * naming the dataset and the file: a symbolic link that loops back into the input folder (listing
 * it would never end), a compressed file that expands beyond {@code max-expansion-ratio} times its
 * size (read in full, a few kilobytes of gzip become gigabytes), and, for CSV, a file that is not
 * text at all (an image, a spreadsheet, random bytes named .csv).
 */
final class InputFileChecks {
  private static final int SNIFF_BYTES = 4096;
  /** Share of control bytes (other than tab, CR, LF) above which a file is not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  /** A compressed file that expands to less than this is never stopped (small repetitive exports compress well). */
  static final long EXPANSION_FLOOR = 16L << 20;

  private InputFileChecks() {}

  /**
   * The files' checks on the files under {@code readPaths} only (the whole location, or the days
   * of a daily drop a night reads: an old day is neither decompressed nor sniffed); link loops
   * under the whole location.
   */
  static void check(Configuration hadoop, String dataset, String location, List<String> readPaths, boolean csv,
      double maxExpansionRatio) {
    Path root = new Path(location);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if ("file".equals(fs.getUri().getScheme())) {
        noLinkLoops(dataset, java.nio.file.Path.of(fs.makeQualified(root).toUri()), new java.util.HashSet<>());
      }
      List<Path> files = new ArrayList<>();
      for (String read : readPaths) {
        files(fs, new Path(read), root).forEach(f -> files.add(f.getPath()));
      }
      int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        CompressionCodecFactory codecs = new CompressionCodecFactory(hadoop);
        for (Path f : files) {
          done.add(pool.submit(() -> {
            checkFile(fs, codecs.getCodec(f), f, dataset, csv, maxExpansionRatio);
            return null;
          }));
        }
        for (Future<?> d : done) {
          try {
            d.get();
          } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RunFailure r) {
              throw r;
            }
            throw RunFailure.input("dataset " + dataset + " is unreadable at " + location + ": " + e.getCause(), e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunFailure.input("dataset " + dataset + ": interrupted while checking its files", e);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      throw RunFailure.input("dataset " + dataset + " is unreadable at " + location + ": " + e.getMessage(), e);
    }
  }

  /** The data files under {@code from} (within {@code root}), as Spark reads them (names starting with _ or . are not data). */
  static List<LocatedFileStatus> files(FileSystem fs, Path from, Path root) throws IOException {
    List<LocatedFileStatus> out = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(from, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (!hidden(f.getPath(), root)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean hidden(Path p, Path root) {
    for (Path q = p; q != null && !q.toUri().getPath().equals(root.toUri().getPath()); q = q.getParent()) {
      String n = q.getName();
      if (n.startsWith("_") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A folder's symbolic links, none of which may lead back to a folder that holds it. */
  static void noLinkLoops(String dataset, java.nio.file.Path root, java.util.Set<java.nio.file.Path> seen)
      throws IOException {
    if (!Files.isDirectory(root) || !seen.add(root.toRealPath())) {
      return;
    }
    try (Stream<java.nio.file.Path> all = Files.walk(root)) { // does not follow links
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all::iterator) {
        if (!Files.isSymbolicLink(p)) {
          continue;
        }
        java.nio.file.Path target;
        try {
          target = p.toRealPath();
        } catch (FileSystemException e) { // ELOOP: "Too many levels of symbolic links"
          throw loop(dataset, p, "it cannot be resolved: " + e.getReason());
        }
        java.nio.file.Path parent = p.getParent().toRealPath();
        if (Files.isDirectory(target) && parent.startsWith(target)) {
          throw loop(dataset, p, "it points to " + target + ", a folder that holds it");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          noLinkLoops(dataset, target, seen);
        }
      }
    }
  }

  private static RunFailure loop(String dataset, java.nio.file.Path link, String why) {
    return RunFailure.input("dataset " + dataset + ": symbolic link loop at " + link + " (" + why
        + "); reading the folder would never end: remove the link");
  }

  private static void checkFile(FileSystem fs, CompressionCodec codec, Path f, String dataset, boolean csv,
      double maxExpansionRatio) throws IOException {
    long size = fs.getFileStatus(f).getLen();
    if (csv) {
      byte[] head = new byte[SNIFF_BYTES];
      int n;
      try (InputStream in = open(fs, codec, f)) {
        n = in.readNBytes(head, 0, SNIFF_BYTES);
      } catch (IOException e) {
        return; // a truncated or broken compressed file: Spark's read names it unreadable
      }
      String what = notText(head, n, codec != null);
      if (what != null) {
        throw RunFailure.input("dataset " + dataset + ": " + f + " is not a CSV text file (" + what
            + "); export the dataset as CSV, or set its format (ringwatch.ingest.datasets." + dataset + ".format)");
      }
    }
    if (codec != null && maxExpansionRatio > 0) {
      long limit = Math.max(EXPANSION_FLOOR, (long) Math.min(Long.MAX_VALUE / 2.0, size * maxExpansionRatio));
      long expanded = 0;
      byte[] buf = new byte[1 << 16];
      try (InputStream in = open(fs, codec, f)) {
        for (int r; (r = in.read(buf)) > 0; ) {
          expanded += r;
          if (expanded > limit) {
            throw RunFailure.quality(String.format(Locale.ROOT, "dataset %s: %s expands to more than %,d bytes from %,d "
                + "compressed (over %.0f times; ringwatch.ingest.max-expansion-ratio): not read, it is not an export",
                dataset, f, limit, size, maxExpansionRatio));
          }
        }
      } catch (RunFailure e) {
        throw e;
      } catch (IOException e) {
        // A truncated or broken compressed file: Spark's read names it unreadable.
      }
    }
  }

  private static InputStream open(FileSystem fs, CompressionCodec codec, Path f) throws IOException {
    InputStream raw = fs.open(f);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /** What a file's first bytes say it is when it is not text, or null when it may be text. */
  static String notText(byte[] b, int n, boolean decompressed) {
    if (starts(b, n, 0x89, 'P', 'N', 'G')) {
      return "it starts like a PNG image";
    }
    if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
      return "it starts like a JPEG image";
    }
    if (starts(b, n, '%', 'P', 'D', 'F')) {
      return "it starts like a PDF document";
    }
    if (starts(b, n, 'P', 'K', 3, 4)) {
      return "it starts like a ZIP archive or an Excel .xlsx workbook";
    }
    if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "it starts like an Excel .xls workbook";
    }
    if (starts(b, n, 'P', 'A', 'R', '1')) {
      return "it starts like a Parquet file";
    }
    if (!decompressed && starts(b, n, 0x1F, 0x8B)) {
      return "it is gzip-compressed but not named .gz";
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        control++;
      }
    }
    if (n > 0 && control > n * MAX_CONTROL_SHARE) {
      return String.format(Locale.ROOT, "%d of its first %d bytes are control bytes: binary data", control, n);
    }
    return null;
  }

  private static boolean starts(byte[] b, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
