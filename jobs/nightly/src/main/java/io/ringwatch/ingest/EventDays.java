package io.ringwatch.ingest;

import io.ringwatch.run.RunFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The days of an event dataset exported a day at a time (jobs/docs/inputs-extensions.md) that a
 * night reads: a folder of Hive-style day folders ({@code event_date=2026-11-19/}) or of day files
 * ({@code 2026-11-19.csv.gz}). A daily drop keeps growing (a year of days is a year of files), and
 * a night needs only its look-back window, so a day named by a date before the window is not read.
 * The exporter's day may be in another time zone than the events' UTC times (at most 14 hours
 * apart), so the {@link #MARGIN_DAYS} days before the window are read too, and the rows are then
 * cut to the window by their own times, as for one export. Days after the run date are read: they
 * exist only when a past date is run again, and an exporter that names a drop by the day it ran
 * puts earlier events in it. Entries not named by a date (a folder of rows whose day was
 * unparseable, a file of another name) are always read.
 */
final class EventDays {
  /** Days read before the window: more than any exporter's time-zone offset. */
  static final int MARGIN_DAYS = 2;

  /**
   * What to read: the chosen entries, the folder Spark finds Hive-style day columns under, and
   * the dated entries read with what they held (the night's {@code event_days} state).
   */
  record Selection(List<String> paths, String basePath, int daysLeftOut, List<EventDayFiles> days) {}

  private EventDays() {}

  /**
   * The entries of {@code location} to read for events from {@code first} on (UTC days), or empty
   * when the location is not laid out by day (read it whole). A location laid out by day gives its
   * entries even when every day is in the window: that it comes a day at a time is what lets a
   * night read only its new days (run_audit.night_reason names the datasets that do not).
   */
  static Optional<Selection> from(Configuration hadoop, String dataset, String location, LocalDate first) {
    LocalDate from = first.minusDays(MARGIN_DAYS);
    try {
      Path root = new Path(location);
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.getFileStatus(root).isDirectory()) {
        return Optional.empty();
      }
      List<FileStatus> entries = new ArrayList<>();
      for (FileStatus s : fs.listStatus(root)) {
        String name = s.getPath().getName();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          entries.add(s);
        }
      }
      entries.sort(Comparator.comparing(s -> s.getPath().getName()));
      List<String> keep = new ArrayList<>();
      List<FileStatus> keptDays = new ArrayList<>();
      int dated = 0;
      int leftOut = 0;
      FileStatus newestOutside = null;
      LocalDate newestOutsideDay = null;
      for (FileStatus s : entries) {
        LocalDate day = dayOf(s.getPath().getName(), s.isDirectory());
        if (day == null) {
          keep.add(s.getPath().toString());
          continue;
        }
        dated++;
        if (day.isBefore(from)) {
          leftOut++;
          if (newestOutsideDay == null || day.isAfter(newestOutsideDay)) {
            newestOutsideDay = day;
            newestOutside = s;
          }
        } else {
          keep.add(s.getPath().toString());
          keptDays.add(s);
        }
      }
      if (dated == 0) {
        return Optional.empty();
      }
      if (keep.isEmpty()) {
        // No day in the window: one day is still read, so the dataset's columns are known and
        // checked as always; its rows fall outside the window and are left out after reading.
        keep.add(newestOutside.getPath().toString());
        keptDays.add(newestOutside);
        leftOut--;
      }
      boolean hive = entries.stream().anyMatch(s -> s.isDirectory() && s.getPath().getName().contains("="));
      List<EventDayFiles> days = new ArrayList<>();
      for (FileStatus s : keptDays) {
        days.add(files(fs, dataset, s, dayOf(s.getPath().getName(), s.isDirectory())));
      }
      return Optional.of(new Selection(List.copyOf(keep), hive ? root.toString() : null, leftOut, List.copyOf(days)));
    } catch (IOException e) {
      throw RunFailure.input("cannot list " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * A dated entry's files as Spark reads them (a day folder's at any depth, hidden ones left out,
   * as the input checks list them) and the digest of their names, sizes and modification times.
   */
  static EventDayFiles files(FileSystem fs, String dataset, FileStatus entry, LocalDate day) throws IOException {
    List<String> lines = new ArrayList<>();
    long bytes = 0;
    String parent = entry.getPath().getParent().toUri().getPath();
    for (LocatedFileStatus f : InputFileChecks.files(fs, entry.getPath(), entry.getPath())) {
      // Named from the dataset's folder: "event_date=2026-11-19/part-0.csv", "2026-11-19.csv.gz".
      String name = f.getPath().toUri().getPath().substring(parent.length() + 1);
      lines.add(name + "\t" + f.getLen() + "\t" + f.getModificationTime());
      bytes += f.getLen();
    }
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
      return EventDayFiles.listed(dataset, day, entry.getPath().getName(), lines.size(), bytes,
          HexFormat.of().formatHex(sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The day of the entry a file read from {@code rootPath} (the dataset's folder, as a path
   * without scheme) lies under, from the file's name as Spark gives it ({@code input_file_name()},
   * a URI): the day its rows came in, whatever their own times say. Null for a file under an
   * undated entry or outside the folder.
   */
  static LocalDate dayOfFile(String rootPath, String file) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    String path;
    try {
      path = java.net.URI.create(file).getPath();
    } catch (IllegalArgumentException e) {
      path = new Path(file).toUri().getPath();
    }
    String root = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    if (path == null || !path.startsWith(root)) {
      return null;
    }
    String rest = path.substring(root.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? dayOf(rest, false) : dayOf(rest.substring(0, slash), true);
  }

  /** The day an entry is named by: {@code name=YYYY-MM-DD} for a folder, {@code YYYY-MM-DD.ext} for a file. */
  static LocalDate dayOf(String name, boolean folder) {
    String text;
    if (folder) {
      int eq = name.indexOf('=');
      if (eq < 1) {
        return null;
      }
      text = name.substring(eq + 1);
    } else {
      int dot = name.indexOf('.');
      text = dot < 0 ? name : name.substring(0, dot);
    }
    if (text.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
