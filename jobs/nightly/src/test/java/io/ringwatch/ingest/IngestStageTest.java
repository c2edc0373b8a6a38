package io.ringwatch.ingest;

import io.ringwatch.testing.TestFiles;

import io.ringwatch.testing.SparkTest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsLoader;
import io.ringwatch.run.RunFailure;
import io.ringwatch.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SparkTest
class IngestStageTest {
  @TempDir Path dir;

  static final String HR_HEADER = "worker_id,full_name,date_of_birth,national_id,hire_date,employment_type,phone\n";

  private void write(String dataset, String content) throws Exception {
    Path folder = dir.resolve(dataset);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(dataset + ".csv"), content);
  }

  private void writeMinimalOthers() throws Exception {
    write("payroll_payments", "payment_id,worker_id,pay_date,amount,currency,payment_method,bank_account_number\n"
        + "P1,W1,2026-10-01,\"1,234.50\",USD,ACH,000123454821\n"
        + "P2,W1,2026-10-15,12.3x,USD,ach,\n"
        + "P3,W9,2026-10-15,10,USD,ach,\n"
        + "P1,W2,2026-10-20,10,USD,wire,\n");
    write("devices", "device_id,serial_number,assigned_worker_id\nD1,SN1,W1\nD2,SN2,W2\n");
    write("auth_events", "event_id,event_time,worker_id,event_type,source_ip\n"
        + "A1,2026-11-19T10:00:00Z,W1,sso_login,8.8.8.8\n"
        + "A2,2026-01-01T10:00:00Z,W1,sso_login,8.8.8.8\n"
        + "A3,2026-11-19T10:00:00+09:00,W2,VPN_CONNECT,1.1.1.1\n"
        + "A4,yesterday,W2,sso_login,1.1.1.1\n");
    write("endpoint_events", "event_id,event_time,device_id,worker_id,event_type\n"
        + "E1,2026-11-18T01:00:00Z,D1,W1,heartbeat\n"
        + "E2,2026-11-18T01:00:00Z,D7,W1,heartbeat\n");
    Files.createDirectories(dir.resolve("sanctions"));
  }

  private IngestedInputs ingest(String conf) throws Exception {
    Path file = dir.resolve("test.conf");
    Files.writeString(file, conf);
    return IngestStage.run(SharedSpark.get(), IngestSettings.from(SettingsLoader.load(file)),
        dir.toString(), LocalDate.parse("2026-11-20"));
  }

  @Test
  void rowsThatBreakRulesAreRejectedWithReasonsAndCountsReconcile() throws Exception {
    write("hr_workers", "\uFEFF" + HR_HEADER
        + "W1, Ann Lee ,1990-02-03,123-45-6789,2020-01-06,Employee,(415) 555-0134\n"
        + "W2,\"Smith, \"\"Bob\"\"\",,,2021-03-01,contractor,\n"
        + "W3,Cy,1991-01-01,,31/02/2025,employee,\n"
        + "W4,,1991-01-01,,2020-01-01,intern,\n"
        + "W1,Dup,1990-02-03,,2020-01-06,employee,\n"
        + "W5,too,many,fields,2020-01-01,employee,,,\n"
        // An unterminated quote runs to the end of the file: one malformed record.
        + "W6,broken,\"unterminated,2020-01-01,employee\nW7,Swallowed,,,2020-01-01,employee,\n");
    writeMinimalOthers();
    IngestedInputs in = ingest("ringwatch.ingest.max-reject-share = 0.9");

    Map<String, DatasetCounts> counts = in.counts().stream().collect(Collectors.toMap(DatasetCounts::dataset, c -> c));
    assertEquals(7, counts.get("hr_workers").read());
    assertEquals(2, counts.get("hr_workers").accepted());
    assertEquals(4, counts.get("payroll_payments").read());
    assertEquals(1, counts.get("payroll_payments").accepted());
    assertEquals(3, counts.get("auth_events").accepted());
    assertEquals(2, counts.get("auth_events").inWindow());
    assertEquals(1, counts.get("endpoint_events").accepted());

    List<Row> workers = in.workers().orderBy("worker_id").collectAsList();
    assertEquals("Ann Lee", workers.get(0).getAs("full_name"));
    assertEquals("employee", workers.get(0).getAs("employment_type"));
    assertEquals(LocalDate.parse("1990-02-03"), ((java.sql.Date) workers.get(0).getAs("date_of_birth")).toLocalDate());
    assertEquals("Smith, \"Bob\"", workers.get(1).getAs("full_name"));
    assertEquals(0, new java.math.BigDecimal("1234.50").compareTo(in.payments().first().getAs("amount")));
    assertEquals("vpn_connect", in.authEvents().orderBy("event_id").collectAsList().get(1).getAs("event_type"));

    Map<String, String> reasons = in.rejected().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0) + ":" + prefix(r.getString(1).replaceAll("[^A-Za-z0-9]", ""), 12),
            r -> r.getString(2), (a, b) -> a + " | " + b));
    String all = String.join("\n", reasons.values());
    assertTrue(all.contains("unparseable date in hire_date: '31/02/2025'"), all);
    assertTrue(all.contains("missing required value in full_name"), all);
    assertTrue(all.contains("employment_type 'intern' is not one of employee, contractor"), all);
    assertTrue(all.contains("duplicate worker_id 'W1'"), all);
    assertTrue(all.contains("malformed CSV line"), all);
    assertTrue(all.contains("unparseable number in amount: '12.3x'"), all);
    assertTrue(all.contains("worker_id 'W9' is not in hr_workers"), all);
    assertTrue(all.contains("duplicate payment_id 'P1'"), all);
    assertTrue(all.contains("unparseable timestamp in event_time: 'yesterday'"), all);
    assertTrue(all.contains("device_id 'D7' is not in devices"), all);
    String records = in.rejected().collectAsList().stream().map(r -> r.getString(1)).collect(Collectors.joining("\n"));
    assertFalse(records.contains("123-45-6789"), records);
    assertEquals(counts.values().stream().mapToLong(DatasetCounts::rejected).sum(), in.rejected().count());
  }

  @Test
  void aSingleExportIsCheckedInEveryCoresTasksWithOneShuffle() throws Exception {
    writeMinimalOthers();
    Path file = dir.resolve("test.conf");
    Files.writeString(file, "");
    IngestSettings settings = IngestSettings.from(SettingsLoader.load(file));
    DatasetReader.Read read = DatasetReader.read(SharedSpark.get(), Datasets.ENDPOINT,
        settings.dataset(Datasets.ENDPOINT_EVENTS), dir.resolve("endpoint_events").toString());
    String plan = DatasetValidator.validate(Datasets.ENDPOINT, settings.dataset(Datasets.ENDPOINT_EVENTS), read,
        Map.of(), LocalDate.parse("2026-11-20"), 30).queryExecution().executedPlan().toString();
    // The rows are hashed by their key right after parsing (the checks run above the exchange, in
    // every core's tasks), and the duplicate-key window reuses that exchange instead of adding one.
    assertEquals(1, plan.split("Exchange hashpartitioning", -1).length - 1, plan);
    assertTrue(plan.matches("(?s).*Window .*Exchange hashpartitioning\\(event_id.*"), plan);
    int check = plan.indexOf("unparseable timestamp");
    assertTrue(check >= 0 && check < plan.indexOf("Exchange hashpartitioning"), plan);
  }

  @Test
  void eventTimesWithAZoneOrWithoutOneAreReadAsTheInstantTheyName() throws Exception {
    write("hr_workers", HR_HEADER + "W1,Ann Lee,1990-02-03,,2020-01-06,employee,\n");
    writeMinimalOthers();
    write("auth_events", "event_id,event_time,worker_id,event_type,source_ip\n"
        + "Z1,2026-11-19T10:00:00Z,W1,sso_login,8.8.8.8\n"
        + "Z2,2026-11-19T10:00:00.250Z,W1,sso_login,8.8.8.8\n"
        + "Z3,2026-11-19 10:00:00Z,W1,sso_login,8.8.8.8\n"
        + "Z4,2026-11-19T19:00:00+09:00,W1,sso_login,8.8.8.8\n"
        + "Z5,2026-11-19T05:00:00-05:00,W1,sso_login,8.8.8.8\n"
        + "Z6,2026-11-19T10:00:00,W1,sso_login,8.8.8.8\n"
        + "Z7,2026-11-19T10:00:00UTC,W1,sso_login,8.8.8.8\n"
        + "Z8,2026-11-19T25:00:00Z,W1,sso_login,8.8.8.8\n"
        + "Z9,Z,W1,sso_login,8.8.8.8\n");
    IngestedInputs in = ingest("ringwatch.ingest.max-reject-share = 1.0");
    Map<String, java.time.Instant> times = in.authEvents().collectAsList().stream().collect(Collectors.toMap(
        r -> r.getString(r.fieldIndex("event_id")), r -> ((java.sql.Timestamp) r.getAs("event_time")).toInstant()));
    java.time.Instant ten = java.time.Instant.parse("2026-11-19T10:00:00Z");
    assertEquals(Map.of("Z1", ten, "Z2", ten.plusMillis(250), "Z3", ten, "Z4", ten, "Z5", ten, "Z6", ten, "Z7", ten),
        times);
    String reasons = in.rejected().collectAsList().stream().map(r -> r.getString(2)).collect(Collectors.joining("\n"));
    assertTrue(reasons.contains("unparseable timestamp in event_time: '2026-11-19T25:00:00Z'"), reasons);
    assertTrue(reasons.contains("unparseable timestamp in event_time: 'Z'"), reasons);
  }

  @Test
  void mappedColumnNamesOfAnotherExportAreRead() throws Exception {
    write("hr_workers", "Employee ID,Legal Name,Hire Date,Worker Type\nX1,Ann Lee,2020-01-06,employee\n");
    writeMinimalOthers();
    IngestedInputs in = ingest("ringwatch.ingest.max-reject-share = 1.0\n"
        + "ringwatch.ingest.datasets.hr_workers.columns { worker_id = \"Employee ID\", full_name = \"Legal Name\", "
        + "hire_date = \"Hire Date\", employment_type = \"Worker Type\" }");
    assertEquals("X1", in.workers().first().getAs("worker_id"));
  }

  @Test
  void missingDatasetOrColumnOrTooManyRejectsStopTheRun() throws Exception {
    writeMinimalOthers();
    RunFailure missing = assertThrows(RunFailure.class, () -> ingest(""));
    assertTrue(missing.getMessage().startsWith("dataset hr_workers is missing"), missing.getMessage());

    write("hr_workers", "worker_id,full_name\nW1,Ann\n");
    RunFailure column = assertThrows(RunFailure.class, () -> ingest(""));
    assertTrue(column.getMessage().contains("lacks required column(s) hire_date, employment_type"), column.getMessage());

    write("hr_workers", HR_HEADER + "W1,Ann,,,2020-01-01,employee,\nW2,Bob,,,2020-01-01,employee,\n");
    RunFailure share = assertThrows(RunFailure.class, () -> ingest("ringwatch.ingest.max-reject-share = 0.05"));
    assertTrue(share.getMessage().startsWith("dataset payroll_payments: 3 of 4 rows rejected"), share.getMessage());
  }

  @Test
  void parquetAndDeltaExportsGiveTheSameRowsAsCsv() throws Exception {
    Path base = BadInputCorpusTest.corpus().resolve("_base");
    var spark = SharedSpark.get();
    for (DatasetSpec spec : Datasets.ALL) {
      String csv = base.resolve(spec.name()).toString();
      // Parquet as a warehouse writes it: typed columns (dates, timestamps, decimals), not text.
      var typed = spark.read().option("header", "true").csv(csv);
      for (ColumnSpec c : spec.columns()) {
        if (List.of(typed.columns()).contains(c.name())) {
          switch (c.type()) {
            case DATE -> typed = typed.withColumn(c.name(), typed.col(c.name()).cast("date"));
            case TIMESTAMP -> typed = typed.withColumn(c.name(), typed.col(c.name()).cast("timestamp"));
            case DECIMAL -> typed = typed.withColumn(c.name(), org.apache.spark.sql.functions.regexp_replace(
                typed.col(c.name()), ",", "").cast("decimal(12,2)"));
            default -> { }
          }
        }
      }
      typed.write().parquet(dir.resolve("parquet").resolve(spec.name()).toString());
      spark.read().option("header", "true").csv(csv)
          .write().format("delta").save(dir.resolve("delta").resolve(spec.name()).toString());
    }
    Files.createDirectories(dir.resolve("parquet/sanctions"));
    Files.createDirectories(dir.resolve("delta/sanctions"));
    io.ringwatch.testing.TestFiles.copyTree(base, dir.resolve("csv"));
    Files.createDirectories(dir.resolve("csv/sanctions"));

    Map<String, List<String>> expected = acceptedRows(ingestFrom(dir.resolve("csv"), "csv"));
    assertEquals(5, expected.get("hr_workers").size());
    assertEquals(expected, acceptedRows(ingestFrom(dir.resolve("parquet"), "parquet")));
    assertEquals(expected, acceptedRows(ingestFrom(dir.resolve("delta"), "delta")));

    // The auditors' views of the raw rows (notebook 02) read each format through the same settings.
    Map<String, Long> csvRows = new java.util.TreeMap<>();
    for (String format : List.of("csv", "parquet", "delta")) {
      List<String> views = InputViews.register(spark, dir.resolve(format).toString(),
          dir.resolve(format + ".conf").toString());
      assertEquals(Datasets.ALL.stream().map(d -> "input_" + d.name()).toList(), views);
      for (DatasetSpec spec : Datasets.ALL) {
        var view = spark.table("input_" + spec.name());
        assertEquals(spec.columnNames(), List.of(view.columns()), format + " " + spec.name());
        if (format.equals("csv")) {
          csvRows.put(spec.name(), view.count());
        } else {
          assertEquals(csvRows.get(spec.name()), view.count(), format + " " + spec.name() + ": every row, as exported");
        }
      }
    }
  }

  /**
   * A daily drop's days, each counted as it is read and its rejects tagged with it (what an
   * incremental night keeps instead of reading the day again); a key sent again on a later day is
   * that day's duplicate, though Spark reads the larger file first.
   */
  @Test
  void eachDayIsCountedAndAKeySentAgainIsTheLaterDaysDuplicate() throws Exception {
    write("hr_workers", HR_HEADER + "W1,Ann Lee,1990-02-03,,2020-01-06,employee,\n"
        + "W2,Bob Ray,1991-02-03,,2021-01-06,employee,\n");
    writeMinimalOthers();
    Path auth = dir.resolve("auth_events");
    Files.delete(auth.resolve("auth_events.csv"));
    String header = "event_id,event_time,worker_id,event_type,source_ip\n";
    Files.writeString(auth.resolve("2026-11-18.csv"), header + "A1,2026-11-18T10:00:00Z,W1,sso_login,8.8.8.8\n"
        + "A2,2026-11-18T11:00:00Z,W2,sso_login,1.1.1.1\n" + "A3,2026-11-18T12:00:00Z,W404,sso_login,1.1.1.1\n");
    StringBuilder big = new StringBuilder(header).append("A1,2026-11-19T09:00:00Z,W2,sso_login,1.1.1.1\n");
    for (int i = 0; i < 200; i++) {
      big.append("B").append(i).append(",2026-11-19T10:00:00Z,W1,sso_login,8.8.8.8\n");
    }
    Files.writeString(auth.resolve("2026-11-19.csv"), big);
    // The run date's drop: a row after the window's end (tomorrow's window holds it) and one
    // before the plausible range (its reason names a limit computed from the run date) are the
    // day's rows whose fate depends on the run date.
    Files.writeString(auth.resolve("2026-11-20.csv"), header + "C1,not a time,W1,sso_login,8.8.8.8\n"
        + "C2,2026-11-20T10:00:00Z,W1,sso_login,8.8.8.8\n" + "C3,2026-11-21T02:00:00Z,W1,sso_login,8.8.8.8\n"
        + "C4,1969-12-31T23:00:00Z,W1,sso_login,8.8.8.8\n");

    IngestedInputs in = ingest("ringwatch.ingest.max-reject-share = 0.9");
    List<Row> a1 = in.authEvents().filter(col("event_id").equalTo("A1")).collectAsList();
    assertEquals(1, a1.size());
    assertEquals("W1", a1.get(0).getAs("worker_id"), "the first day's row is kept");
    Map<String, EventDayFiles> days = in.eventDays().stream().filter(d -> d.dataset().equals("auth_events"))
        .collect(Collectors.toMap(d -> d.day().toString(), d -> d));
    assertEquals(List.of(3L, 1L, 2L, 0L), counts(days.get("2026-11-18")));
    assertEquals(List.of(201L, 1L, 200L, 0L), counts(days.get("2026-11-19")), "the re-sent key rejected on its day");
    assertEquals(List.of(4L, 2L, 1L, 2L), counts(days.get("2026-11-20")));
    DatasetCounts total = in.counts().stream().filter(c -> c.dataset().equals("auth_events")).findFirst().orElseThrow();
    assertEquals(total.read(), days.values().stream().mapToLong(EventDayFiles::read).sum(), "the days add up");
    assertEquals(total.rejected(), days.values().stream().mapToLong(EventDayFiles::rejected).sum());
    assertEquals(total.inWindow(), days.values().stream().mapToLong(EventDayFiles::inWindow).sum());
    Map<String, String> rejectDays = in.rejected().filter(col("dataset").equalTo("auth_events")).collectAsList()
        .stream().collect(Collectors.toMap(r -> r.<String>getAs("reason"), r -> String.valueOf((Object) r.getAs("day"))));
    assertEquals(Map.of("duplicate event_id 'A1' (an earlier row has the same key)", "2026-11-19",
        "unparseable timestamp in event_time: 'not a time'", "2026-11-20",
        "implausible time in event_time: '1969-12-31T23:00:00Z' (expected 1970-01-01 to 2027-11-21 (ringwatch.ingest.plausible))",
        "2026-11-20", "worker_id 'W404' is not in hr_workers", "2026-11-18"), rejectDays);
    // The ids named by the rows no summary holds (rejects, and C3 after the window), found or not.
    List<String> refs = in.eventDayRefs().filter(col("dataset").equalTo("auth_events")).collectAsList().stream()
        .map(r -> r.get(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getBoolean(4)).sorted().toList();
    assertEquals(List.of("2026-11-18 worker_id W404 false", "2026-11-19 worker_id W2 true",
        "2026-11-20 worker_id W1 true"), refs);
    assertTrue(in.rejected().filter(col("dataset").notEqual("auth_events")).filter(col("day").isNotNull()).isEmpty(),
        "a row of one export has no day");

    // The input given by a relative path, as a user types it: each row still finds its day (the
    // files Spark names are absolute URIs).
    String relative = Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
    IngestedInputs fromRelative = IngestStage.run(SharedSpark.get(),
        IngestSettings.from(SettingsLoader.load(dir.resolve("test.conf"))), relative, LocalDate.parse("2026-11-20"));
    assertEquals(List.of(201L, 1L, 200L, 0L), counts(fromRelative.eventDays().stream()
        .filter(d -> d.dataset().equals("auth_events") && d.day().toString().equals("2026-11-19")).findFirst()
        .orElseThrow()));
    assertEquals(0, fromRelative.authEvents().filter(col("drop_day").isNull()).count(), "every row has its drop");
  }

  private static List<Long> counts(EventDayFiles d) {
    return List.of(d.read(), d.rejected(), d.inWindow(), d.runDateBound());
  }

  /**
   * Event exports as real ones arrive, a drop a day: in {@code event_date=…} folders (Hive style, as
   * Spark, Hive and most exporters write them) or one file per day in the dataset's folder. Both are
   * read as the one-export layout is, row for row; the partition column is the exporter's, not a
   * canonical one.
   */
  @Test
  void dailyDropsOfEventsGiveTheSameRowsAsOneExport() throws Exception {
    Path base = BadInputCorpusTest.corpus().resolve("_base");
    var spark = SharedSpark.get();
    io.ringwatch.testing.TestFiles.copyTree(base, dir.resolve("flat"));
    Files.createDirectories(dir.resolve("flat/sanctions"));
    for (String layout : List.of("partitioned", "per-day")) {
      io.ringwatch.testing.TestFiles.copyTree(base, dir.resolve(layout));
      Files.createDirectories(dir.resolve(layout + "/sanctions"));
    }
    for (String events : List.of("auth_events", "endpoint_events")) {
      Path partitioned = dir.resolve("partitioned").resolve(events);
      TestFiles.deleteTree(partitioned);
      spark.read().option("header", "true").csv(base.resolve(events).toString())
          .withColumn("event_date", org.apache.spark.sql.functions.substring(col("event_time"), 1, 10))
          .coalesce(1).write().partitionBy("event_date").option("header", "true").csv(partitioned.toString());
      Path perDay = dir.resolve("per-day").resolve(events);
      TestFiles.deleteTree(perDay);
      Files.createDirectories(perDay);
      int days = 0;
      try (var folders = Files.list(partitioned)) {
        for (Path day : folders.filter(f -> f.getFileName().toString().startsWith("event_date=")).toList()) {
          try (var files = Files.list(day)) {
            Path part = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            Files.copy(part, perDay.resolve(day.getFileName().toString().substring("event_date=".length()) + ".csv"));
            days++;
          }
        }
      }
      assertTrue(days >= 2, events + " spans several days: " + days);
    }
    // Every day in the window: still read by day, the same rows as one export.
    IngestedInputs flat = ingestFrom(dir.resolve("flat"), "csv");
    assertEquals(List.of("auth_events", "endpoint_events"), flat.eventsReadWhole(), "one export each");
    IngestedInputs recent = ingestFrom(dir.resolve("per-day"), "csv");
    assertEquals(List.of(), recent.eventsReadWhole(), "drops a day at a time, none yet older than the window");
    assertEquals(flat.counts(), recent.counts());
    assertEquals(List.of(), flat.eventDays(), "one export has no days to keep");
    for (String events : List.of("auth_events", "endpoint_events")) {
      try (var files = Files.list(dir.resolve("per-day").resolve(events))) {
        assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
            recent.eventDays().stream().filter(d -> d.dataset().equals(events)).map(EventDayFiles::entry).toList(),
            events + ": every day read is kept in the state, in order");
      }
    }
    // A daily drop keeps its old days: one long before the window (a row in it, and one that
    // would be rejected) is not read at all.
    String header = Files.readAllLines(base.resolve("auth_events/auth_events.csv")).get(0);
    List<String> oldDay = List.of(header, "OLD1,2026-08-01T10:00:00Z,W1,sso_login,success,8.8.8.8,D1,,",
        "OLD2,not a time,W1,sso_login,success,8.8.8.8,D1,,");
    Files.createDirectories(dir.resolve("partitioned/auth_events/event_date=2026-08-01"));
    Files.write(dir.resolve("partitioned/auth_events/event_date=2026-08-01/part-0.csv"), oldDay);
    Files.write(dir.resolve("per-day/auth_events/2026-08-01.csv"), oldDay);
    // An older day that would stop the night as a compression bomb is neither read nor decompressed.
    Files.createDirectories(dir.resolve("partitioned/auth_events/event_date=2026-07-01"));
    bomb(dir.resolve("partitioned/auth_events/event_date=2026-07-01/part-0.csv.gz"), header);
    bomb(dir.resolve("per-day/auth_events/2026-07-01.csv.gz"), header);
    Map<String, List<String>> expected = acceptedRows(flat);
    for (String layout : List.of("partitioned", "per-day")) {
      IngestedInputs daily = ingestFrom(dir.resolve(layout), "csv");
      assertEquals(expected, acceptedRows(daily), layout);
      assertEquals(flat.rejected().count(), daily.rejected().count(), layout + ": the same rows rejected");
      assertEquals(flat.counts(), daily.counts(), layout + ": the same rows read, accepted and in the window");
      assertEquals(List.of(), daily.eventsReadWhole(), layout + ": read by day");
      assertEquals(0, daily.authEvents().filter(col(IngestStage.DROP_DAY).isNull()
          .or(col(IngestStage.DROP_DAY).gt(org.apache.spark.sql.functions.to_date(col("event_time"))))).count(),
          layout + ": every event carries the drop it came in, its own UTC day here");
      assertFalse(java.util.Arrays.asList(flat.authEvents().columns()).contains(IngestStage.DROP_DAY), "one export has none");
      assertTrue(daily.eventDays().stream().noneMatch(d -> d.day().isBefore(LocalDate.parse("2026-09-01"))),
          layout + ": the days not read are not kept");
      assertEquals(recent.eventDays().size(), daily.eventDays().size(), layout);
    }
  }

  /** A gzip file of a header and 20 MB of one letter: beyond the expansion limit (InputFileChecks). */
  private static void bomb(Path file, String header) throws Exception {
    byte[] block = "A".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (int i = 0; i < 20; i++) {
        out.write(block);
      }
    }
  }


  private IngestedInputs ingestFrom(Path root, String format) throws Exception {
    Path file = dir.resolve(format + ".conf");
    Files.writeString(file, "ringwatch.ingest.format = " + format);
    return IngestStage.run(SharedSpark.get(), IngestSettings.from(SettingsLoader.load(file)), root.toString(),
        LocalDate.parse("2026-11-20"));
  }

  private static Map<String, List<String>> acceptedRows(IngestedInputs in) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      // The contract's columns (a daily drop's events also carry the day they came in).
      out.put(spec.name(), in.dataset(spec.name()).select(spec.columnNames().stream()
          .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
          .collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return out;
  }

  /** The first characters of a record (a masked malformed line may be short). */
  private static String prefix(String s, int n) {
    return s.substring(0, Math.min(n, s.length()));
  }
}
