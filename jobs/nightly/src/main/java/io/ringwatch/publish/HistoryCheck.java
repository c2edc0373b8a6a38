package io.ringwatch.publish;

import static org.apache.spark.sql.functions.col;

import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.util.DeltaFileOperations;

/**
 * Finds a damaged history before a run does any work, so that nothing published is silently
 * overwritten or started over (cluster ids included). Two passes:
 * <ol>
 *   <li>{@link #logsIntact}: every published table's Delta log is whole (no missing or unreadable
 *   commit file) and every data file its latest version references exists;</li>
 *   <li>{@link #nightsConsistent} (after {@link StoppedRunRecovery}): the tables hold rows of
 *   committed runs only, run_audit exists wherever nights were published, and the last committed
 *   night is whole in every table it wrote.</li>
 * </ol>
 * A finding stops the run with a one-line reason naming the table and what to do.
 */
public final class HistoryCheck {
  private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
  private static final Pattern CHECKPOINT = Pattern.compile("(\\d{20})\\.checkpoint(\\..*)?\\.parquet");
  private static final String RESTORE = "restore the table from a backup (or RESTORE it to a version whose files"
      + " exist), or move the output aside and run a full night, whose cluster ids then start over";

  private final SparkSession spark;
  private final FileSystem fs;
  private final OutputLayout layout;
  private final List<String> tables;

  public HistoryCheck(SparkSession spark, FileSystem fs, OutputLayout layout, List<String> tables) {
    this.spark = spark;
    this.fs = fs;
    this.layout = layout;
    this.tables = tables;
  }

  /** Pass 1: the Delta logs and data files of every table present. */
  public void logsIntact() throws IOException {
    for (String table : tables) {
      Path dir = layout.table(table);
      if (!fs.exists(dir)) {
        continue;
      }
      Path log = new Path(dir, "_delta_log");
      Set<String> present = dataFiles(dir);
      if (!fs.exists(log)) {
        if (!present.isEmpty()) {
          throw damaged(table, "its folder holds data files but no Delta log (_delta_log is missing)");
        }
        continue;
      }
      checkCommitSequence(table, log);
      List<String> referenced;
      try {
        // The newest snapshot's files from the log (a read's inputFiles() also parsed every file's
        // statistics for data skipping: most of the check's time).
        referenced = DeltaLog.forTable(spark, dir.toString()).update(false, scala.Option.empty(), scala.Option.empty())
            .allFiles().select("path").as(Encoders.STRING()).collectAsList();
      } catch (RuntimeException e) {
        throw damaged(table, "its Delta log cannot be read (" + firstLine(e) + ")");
      }
      List<String> missing = new ArrayList<>();
      for (String f : referenced) {
        Path file = DeltaFileOperations.absolutePath(dir.toString(), f); // Delta's own reading of a logged path
        if (!present.contains(fs.makeQualified(file).toUri().getPath())) {
          missing.add(file.toString());
        }
      }
      if (!missing.isEmpty()) {
        throw damaged(table, missing.size() + " data file(s) its Delta log references are missing, e.g. "
            + relative(dir, missing.get(0)));
      }
    }
  }

