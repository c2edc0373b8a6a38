package io.ringwatch.run;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** The file system of a path for control files (locks, keys, journals). */
public final class LocalRawFileSystem {
  private LocalRawFileSystem() {}

  /** On a local disk the raw one, so that control files get no {@code .crc} companions beside them. */
  public static FileSystem of(Path path, Configuration hadoop) throws IOException {
    FileSystem fs = path.getFileSystem(hadoop);
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }
}
