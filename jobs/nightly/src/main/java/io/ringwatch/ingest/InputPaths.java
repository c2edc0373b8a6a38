package io.ringwatch.ingest;

import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds a dataset under the input root through Hadoop's file systems, so local folders, HDFS,
 * S3 and DBFS paths all work. A dataset is a folder or a single file; {@code hr_workers} also
 * finds {@code hr_workers.csv} or {@code hr_workers.csv.gz} beside the folder's place.
 */
public final class InputPaths {
  private InputPaths() {}

  /** The resolved location, or a {@link RunFailure} naming what was looked for. */
  public static String resolve(Configuration hadoop, String root, String datasetPath, String dataset) {
    try {
      Path candidate = isAbsolute(datasetPath) ? new Path(datasetPath) : new Path(root, datasetPath);
      FileSystem fs = candidate.getFileSystem(hadoop);
      if (fs.exists(candidate)) {
        return candidate.toString();
      }
      FileStatus[] matches = fs.globStatus(new Path(candidate.getParent(), candidate.getName() + ".*"));
      if (matches != null && matches.length == 1) {
        return matches[0].getPath().toString();
      }
      throw RunFailure.input("dataset " + dataset + " is missing: nothing at " + candidate);
    } catch (IOException e) {
      throw RunFailure.input("dataset " + dataset + " is unreadable at " + datasetPath + ": " + e.getMessage(), e);
    }
  }

  /** True when the location holds no bytes at all (an empty export). */
  public static boolean isEmpty(Configuration hadoop, String location) {
    return bytes(hadoop, location) == 0;
  }

  /** The bytes stored at the location (a file, or every file under a folder). */
  public static long bytes(Configuration hadoop, String location) {
    try {
      Path p = new Path(location);
      FileSystem fs = p.getFileSystem(hadoop);
      return fs.getContentSummary(p).getLength();
    } catch (IOException e) {
      throw RunFailure.input("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  static boolean isAbsolute(String path) {
    return path.startsWith("/") || URI.create(path.replace(" ", "%20")).getScheme() != null;
  }
}
