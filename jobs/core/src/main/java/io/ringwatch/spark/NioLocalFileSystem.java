package io.ringwatch.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system without a process per file. Without Hadoop's native library (Spark's
 * jars do not ship it), {@link RawLocalFileSystem} sets the permissions of every file and folder
 * it creates by running {@code chmod}, and asks whether a path is a link by running
 * {@code readlink}: a 60-worker local night started ~560 processes, each a few milliseconds of a
 * thread that waits for it. This one does both through java.nio, with the same result (the
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
