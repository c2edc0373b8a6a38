package io.ringwatch.reference.ip;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Keeps built {@link IpRangeTable}s on the driver's local disk between runs. Reading the shipped
 * reference files and cutting a million ranges into segments took 5-10 s of the driver's time in
 * every run, and every new JVM (each night, each test that starts a nightly) paid it again; a
 * kept table is read back in a fraction of a second. A table is found by the identity of its
 * files (paths, sizes, modification times, see {@link IpReferenceFiles}): a changed file makes a
 * new one. The cache only ever saves time: a folder that cannot be made or written, or a kept
 * file that is damaged or from another version, is passed over and the table built from the files.
 */
final class IpTableCache {
  private static final Logger LOG = LogManager.getLogger(IpTableCache.class);
  /** Written first in every kept file; a new layout, or a change in how ranges are cut, gets a new one. */
  private static final String MAGIC = "ringwatch ip table v1";

  private final Path dir;

  /** @param dir the folder tables are kept in; null keeps none */
  IpTableCache(Path dir) {
    this.dir = dir;
  }

  /** The table kept for {@code identity}, if there is an intact one. */
  Optional<IpRangeTable> read(String identity) {
    if (dir == null) {
      return Optional.empty();
    }
    Path file = fileOf(identity);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || !identity.equals(readLongUtf(in))) {
        return Optional.empty();
      }
      IpRangeTable table = IpRangeTable.readFrom(in);
      if (!MAGIC.equals(in.readUTF()) || in.read() != -1) {
        throw new IOException("no end marker");
      }
      return Optional.of(table);
    } catch (IOException | RuntimeException e) {
      LOG.info("enrich: kept IP table {} passed over ({}); building it from the files", file, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Keeps {@code table} for {@code identity}: written to a temporary file and moved into place,
   * so a reader (another run on the same machine) never sees half a table.
   */
  void write(String identity, IpRangeTable table) {
    if (dir == null) {
      return;
    }
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".ip-table-", ".tmp");
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        out.writeUTF(MAGIC);
        writeLongUtf(out, identity);
        table.writeTo(out);
        out.writeUTF(MAGIC);
      }
      ownerOnly(tmp);
      try {
        Files.move(tmp, fileOf(identity), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, fileOf(identity), StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | RuntimeException e) {
      LOG.info("enrich: IP table not kept in {} ({}); the next run builds it again", dir, e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a stray temporary file in the cache folder is harmless
        }
      }
    }
  }

  /** The file of a table: named by a digest of its identity (paths are too long for a name). */
  Path fileOf(String identity) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((MAGIC + "\n" + identity).getBytes(StandardCharsets.UTF_8));
      return dir.resolve("ip-table-" + HexFormat.of().formatHex(d, 0, 16) + ".bin");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The default folder: {@code $XDG_CACHE_HOME/ringwatch}, else {@code ~/.cache/ringwatch}, of
   * the user running the driver; null when neither can be told.
   */
  static Path defaultDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "ringwatch");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "ringwatch");
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // a file system without POSIX permissions keeps its default
    }
  }

  // writeUTF holds at most 64 KB; an identity names a few paths, but a site may list many files.
  private static void writeLongUtf(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLongUtf(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("implausible identity length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
