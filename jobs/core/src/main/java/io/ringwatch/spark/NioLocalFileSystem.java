package io.ringwatch.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system without a process per file. Without Hadoop's native library (Spark's
 * jars do not ship it), {@link RawLocalFileSystem} sets the permissions of every file and folder
 * it creates by running {@code chmod}, asks whether a path is a link by running {@code readlink}
 * and reads a listed file's permission by running {@code ls -ld}: a 60-worker local night started
 * ~560 processes for the first two, each a few milliseconds of a thread that waits for it. This
 * one does all three through java.nio, with the same result (the
 * permission Hadoop computed, umask applied, set exactly); everything else is Hadoop's.
 * {@link SparkSessionFactory} installs it for local masters only (fs.file.impl, and
 * {@link NioLocalFs} for FileContext users such as Delta's log store).
 */
public class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) layer: what both this file system and {@link NioLocalFs} wrap. */
  public static class Raw extends RawLocalFileSystem {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      // java.nio has no sticky bit, and a non-POSIX file system no permission bits: Hadoop's way there.
      if (!POSIX || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      // Without a sticky bit Hadoop's symbolic form is exactly java.nio's ("rwxr-x---").
      Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(permission.toString()));
    }

    /**
     * Hadoop's status (existence, length, times, qualified path) with its permission, owner and
     * group read through java.nio's unix view: Hadoop's own status runs {@code ls -ld} for them the
     * first time anyone asks, and listing a folder ({@code listFiles}, every Spark and Delta
     * listing) asks for every file: one process per file (the night's start listed every table's
     * files, ~5 s at 60 workers). Where the unix view is missing, Hadoop's status as it is.
     */
    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
      FileStatus s = super.getFileStatus(p);
      if (!UNIX || s.isSymlink()) {
        return s;
      }
      Map<String, Object> a;
      try {
        a = Files.readAttributes(pathToFile(p).toPath(), "unix:mode,owner,group", LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        return s; // gone since, or another file system: Hadoop's (lazy) way
      }
      // As `ls -ld` shows it: the permission bits and the sticky bit.
      FsPermission permission = new FsPermission((short) (((Integer) a.get("mode")) & 01777));
      return new FileStatus(s.getLen(), s.isDirectory(), s.getReplication(), s.getBlockSize(), s.getModificationTime(),
          s.getAccessTime(), permission, ((UserPrincipal) a.get("owner")).getName(),
          ((GroupPrincipal) a.get("group")).getName(), s.getPath());
    }

    @Override
    public FileStatus getFileLinkStatus(Path p) throws IOException {
      File file = pathToFile(p);
      // What Hadoop returns for a path that is no link (readlink prints nothing): its status, or
      // FileNotFoundException when it does not exist. Links still go Hadoop's way.
      if (!Files.isSymbolicLink(file.toPath())) {
        return getFileStatus(p);
      }
      return super.getFileLinkStatus(p);
    }
  }
}
