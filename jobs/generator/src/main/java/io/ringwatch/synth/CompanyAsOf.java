package io.ringwatch.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One company's exports as they stood on one night (issue 23's test of consecutive nights;
 * jobs/docs/incremental-nightly.md). Moving the generator's as-of date makes another company,
 * not the same one a day older, so a company is generated once, as of its last night, and cut:
 * <ul>
 *   <li>hr_workers: the workers hired before the night; a termination dated the night or later
 *   is not known yet (left empty); with {@code leaverDays}, a worker who left more than that
 *   many days before the night is no longer in the export (real HR extracts keep recent leavers
 *   only);</li>
 *   <li>payroll_payments: payments dated before the night; devices: those shipped before it (or,
 *   with {@code deviceLagDays}, that many days before it);</li>
 *   <li>auth_events and endpoint_events: daily drops, one file per exporter's day
 *   ({@code utcOffsetHours} from UTC) before the night, {@code <dataset>/<day>.csv}, and
 *   {@code undated.csv} for rows without a readable time, as inputs-extensions.md lays them out;</li>
 *   <li>sanctions copied; truth/workers.csv and truth/rings.csv copied as they are (a ring may
 *   name workers not hired yet); broken_rows.csv left out, its line numbers are the whole
 *   company's.</li>
 * </ul>
 * Rows are copied byte for byte (a broken row stays as it was broken); only an emptied
 * termination is written again, with the generator's quoting. A row whose date cannot be read is
 * kept every night (it is a reject whenever it comes). So a day's drop is the same file on every
 * night that has it, with the same modification time (the end of its day), as a real exporter's is.
 */
public final class CompanyAsOf {
  private CompanyAsOf() {}

  /**
   * How a night's exports are cut.
   *
   * @param utcOffsetHours the exporter's day: UTC plus this many hours (-5: a US East exporter)
   * @param leaverDays workers who left more than this many days before the night leave the HR
   *     export; {@code null}: they stay
   * @param deviceLagDays a device reaches the devices export this many days after it was shipped
   *     (an asset register updated late: its first events name a device not registered yet)
   */
  public record Options(int utcOffsetHours, Integer leaverDays, int deviceLagDays) {
    public static final Options DEFAULT = new Options(-5, null, 0);

    public Options(int utcOffsetHours, Integer leaverDays) {
      this(utcOffsetHours, leaverDays, 0);
    }

    public Options {
      if (deviceLagDays < 0) {
        throw new IllegalArgumentException("deviceLagDays must be 0 or more, not " + deviceLagDays);
      }
    }
  }

