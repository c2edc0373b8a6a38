package io.ringwatch.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;

/**
 * The run whose publish is under way ({@link OutputLayout#journal()}): written before the first
 * table commit, removed after the last clean-up. Found at a start, it names the run a kill
 * stopped during publish, so its rows can be removed (or, when its run_audit row made it in, the
 * date's earlier run removed): see {@link StoppedRunRecovery}.
 */
public record PublishJournal(String runId, LocalDate runDate) {

  public void write(FileSystem fs, OutputLayout layout) throws IOException {
    fs.mkdirs(layout.control());
    try (OutputStream out = fs.create(layout.journal(), true)) {
      out.write(("run_id=" + runId + "\nrun_date=" + runDate + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The journal of a publish under way or stopped, or null when there is none. */
  public static PublishJournal read(FileSystem fs, OutputLayout layout) throws IOException {
    if (!fs.exists(layout.journal())) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = fs.open(layout.journal())) {
      in.transferTo(bytes);
    }
    Properties p = new Properties();
    p.load(new StringReader(bytes.toString(StandardCharsets.UTF_8)));
    String id = p.getProperty("run_id");
    String date = p.getProperty("run_date");
    if (id == null || date == null) {
      // Killed while writing the journal itself: nothing was committed yet.
      return new PublishJournal(null, null);
    }
    return new PublishJournal(id, LocalDate.parse(date));
  }

  public static void remove(FileSystem fs, OutputLayout layout) throws IOException {
    fs.delete(layout.journal(), false);
  }
}
