package io.ringwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which days of a daily drop a night reads (no Spark: Hadoop's local file system). */
class EventDaysTest {
  static final LocalDate FIRST = LocalDate.parse("2026-10-21");
  @TempDir
  Path dir;

  @Test
  void namesOfDaysInEitherLayout() {
    assertEquals(LocalDate.parse("2026-11-19"), EventDays.dayOf("event_date=2026-11-19", true));
    assertEquals(LocalDate.parse("2026-11-19"), EventDays.dayOf("dt=2026-11-19", true));
    assertEquals(LocalDate.parse("2026-11-19"), EventDays.dayOf("2026-11-19.csv.gz", false));
    assertEquals(LocalDate.parse("2026-11-19"), EventDays.dayOf("2026-11-19", false));
    assertNull(EventDays.dayOf("event_date=__HIVE_DEFAULT_PARTITION__", true));
    assertNull(EventDays.dayOf("2026-11-19", true), "a plain folder is not a Hive day");
    assertNull(EventDays.dayOf("auth_events.csv", false));
    assertNull(EventDays.dayOf("20261119.csv", false));
    assertNull(EventDays.dayOf("2026-13-40.csv", false));
  }

  @Test
  void hiveDaysBeforeTheWindowAndItsMarginAreLeftOut() throws Exception {
    for (String day : List.of("2026-08-01", "2026-10-18", "2026-10-19", "2026-11-20", "2026-11-22", "2026-11-23")) {
      Files.createDirectories(dir.resolve("event_date=" + day));
    }
    Files.createDirectories(dir.resolve("event_date=__HIVE_DEFAULT_PARTITION__"));
    Files.writeString(dir.resolve("_SUCCESS"), "");
    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(List.of("event_date=2026-10-19", "event_date=2026-11-20", "event_date=2026-11-22",
        "event_date=2026-11-23", "event_date=__HIVE_DEFAULT_PARTITION__"), names(s),
        "two days' margin before the window; later days (a past date run again) and undated rows read");
    assertEquals(2, s.daysLeftOut());
    assertEquals(dir.getFileName().toString(), new org.apache.hadoop.fs.Path(s.basePath()).getName(),
        "Spark finds the day column under the dataset's folder");
  }

  @Test
  void dayFilesBeforeTheWindowAreLeftOut() throws Exception {
    for (String f : List.of("2025-11-20.csv.gz", "2026-11-01.csv.gz", "2026-11-20.csv.gz", "notes.csv")) {
      Files.writeString(dir.resolve(f), "x");
    }
    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(List.of("2026-11-01.csv.gz", "2026-11-20.csv.gz", "notes.csv"), names(s));
    assertNull(s.basePath());
  }

  @Test
  void aFolderNotByDayIsReadWhole() throws Exception {
    Path flat = Files.createDirectories(dir.resolve("flat"));
    Files.writeString(flat.resolve("auth_events.csv"), "x");
    assertEquals(Optional.empty(), EventDays.from(new Configuration(), "auth_events", flat.toString(), FIRST));
    assertEquals(Optional.empty(), EventDays.from(new Configuration(), "auth_events", flat.resolve("auth_events.csv").toString(),
        FIRST), "one file");
  }

  /** Still by day when no day is old enough to leave out (a deployment's first weeks of drops). */
  @Test
  void daysWhollyInTheWindowAreStillReadByDay() throws Exception {
    Path recent = Files.createDirectories(dir.resolve("recent"));
    Files.writeString(recent.resolve("2026-11-19.csv"), "x");
    Files.writeString(recent.resolve("2026-11-20.csv"), "x");
    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", recent.toString(), FIRST).orElseThrow();
    assertEquals(List.of("2026-11-19.csv", "2026-11-20.csv"), names(s));
    assertEquals(0, s.daysLeftOut());
    assertNull(s.basePath());
  }

  @Test
  void withNoDayFromTheWindowOnTheNewestIsStillReadForItsColumns() throws Exception {
    for (String f : List.of("2026-01-01.csv", "2026-02-01.csv")) {
      Files.writeString(dir.resolve(f), "x");
    }
    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(List.of("2026-02-01.csv"), names(s));
    assertEquals(1, s.daysLeftOut());
    assertTrue(s.paths().get(0).endsWith("2026-02-01.csv"));
  }

  /** The days read, with what they held: the night's event_days state (incremental-nightly.md). */
  @Test
  void eachDayReadIsListedWithItsFilesAndADigestThatFollowsThem() throws Exception {
    Files.createDirectories(dir.resolve("event_date=2026-08-01"));
    Files.writeString(dir.resolve("event_date=2026-08-01/part-0.csv"), "old");
    Path day = Files.createDirectories(dir.resolve("event_date=2026-11-19/hour=01"));
    Files.writeString(day.resolve("part-0.csv"), "abc");
    Files.writeString(dir.resolve("event_date=2026-11-19/part-1.csv"), "de");
    Files.writeString(dir.resolve("event_date=2026-11-19/_SUCCESS"), "");
    Files.writeString(dir.resolve("event_date=2026-11-19/.part-1.csv.crc"), "crc");
    Files.createDirectories(dir.resolve("event_date=2026-11-20"));
    Files.writeString(dir.resolve("event_date=2026-11-20/part-0.csv"), "fgh");
    Files.createDirectories(dir.resolve("event_date=__HIVE_DEFAULT_PARTITION__"));
    Files.writeString(dir.resolve("event_date=__HIVE_DEFAULT_PARTITION__/part-0.csv"), "x");

    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(List.of("event_date=2026-11-19", "event_date=2026-11-20"),
        s.days().stream().map(EventDayFiles::entry).toList(), "the dated days read; undated rows have no day");
    EventDayFiles first = s.days().get(0);
    assertEquals(LocalDate.parse("2026-11-19"), first.day());
    assertEquals(2, first.files(), "every file at any depth, none of the hidden ones");
    assertEquals(5, first.bytes());
    assertEquals(64, first.fingerprint().length());
    assertEquals(s.days(), EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow().days(),
        "the same files, the same digest");

    // The exporter re-sends one day: its digest changes, the other day's does not.
    Files.writeString(dir.resolve("event_date=2026-11-20/part-0.csv"), "fghi");
    EventDays.Selection again = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(first, again.days().get(0));
    assertTrue(!s.days().get(1).fingerprint().equals(again.days().get(1).fingerprint()));
    assertEquals(4, again.days().get(1).bytes());
  }

  @Test
  void aFileReadIsDatedByTheEntryItLiesUnder() {
    String root = "/data/in/auth_events";
    assertEquals(LocalDate.parse("2026-11-19"),
        EventDays.dayOfFile(root, "file:///data/in/auth_events/event_date=2026-11-19/hour=01/part-0.csv"),
        "a day folder at any depth");
    assertEquals(LocalDate.parse("2026-11-19"), EventDays.dayOfFile(root + "/", "file:/data/in/auth_events/2026-11-19.csv.gz"),
        "a day file");
    assertEquals(LocalDate.parse("2026-11-19"),
        EventDays.dayOfFile("/data/in x/auth_events", "file:///data/in%20x/auth_events/event_date=2026-11-19/p.csv"),
        "Spark gives the name URI-encoded");
    assertNull(EventDays.dayOfFile(root, "file:///data/in/auth_events/event_date=__HIVE_DEFAULT_PARTITION__/p.csv"),
        "an undated entry's rows have no day");
    assertNull(EventDays.dayOfFile(root, "file:///data/in/auth_events_old/2026-11-19.csv"), "a file outside the folder");
    assertNull(EventDays.dayOfFile(root, ""), "no file (a row not read from one)");
  }

  @Test
  void dayFilesAreListedByTheirOwnSizeAndTime() throws Exception {
    Files.writeString(dir.resolve("2026-11-20.csv.gz"), "12345");
    Files.writeString(dir.resolve("notes.csv"), "x");
    EventDays.Selection s = EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow();
    assertEquals(1, s.days().size());
    assertEquals(EventDayFiles.listed("auth_events", LocalDate.parse("2026-11-20"), "2026-11-20.csv.gz", 1, 5,
        s.days().get(0).fingerprint()), s.days().get(0));
    Files.setLastModifiedTime(dir.resolve("2026-11-20.csv.gz"), java.nio.file.attribute.FileTime.fromMillis(0));
    assertTrue(!s.days().get(0).fingerprint().equals(
        EventDays.from(new Configuration(), "auth_events", dir.toString(), FIRST).orElseThrow().days().get(0).fingerprint()),
        "a file rewritten with the same size is a changed day");
  }

  private static List<String> names(EventDays.Selection s) {
    return s.paths().stream().map(p -> new org.apache.hadoop.fs.Path(p).getName()).toList();
  }
}
