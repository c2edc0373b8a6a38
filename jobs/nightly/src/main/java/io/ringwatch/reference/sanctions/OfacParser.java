package io.ringwatch.reference.sanctions;

import io.ringwatch.formats.OfacCsv;

import io.ringwatch.run.RunFailure;
import io.ringwatch.reference.sanctions.SanctionsEntry.Address;
import io.ringwatch.reference.sanctions.SanctionsEntry.Alias;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Parses a folder of OFAC legacy CSV files into a {@link SanctionsList}.
 *
 * <p>Files: {@code sdn.csv} (required), {@code alt.csv}, {@code add.csv} (required) and
 * {@code sdn_comments.csv} (optional), each also accepted gzipped ({@code sdn.csv.gz}), plus any
 * further files in the 12-column sdn layout (e.g. a transcription of newer rows). A later sdn
 * file's row replaces an earlier one with the same ent_num.
 *
 * <p>{@code sdn_comments.csv} continues remarks that OFAC cut at {@value #REMARKS_LIMIT}
 * characters. A continuation is appended only to a remark of exactly that length; one whose
 * remark is shorter (so complete) comes from another publication date and is counted as stale,
 * not appended, because gluing it on would invent identifiers.
 */
public final class OfacParser {
  /** Length at which the legacy sdn.csv cuts {@code Remarks}; the rest is in sdn_comments.csv. */
  public static final int REMARKS_LIMIT = 1000;
  public static final String LIST_NAME = "OFAC-SDN";

  /** Share of malformed rows a file may have (ringwatch.screen.reference-checks.max-malformed-share). */
  public static final double DEFAULT_MAX_MALFORMED_SHARE = 0.01;

  private OfacParser() {}

  /** Parses the local folder {@code dir} (see {@link #parse(String, List, boolean, Configuration)}). */
  public static SanctionsList parse(java.nio.file.Path dir, List<String> extraSdnFiles, boolean requireExtraFiles) {
    return parse(dir.toAbsolutePath().toUri().toString(), extraSdnFiles, requireExtraFiles, new Configuration());
  }

  /**
   * Parses the folder at {@code location}, read through Hadoop's file systems: a local path or
   * any URI ({@code hdfs://}, {@code s3a://}, {@code dbfs:/}, {@code file:/}), since a run's
   * sanctions folder lies beside its inputs, which on a cluster are not on the driver's disk.
   * {@code extraSdnFiles} are further 12-column files (paths relative to the folder or absolute).
   */
  public static SanctionsList parse(String location, List<String> extraSdnFiles, boolean requireExtraFiles,
      Configuration hadoop) {
    return parse(location, extraSdnFiles, requireExtraFiles, DEFAULT_MAX_MALFORMED_SHARE, hadoop);
  }

  /**
   * As above; a file with no rows, or with more than {@code maxMalformedShare} of its rows
   * malformed, stops the run ({@link SanctionsFileShape}), and so does a missing or empty folder.
   */
  public static SanctionsList parse(String location, List<String> extraSdnFiles, boolean requireExtraFiles,
      double maxMalformedShare, Configuration hadoop) {
    Path dir = new Path(location);
    FileSystem fs;
    try {
      fs = dir.getFileSystem(hadoop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of sanctions folder " + location, e);
    }
    requireFiles(fs, dir);
    ParseReport report = new ParseReport();
    List<Path> sdnFiles = new ArrayList<>();
    sdnFiles.add(require(fs, dir, "sdn.csv"));
    for (String extra : extraSdnFiles) {
      Path p = find(fs, dir, extra);
      if (p == null) {
        if (requireExtraFiles) {
          throw RunFailure.input("sanctions file " + new Path(dir, extra) + " (or .gz) not found");
        }
        report.increment("extra_files_missing");
        continue;
      }
      sdnFiles.add(p);
    }
    try {
      Map<String, String[]> sdn = new LinkedHashMap<>();
      Map<String, String> sourceOf = new java.util.HashMap<>();
      for (Path f : sdnFiles) {
        String name = baseName(f);
        SanctionsFileShape shape = SanctionsFileShape.sdnLayout(name);
        for (String[] r : read(fs, f)) {
          if (!shape.accept(r, shape.fits(r) && r[0] != null && r[1] != null)) {
            report.increment("sdn_rows_malformed");
            continue;
          }
          if (sdn.put(r[0].trim(), r) != null) {
            report.increment("sdn_ent_num_replaced");
          }
          sourceOf.put(r[0].trim(), name);
        }
        report.add("rows." + name, shape.rows());
        shape.check(maxMalformedShare);
      }
      Map<String, StringBuilder> continuation = new LinkedHashMap<>();
      Path comments = find(fs, dir, "sdn_comments.csv");
      if (comments != null) {
        SanctionsFileShape shape = SanctionsFileShape.of("sdn_comments.csv");
        for (String[] r : read(fs, comments)) {
          report.increment("rows.sdn_comments.csv");
          if (!shape.accept(r, shape.fits(r) && r[0] != null && r[1] != null)) {
            report.increment("comments_malformed");
            continue;
          }
          String ent = r[0].trim();
          if (!sdn.containsKey(ent)) {
            report.increment("comments_orphan");
            continue;
          }
          continuation.computeIfAbsent(ent, k -> new StringBuilder()).append(r[1]);
        }
        if (shape.rows() > 0) { // an empty comments file is allowed: the remarks then all fit
          shape.check(maxMalformedShare);
        }
      }
      Map<String, List<Alias>> aliases = new java.util.HashMap<>();
      SanctionsFileShape altShape = SanctionsFileShape.of("alt.csv");
      for (String[] r : read(fs, require(fs, dir, "alt.csv"))) {
        report.increment("rows.alt.csv");
        if (!altShape.accept(r, altShape.fits(r) && r[0] != null && r[3] != null)) {
          report.increment("alt_malformed");
          continue;
        }
        String ent = r[0].trim();
        if (!sdn.containsKey(ent)) {
          report.increment("alt_orphan");
          continue;
        }
        String kind = r[2] == null ? "aka" : r[2].trim().toLowerCase(Locale.ROOT).replace(".", "");
        aliases.computeIfAbsent(ent, k -> new ArrayList<>()).add(new Alias(r[3].trim(), kind, false));
      }
      altShape.check(maxMalformedShare);
      Map<String, List<Address>> addresses = new java.util.HashMap<>();
      SanctionsFileShape addShape = SanctionsFileShape.of("add.csv");
      for (String[] r : read(fs, require(fs, dir, "add.csv"))) {
        report.increment("rows.add.csv");
        if (!addShape.accept(r, addShape.fits(r) && r[0] != null)) {
          report.increment("add_malformed");
          continue;
        }
        String ent = r[0].trim();
        if (!sdn.containsKey(ent)) {
          report.increment("add_orphan");
          continue;
        }
        Address a = new Address(trim(r[2]), trim(r[3]), trim(r[4]), trim(r[5]));
        if (a.street() != null || a.cityStatePostal() != null || a.country() != null) {
          addresses.computeIfAbsent(ent, k -> new ArrayList<>()).add(a);
        } else {
          report.increment("add_empty");
        }
      }
      addShape.check(maxMalformedShare);
      List<SanctionsEntry> entries = new ArrayList<>(sdn.size());
      for (var e : sdn.entrySet()) {
        String ent = e.getKey();
        String[] r = e.getValue();
        String remarks = r[11];
        StringBuilder more = continuation.get(ent);
        if (more != null) {
          if (remarks != null && remarks.length() == REMARKS_LIMIT) {
            remarks = remarks + more;
            report.increment("comments_appended");
          } else {
            report.increment("comments_stale");
          }
        } else if (remarks != null && remarks.length() == REMARKS_LIMIT) {
          report.increment("remarks_truncated_without_continuation");
        }
        SanctionsEntry built = build(ent, sourceOf.get(ent), r, remarks, aliases.getOrDefault(ent, List.of()),
            addresses.getOrDefault(ent, List.of()), report);
        report.increment("entries." + built.source());
        entries.add(built);
      }
      report.add("entries", entries.size());
      return new SanctionsList(LIST_NAME, entries, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sanctions files in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Parses one row of the 12-column layout (with its remarks already joined) into an entry. */
  static SanctionsEntry build(String ent, String source, String[] r, String remarks, List<Alias> strong,
      List<Address> addresses, ParseReport report) {
    RemarksParser.Parsed p = RemarksParser.parse(remarks);
    report.add("dob_unparsed", p.unparsedDobs.size());
    List<Alias> all = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(r[1].trim().toLowerCase(Locale.ROOT));
    for (Alias a : strong) {
      if (seen.add(a.name().toLowerCase(Locale.ROOT))) {
        all.add(a);
      } else {
        report.increment("alt_duplicate");
      }
    }
    for (String[] w : p.weakAliases) {
      if (seen.add(w[1].toLowerCase(Locale.ROOT))) {
        all.add(new Alias(w[1], w[0], true));
      } else {
        report.increment("weak_alias_duplicate");
      }
    }
    List<String> programs = r[3] == null ? List.of()
        : Arrays.stream(r[3].split("\\]\\s*\\[")).map(s -> s.replace("[", "").replace("]", "").trim())
            .filter(s -> !s.isEmpty()).toList();
    boolean nksr = remarks != null && remarks.contains("North Korea Sanctions Regulations");
    return new SanctionsEntry(LIST_NAME + ":" + ent, ent, source, r[1].trim(), SanctionsEntry.Type.of(r[2]),
        programs, trim(r[4]), List.copyOf(all), List.copyOf(addresses), List.copyOf(p.dobs),
        List.copyOf(p.placesOfBirth), List.copyOf(p.nationalities), List.copyOf(p.citizenships), p.gender,
        List.copyOf(p.passports), List.copyOf(p.nationalIds), List.copyOf(p.emails), List.copyOf(p.phones),
        List.copyOf(p.websites), List.copyOf(p.wallets), List.copyOf(p.linkedTo), nksr, remarks);
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  private static Path require(FileSystem fs, Path dir, String name) {
    Path p = find(fs, dir, name);
    if (p == null) {
      throw RunFailure.input("sanctions file " + new Path(dir, name) + " (or .gz) not found");
    }
    return p;
  }

  /** A missing or empty sanctions folder stops the run with a reason naming it. */
  private static void requireFiles(FileSystem fs, Path dir) {
    try {
      if (!fs.exists(dir)) {
        throw RunFailure.input("sanctions folder " + dir + " does not exist");
      }
      if (fs.getFileStatus(dir).isDirectory() && fs.listStatus(dir).length == 0) {
        throw RunFailure.input("sanctions folder " + dir + " holds no files: expected OFAC's legacy CSV files "
            + "sdn.csv, add.csv and alt.csv (sdn_comments.csv optional), plain or gzipped");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sanctions folder " + dir, e);
    }
  }

  /** {@code name} or {@code name.gz} in dir (or name itself when absolute), or null. */
  static Path find(FileSystem fs, Path dir, String name) {
    for (Path p : List.of(new Path(dir, name), new Path(dir, name + ".gz"))) {
      try {
        if (fs.isFile(p)) {
          return p;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sanctions file " + p, e);
      }
    }
    return null;
  }

  private static List<String[]> read(FileSystem fs, Path f) throws IOException {
    try (InputStream in = fs.open(f)) {
      return OfacCsv.read(in, f.getName());
    }
  }

  private static String baseName(Path f) {
    String n = f.getName();
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }
}
