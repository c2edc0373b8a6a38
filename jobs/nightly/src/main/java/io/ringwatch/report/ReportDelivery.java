package io.ringwatch.report;

import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

/**
 * Puts a night's report where people read it (`ringwatch report --deliver-to DIR`): a shared
 * folder, a document store's mount, an object store prefix. The whole folder of the night is
 * copied (the report's links stay relative) into {@code DIR/<run-date>/}, replacing an earlier
 * copy, so a re-run of the night delivers its latest report.
 */
public final class ReportDelivery {
  private ReportDelivery() {}

  /** Copies every file of {@code reportDir} to {@code deliverTo/<runDate>/}; returns the copies. */
  public static List<String> deliver(Configuration hadoop, String reportDir, String deliverTo, LocalDate runDate) {
    Path from = new Path(reportDir);
    Path to = new Path(new Path(deliverTo), runDate.toString());
    try {
      FileSystem src = from.getFileSystem(hadoop);
      FileSystem dst = to.getFileSystem(hadoop);
      if (dst.exists(to)) {
        dst.delete(to, true);
      }
      if (!dst.mkdirs(to)) {
        throw RunFailure.output("cannot deliver the report to " + to + ": the folder cannot be made");
      }
      List<String> copied = new ArrayList<>();
      for (FileStatus f : src.listStatus(from)) {
        Path target = new Path(to, f.getPath().getName());
        FileUtil.copy(src, f.getPath(), dst, target, false, true, hadoop);
        copied.add(target.toString());
      }
      return copied;
    } catch (IOException e) {
      throw RunFailure.output("cannot deliver the report to " + to + ": " + e.getMessage(), e);
    }
  }
}