  /**
   * Pass 2: the nights in the tables agree with run_audit (run after recovering a stopped publish).
   * The rows per night come from the Delta logs' file statistics ({@link LoggedRowCounts}), so the
   * check does not grow with the rows kept: a run date whose logged rows equal what its committed
   * run wrote holds that run's rows; any other date (or a table the log cannot tell about) is
   * counted row by row, as every date was before, and judged from those counts. State tables are
   * not in run_audit's tables, so they are always counted; they keep one night (StateRetention).
   */
  public void nightsConsistent() {
    PublishedTables published = new PublishedTables(spark, layout.root());
    // The committed nights' run_audit rows, read once: their runs, what each wrote, the last one.
    boolean audited = published.exists("run_audit");
    List<Row> audits = audited ? published.committed("run_audit").select("run_date", "run_id", "finished_at", "tables")
        .collectAsList() : List.of();
    Map<String, String> committedRun = new HashMap<>();
    Set<String> committed = new HashSet<>();
    for (Row r : audits) {
      committedRun.put(r.getDate(0).toString(), r.getString(1));
      committed.add(r.getDate(0) + "/" + r.getString(1));
    }
    Map<String, Map<String, Long>> writtenPerDate = writtenPerTable(audits);
    Map<String, Map<String, Long>> rowsPerNight = new HashMap<>();
    for (String table : tables) {
      if (table.equals("run_audit") || !published.exists(table)) {
        continue;
      }
      Map<String, Long> nights = new HashMap<>();
      rowsPerNight.put(table, nights);
      Map<String, Long> byWrite = writtenPerDate.getOrDefault(table, Map.of());
      // A state table is in no run_audit row, so its logged counts could vouch for no date: counted at once.
      Optional<Map<String, Long>> logged = io.ringwatch.tables.TableNames.STATE.contains(table) ? Optional.empty()
          : LoggedRowCounts.perRunDate(spark, layout.table(table).toString());
      List<String> toCount = new ArrayList<>();
      if (logged.isPresent()) {
        for (var d : logged.get().entrySet()) {
          String run = committedRun.get(d.getKey());
          if (run != null && d.getValue().equals(byWrite.get(d.getKey()))) {
            nights.put(d.getKey() + "/" + run, d.getValue());
          } else {
            toCount.add(d.getKey());
          }
        }
      }
      if (logged.isPresent() && toCount.isEmpty()) {
        continue;
      }
      Dataset<Row> rows = published.raw(table);
      if (logged.isPresent()) {
        rows = rows.filter(col("run_date").cast("string").isin(toCount.toArray()));
      }
      for (Row r : rows.groupBy("run_date", "run_id").count().collectAsList()) {
        String night = r.getDate(0) + "/" + r.getString(1);
        nights.put(night, r.getLong(2));
        if (!committed.contains(night)) {
          throw damaged(table, "it holds rows of run " + r.getString(1) + " (" + r.getDate(0) + ") that run_audit does not"
              + " record as committed" + (audited ? " (run_audit may have lost a commit)"
              : " and run_audit is missing"));
        }
      }
    }
    Row audit = audits.stream().max(java.util.Comparator.comparing((Row r) -> r.getTimestamp(2),
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).orElse(null);
    if (audit == null) {
      return;
    }
    String runId = audit.getString(1);
    Object runDate = audit.getDate(0);
    for (Row t : audit.<Row>getList(3)) {
      String table = t.getAs("table");
      long written = t.getAs("rows_written");
      if (table.equals("run_audit") || !tables.contains(table)) {
        continue;
      }
      if (!published.exists(table)) {
        throw damaged(table, "it is missing, but the last night (" + runDate + ") wrote " + written + " rows to it");
      }
      long present = rowsPerNight.get(table).getOrDefault(runDate + "/" + runId, 0L);
      if (present != written) {
        throw damaged(table, "the last night (" + runDate + ", run " + runId + ") wrote " + written + " rows to it, it holds "
            + present + " (a commit or data file is missing)");
      }
    }
  }

  /** Rows each committed night wrote, per table and run date, as its run_audit row records them. */
  private static Map<String, Map<String, Long>> writtenPerTable(List<Row> audits) {
    Map<String, Map<String, Long>> written = new HashMap<>();
    for (Row audit : audits) {
      String date = audit.getDate(0).toString();
      for (Row t : audit.<Row>getList(3)) {
        written.computeIfAbsent(t.getAs("table"), k -> new HashMap<>()).put(date, t.getAs("rows_written"));
      }
    }
    return written;
  }

  /** Commit files must run without a gap from the oldest kept (or the last checkpoint) to the newest. */
  private void checkCommitSequence(String table, Path log) throws IOException {
    TreeSet<Long> commits = new TreeSet<>();
    TreeSet<Long> checkpoints = new TreeSet<>();
    for (FileStatus s : fs.listStatus(log)) {
      String name = s.getPath().getName();
      Matcher c = COMMIT.matcher(name);
      Matcher k = CHECKPOINT.matcher(name);
      if (c.matches()) {
        if (s.getLen() == 0) {
          throw damaged(table, "its Delta log file " + name + " is empty");
        }
        commits.add(Long.parseLong(c.group(1)));
      } else if (k.matches()) {
        checkpoints.add(Long.parseLong(k.group(1)));
      }
    }
    if (commits.isEmpty()) {
      throw damaged(table, "its Delta log holds no commit file");
    }
    for (long v = commits.first(); v <= commits.last(); v++) {
      if (!commits.contains(v)) {
        throw damaged(table, "its Delta log misses commit file " + String.format("%020d.json", v));
      }
    }
    // Log clean-up removes the oldest commits once a checkpoint covers them.
    long first = commits.first();
    Long checkpoint = checkpoints.floor(commits.last());
    if (first > 0 && (checkpoint == null || checkpoint < first - 1)) {
      throw damaged(table, "its Delta log starts at commit " + first + " with no checkpoint before it");
    }
  }

  /** Paths of every data file under a table folder (the log and hidden files left out). */
  private Set<String> dataFiles(Path dir) throws IOException {
    Set<String> files = new HashSet<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    String logPrefix = fs.makeQualified(new Path(dir, "_delta_log")).toUri().getPath();
    while (it.hasNext()) {
      Path p = it.next().getPath();
      String path = fs.makeQualified(p).toUri().getPath();
      String name = p.getName();
      if (path.startsWith(logPrefix) || name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      files.add(path);
    }
    return files;
  }

  private RunFailure damaged(String table, String what) {
    if (io.ringwatch.tables.TableNames.STATE.contains(table)) {
      // State is derived from the inputs: removing it costs one full night, never a published night.
      return RunFailure.output("state table " + table + " at " + layout.table(table) + " is damaged: " + what
          + "; remove that folder and run again (the night runs full and writes the state anew)");
    }
    return RunFailure.output("published table " + table + " at " + layout.table(table) + " is damaged: " + what + "; "
        + RESTORE);
  }

  private static String relative(Path dir, String file) {
    String d = dir.toUri().getPath();
    String f = new Path(file).toUri().getPath();
    return f.startsWith(d) ? f.substring(d.length() + 1) : f;
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).trim();
  }
}