  /** Writes {@code company}'s exports as they stood on {@code night} into {@code out} (created; files overwritten). */
  public static void cut(Path company, LocalDate night, Path out, Options options) {
    if (company.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("cannot cut " + company + " into itself: its exports are read while written");
    }
    try {
      hr(company, night, out, options);
      byDate(company, out, Datasets.PAYROLL_PAYMENTS, "pay_date", night);
      byDate(company, out, Datasets.DEVICES, "shipped_at", night.minusDays(options.deviceLagDays()));
      for (String events : List.of(Datasets.AUTH_EVENTS, Datasets.ENDPOINT_EVENTS)) {
        drops(company, out, events, night, options.utcOffsetHours());
      }
      copyTree(company.resolve(Datasets.SANCTIONS), out.resolve(Datasets.SANCTIONS));
      for (String truth : List.of("workers.csv", "rings.csv")) {
        Path from = company.resolve(Datasets.TRUTH).resolve(truth);
        if (Files.exists(from)) {
          Files.createDirectories(out.resolve(Datasets.TRUTH));
          Files.copy(from, out.resolve(Datasets.TRUTH).resolve(truth), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut " + company + " as of " + night, e);
    }
  }

  private static void hr(Path company, LocalDate night, Path out, Options options) throws IOException {
    try (Records in = Records.open(company, Datasets.HR_WORKERS); Writer w = in.writer(out, Datasets.HR_WORKERS)) {
      int hire = in.column("hire_date");
      int term = in.column("termination_date");
      for (String record = in.next(); record != null; record = in.next()) {
        List<String> f = Csv.fields(record);
        if (f.size() != in.header.size()) {
          line(w, record); // broken: a reject every night
          continue;
        }
        LocalDate hired = date(f.get(hire));
        if (hired != null && !hired.isBefore(night)) {
          continue; // not hired yet
        }
        LocalDate left = date(f.get(term));
        if (left != null && !left.isBefore(night)) {
          f.set(term, ""); // not known yet
          line(w, Csv.line(f));
          continue;
        }
        if (left != null && options.leaverDays() != null && left.isBefore(night.minusDays(options.leaverDays()))) {
          continue; // gone from the extract
        }
        line(w, record);
      }
    }
  }

  private static void byDate(Path company, Path out, String dataset, String column, LocalDate night) throws IOException {
    try (Records in = Records.open(company, dataset); Writer w = in.writer(out, dataset)) {
      int c = in.column(column);
      for (String record = in.next(); record != null; record = in.next()) {
        List<String> f = Csv.fields(record);
        LocalDate d = f.size() == in.header.size() ? date(f.get(c)) : null;
        if (d == null || d.isBefore(night)) {
          line(w, record);
        }
      }
    }
  }

  /** Streams the events into one file per exporter's day: a 1M-worker company's events do not fit in memory. */
  private static void drops(Path company, Path out, String dataset, LocalDate night, int utcOffsetHours) throws IOException {
    Path dir = out.resolve(dataset);
    deleteTree(dir);
    Files.createDirectories(dir);
    Map<String, Writer> days = new TreeMap<>();
    try (Records in = Records.open(company, dataset)) {
      int c = in.column("event_time");
      days.put("undated", in.newFile(dir.resolve("undated.csv")));
      for (String record = in.next(); record != null; record = in.next()) {
        List<String> f = Csv.fields(record);
        LocalDate day = null;
        if (f.size() > c) {
          try {
            day = LocalDate.ofInstant(Instant.parse(f.get(c)).plusSeconds(utcOffsetHours * 3600L), ZoneOffset.UTC);
          } catch (DateTimeParseException e) {
            // not a time: the undated file, read every night
          }
        }
        if (day == null) {
          line(days.get("undated"), record);
        } else if (day.isBefore(night)) {
          Writer w = days.get(day.toString());
          if (w == null) {
            w = in.newFile(dir.resolve(day + ".csv"));
            days.put(day.toString(), w);
          }
          line(w, record);
        }
      }
    } finally {
      for (Writer w : days.values()) {
        w.close();
      }
    }
    for (String d : days.keySet()) {
      if (!d.equals("undated")) {
        // Sent once, when the exporter's day ended: the same modification time on every night
        // that has the drop, as a real drop keeps it (ingest fingerprints names, sizes and times).
        LocalDate day = LocalDate.parse(d);
        Files.setLastModifiedTime(dir.resolve(d + ".csv"), java.nio.file.attribute.FileTime.from(
            day.plusDays(1).atStartOfDay().minusHours(utcOffsetHours).toInstant(ZoneOffset.UTC)));
      }
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void line(Writer w, String record) throws IOException {
    w.write(record);
    w.write('\n');
  }

  /** A dataset's header, then its records one at a time (a record may span lines inside quotes), from its .csv or .csv.gz. */
  private static final class Records implements java.io.Closeable {
    final String headerLine;
    final List<String> header;
    private final BufferedReader reader;

    private Records(BufferedReader reader) throws IOException {
      this.reader = reader;
      this.headerLine = Csv.next(reader);
      if (headerLine == null) {
        reader.close();
        throw new IOException("no header");
      }
      this.header = Csv.fields(headerLine);
    }

    static Records open(Path company, String dataset) throws IOException {
      Path plain = company.resolve(dataset).resolve(dataset + ".csv");
      Path gz = company.resolve(dataset).resolve(dataset + ".csv.gz");
      Path file = Files.exists(plain) ? plain : gz;
      InputStream in = Files.newInputStream(file);
      try {
        return new Records(new BufferedReader(new InputStreamReader(file == gz ? new GZIPInputStream(in, 1 << 16) : in,
            StandardCharsets.UTF_8), 1 << 16));
      } catch (IOException e) {
        in.close();
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }

    String next() throws IOException {
      return Csv.next(reader);
    }

    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name + " in " + header);
      }
      return i;
    }

    /** The dataset's folder under {@code out}, emptied, and its one file opened with the header written. */
    Writer writer(Path out, String dataset) throws IOException {
      Path dir = out.resolve(dataset);
      deleteTree(dir);
      Files.createDirectories(dir);
      return newFile(dir.resolve(dataset + ".csv"));
    }

    Writer newFile(Path file) throws IOException {
      Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
          StandardCharsets.UTF_8), 1 << 16);
      line(w, headerLine);
      return w;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    deleteTree(to);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** RFC 4180 as the generator writes it: records over line breaks inside quotes, fields unquoted, minimal quoting. */
  static final class Csv {
    private Csv() {}

    static List<String> records(BufferedReader r) throws IOException {
      List<String> records = new ArrayList<>();
      for (String record = next(r); record != null; record = next(r)) {
        records.add(record);
      }
      return records;
    }

    /** The next record, or null at the end; an unbalanced quote at the end is kept as it is. */
    static String next(BufferedReader r) throws IOException {
      StringBuilder pending = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (pending != null) {
          pending.append('\n').append(line);
        } else {
          pending = new StringBuilder(line);
        }
        if (quotes(pending) % 2 == 0) {
          return pending.toString();
        }
      }
      return pending == null ? null : pending.toString();
    }

    static List<String> fields(String record) {
      List<String> out = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < record.length(); i++) {
        char ch = record.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            f.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          out.add(f.toString());
          f.setLength(0);
        } else {
          f.append(ch);
        }
      }
      out.add(f.toString());
      return out;
    }

    static String line(List<String> fields) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        String v = fields.get(i);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
          b.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
          b.append(v);
        }
      }
      return b.toString();
    }

    private static int quotes(CharSequence s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '"') {
          n++;
        }
      }
      return n;
    }
  }

  /** Worker ids of a cut night's HR export (for tests and harnesses). */
  public static Set<String> hrWorkerIds(Path night) {
    try (Records in = Records.open(night, Datasets.HR_WORKERS)) {
      Set<String> ids = new HashSet<>();
      for (String record = in.next(); record != null; record = in.next()) {
        ids.add(Csv.fields(record).get(0));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows per file of a cut dataset folder, by file name (for tests and harnesses). */
  public static Map<String, Long> rowsPerFile(Path dataset) {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dataset)) {
      for (Path f : files.sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          rows.put(f.getFileName().toString(), (long) Csv.records(r).size() - 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
