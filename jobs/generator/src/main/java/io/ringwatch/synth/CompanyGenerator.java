package io.ringwatch.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic company in the input layout of ../shared/contracts/inputs.md: HR, payroll,
 * devices, sign-in and endpoint events with planted fraud rings and benign look-alikes, the real
 * OFAC files, and the ground truth under {@code truth/}.
 *
 * <p>Pure Java and single-threaded; rows stream to disk, memory is O(workers). Same options, same
 * bytes: every random choice comes from a stream derived from the seed (no clock, no hash-order
 * iteration).
 */
public final class CompanyGenerator {
  private static final long S_HR = 10;
  private static final long S_PAYROLL = 11;
  private static final long S_DEVICES = 12;
  private static final LocalDate BIWEEKLY_ANCHOR = LocalDate.of(2024, 1, 5);

  private CompanyGenerator() {}

  /**
   * The generator's name and version in each manifest. The version changes whenever the same
   * options make a different company (2: every ring member reaches the company through the
   * ring's facilitator), so a harness never reuses a company an earlier generator made.
   */
  static final String VERSION = "ringwatch synth 2";

  /**
   * Whether {@code dir} holds a completely generated company of this generator: its manifest,
   * written last, exists and names this version. The generator is deterministic, so the
   * harnesses reuse the companies they made.
   */
  public static boolean isComplete(Path dir) {
    Path manifest = dir.resolve(Datasets.TRUTH).resolve("manifest.json");
    try {
      return Files.exists(manifest)
          && Files.readString(manifest).contains("\"generator\": \"" + VERSION + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
  }

  /** Generates the company into {@code outDir} (created if missing; our files are overwritten). */
  public static GenerationSummary generate(GeneratorOptions opt, Path outDir) {
    CompanyPlan plan = CompanyPlan.build(opt);
    Map<String, Long> rows = new LinkedHashMap<>();
    long broken = 0;
    Path truthDir = outDir.resolve(Datasets.TRUTH);
    try (CsvOut brokenOut = CsvOut.forPeople(truthDir.resolve("broken_rows.csv"),
        Datasets.TRUTH_BROKEN_COLUMNS)) {
      Breaker hrB = new Breaker(Datasets.HR_WORKERS, opt.seed(), opt.brokenRowShare(), brokenOut);
      Breaker payB = new Breaker(Datasets.PAYROLL_PAYMENTS, opt.seed(), opt.brokenRowShare(), brokenOut);
      Breaker devB = new Breaker(Datasets.DEVICES, opt.seed(), opt.brokenRowShare(), brokenOut);
      Breaker authB = new Breaker(Datasets.AUTH_EVENTS, opt.seed(), opt.brokenRowShare(), brokenOut);
      Breaker endB = new Breaker(Datasets.ENDPOINT_EVENTS, opt.seed(), opt.brokenRowShare(), brokenOut);
      try (CsvOut out = table(outDir, Datasets.HR_WORKERS, opt)) {
        writeHr(plan, out, hrB);
        rows.put(Datasets.HR_WORKERS, out.rows());
      }
      try (CsvOut out = table(outDir, Datasets.PAYROLL_PAYMENTS, opt)) {
        writePayroll(plan, out, payB);
        rows.put(Datasets.PAYROLL_PAYMENTS, out.rows());
      }
      try (CsvOut out = table(outDir, Datasets.DEVICES, opt)) {
        writeDevices(plan, out, devB);
        rows.put(Datasets.DEVICES, out.rows());
      }
      try (CsvOut a = table(outDir, Datasets.AUTH_EVENTS, opt);
          CsvOut e = table(outDir, Datasets.ENDPOINT_EVENTS, opt)) {
        new EventWriter(plan, a, e, authB, endB).write();
        rows.put(Datasets.AUTH_EVENTS, a.rows());
        rows.put(Datasets.ENDPOINT_EVENTS, e.rows());
      }
      broken = hrB.count() + payB.count() + devB.count() + authB.count() + endB.count();
    }
    OfacReference.copyTo(outDir.resolve(Datasets.SANCTIONS), opt.gzip());
    int fraud = writeTruth(plan, truthDir);
    writeManifest(plan, truthDir, rows, fraud, broken);
    return new GenerationSummary(outDir, rows, fraud, plan.rings.size(), broken);
  }

  private static CsvOut table(Path dir, String name, GeneratorOptions opt) {
    return new CsvOut(CsvOut.tableFile(dir, name, opt.gzip()), Datasets.columns(name), opt.gzip());
  }

  // ---- hr_workers ---------------------------------------------------------------------------

  private static void writeHr(CompanyPlan plan, CsvOut out, Breaker b) {
    for (Worker w : plan.workers) {
      SplittableRandom r = Rand.stream(plan.opt.seed(), S_HR, w.idx);
      // what HR holds instead (variations) is written with the draws the planned value takes,
      // so the rest of the row keeps its notation
      String nationalId = w.nationalId == null ? null : w.nationalIdIsSsn
          ? Formats.ssn(r, w.hrNationalIdDigits != null ? w.hrNationalIdDigits : w.nationalId)
          : w.nationalId;
      if (w.hrNationalId != null) {
        nationalId = w.hrNationalId;
      }
      String phone = w.phoneIsUsDigits
          ? Formats.usPhone(r, w.hrPhoneDigits != null ? w.hrPhoneDigits : w.phone) : w.phone;
      if (w.hrPhone != null) {
        phone = w.hrPhone;
      }
      String personalEmail = w.hrPersonalEmail != null ? w.hrPersonalEmail : w.personalEmail;
      String type = w.contractor ? "contractor" : "employee";
      if (Rand.chance(r, 0.04)) {
        type = r.nextBoolean() ? type.toUpperCase(Locale.ROOT)
            : Character.toUpperCase(type.charAt(0)) + type.substring(1);
      }
      String[] row = {w.id, Formats.name(r, w.first, w.middle, w.last), w.dob.toString(),
          nationalId, personalEmail == null ? null : Formats.email(r, personalEmail),
          Formats.email(r, w.workEmail), phone, w.home.line1(r), w.home.city(r),
          w.home.region().isEmpty() ? null : w.home.region(r), w.home.postal(r),
          w.home.country(), w.claimedCountry, w.hire.toString(),
          w.term == null ? null : w.term.toString(), type, w.vendor, w.title, w.dept.name(),
          w.managerId, github(r, w.github), hash(r, w.resume), hash(r, w.phash)};
      boolean plain = !w.fraud() && w.benign.isEmpty();
      if (plain && b.roll()) {
        switch (b.kind(4)) {
          case 0 -> {
            row[1] = "";
            b.record(out.row(row), w.id, "missing required value: full_name");
          }
          case 1 -> {
            row[13] = "";
            b.record(out.row(row), w.id, "missing required value: hire_date");
          }
          case 2 -> {
            row[13] = b.badDate();
            b.record(out.row(row), w.id, "unparseable date: hire_date=" + row[13]);
          }
          default -> {
            out.row(row);
            b.record(out.repeatLast(), w.id, "duplicate key: worker_id");
          }
        }
        continue;
      }
      out.row(row);
    }
  }

  private static String github(SplittableRandom r, String handle) {
    if (handle == null) {
      return null;
    }
    return switch (r.nextInt(8)) {
      case 0 -> "@" + handle;
      case 1 -> "https://github.com/" + handle;
      case 2 -> "github.com/" + handle;
      case 3 -> handle.substring(0, 1).toUpperCase(Locale.ROOT) + handle.substring(1);
      default -> handle;
    };
  }

  private static String hash(SplittableRandom r, String hex) {
    if (hex == null) {
      return null;
    }
    return Rand.chance(r, 0.1) ? hex.toUpperCase(Locale.ROOT) : hex;
  }

  // ---- payroll_payments ---------------------------------------------------------------------

  private static void writePayroll(CompanyPlan plan, CsvOut out, Breaker b) {
    long seq = 0;
    LocalDate asOf = plan.opt.asOf();
    for (Worker w : plan.workers) {
      SplittableRandom r = Rand.stream(plan.opt.seed(), S_PAYROLL, w.idx);
      LocalDate from = w.payouts.get(0).from();
      LocalDate to = w.term != null && w.term.isBefore(asOf) ? w.term : asOf;
      boolean semiMonthly = w.contractor && !w.employeePaySchedule;
      double perPeriod = semiMonthly ? w.salary / 24.0 : w.salary / 26.0;
      double net = w.contractor ? 1.0 : 0.68 + 0.08 * r.nextDouble();
      // dirty-case variants of platform ids, fixed per payout as a payroll system stores them
      Map<Worker.Payout, String> platformShown = new LinkedHashMap<>();
      for (LocalDate pay : payDates(semiMonthly, from, to)) {
        Worker.Payout p = w.payoutOn(pay);
        double amount = perPeriod * net * (0.985 + 0.03 * r.nextDouble()) * fx(p.currency());
        String platform = p.platform() == null ? null : platformShown.computeIfAbsent(p,
            k -> k.platform().contains("@") ? Formats.email(r, k.platform()) : k.platform());
        String id = Rand.pad("PAY", ++seq, 9);
        String[] row = {id, w.id, pay.toString(), money(amount),
            p.currency(), p.method(), p.routing(), p.account(), p.iban(), p.holder(), platform,
            p.wallet()};
        if (!w.fraud() && b.roll()) {
          switch (b.kind(6)) {
            case 0 -> {
              row[1] = "";
              b.record(out.row(row), id, "missing required value: worker_id");
            }
            case 1 -> {
              row[3] = "";
              b.record(out.row(row), id, "missing required value: amount");
            }
            case 2 -> {
              row[2] = b.badDate();
              b.record(out.row(row), id, "unparseable date: pay_date=" + row[2]);
            }
            case 3 -> {
              row[3] = b.badAmount();
              b.record(out.row(row), id, "unparseable decimal: amount=" + row[3]);
            }
            case 4 -> {
              row[4] = "";
              b.record(out.row(row), id, "missing required value: currency");
            }
            default -> {
              out.row(row);
              b.record(out.repeatLast(), id, "duplicate key: payment_id");
            }
          }
          continue;
        }
        out.row(row);
      }
    }
  }

  static String money(double amount) {
    long cents = Math.round(amount * 100);
    return (cents / 100) + "." + Rand.pad("", cents % 100, 2);
  }

  /** Rough exchange rates from USD, for contractors paid in their own currency. */
  private static double fx(String currency) {
    return switch (currency) {
      case "CAD" -> 1.38;
      case "GBP" -> 0.79;
      case "EUR" -> 0.92;
      case "MXN" -> 18.4;
      // currencies of the generator variations' contractors abroad
      case "INR" -> 84.5;
      case "PHP" -> 58.5;
      case "BRL" -> 5.8;
      case "PLN" -> 4.0;
      case "UAH" -> 41.3;
      case "ARS" -> 1000.0;
      case "COP" -> 4300.0;
      case "PKR" -> 278.0;
      case "EGP" -> 49.5;
      case "NGN" -> 1600.0;
      case "VND" -> 25400.0;
      default -> 1.0;
    };
  }

  /** Employees: every other Friday. Contractors: the 15th and the month's last day (business days). */
  static List<LocalDate> payDates(boolean semiMonthly, LocalDate from, LocalDate to) {
    List<LocalDate> out = new java.util.ArrayList<>();
    if (semiMonthly) {
      for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
        for (LocalDate d : new LocalDate[] {m.withDayOfMonth(15), m.withDayOfMonth(m.lengthOfMonth())}) {
          LocalDate biz = d;
          while (biz.getDayOfWeek() == DayOfWeek.SATURDAY || biz.getDayOfWeek() == DayOfWeek.SUNDAY) {
            biz = biz.minusDays(1);
          }
          if (!biz.isBefore(from) && !biz.isAfter(to)) {
            out.add(biz);
          }
        }
      }
    } else {
      long k = Math.floorDiv(from.toEpochDay() - BIWEEKLY_ANCHOR.toEpochDay() + 13, 14);
      for (LocalDate d = BIWEEKLY_ANCHOR.plusDays(14 * k); !d.isAfter(to); d = d.plusDays(14)) {
        if (!d.isBefore(from)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  // ---- devices ------------------------------------------------------------------------------

  private static void writeDevices(CompanyPlan plan, CsvOut out, Breaker b) {
    for (Worker w : plan.workers) {
      for (Worker.Device d : w.devices) {
        deviceRow(plan, out, b, d, w);
      }
    }
    for (Worker.Device d : plan.spareDevices) {
      deviceRow(plan, out, b, d, null);
    }
  }

  private static void deviceRow(CompanyPlan plan, CsvOut out, Breaker b, Worker.Device d,
      Worker w) {
    SplittableRandom r = Rand.stream(plan.opt.seed(), S_DEVICES, d.id.hashCode());
    Formats.Address a = d.shipTo;
    String[] row = {d.id, Rand.chance(r, 0.08) ? d.serial.toLowerCase(Locale.ROOT) : d.serial,
        w != null && d.assigned ? w.id : null, d.model.name(), Formats.mac(r, d.mac12),
        d.shipped.toString(), a.line1(r), a.city(r), a.region().isEmpty() ? null : a.region(r),
        a.postal(r), a.country()};
    if ((w == null || !w.fraud()) && b.roll()) {
      if (b.kind(2) == 0) {
        row[0] = "";
        b.record(out.row(row), d.id, "missing required value: device_id");
      } else {
        out.row(row);
        b.record(out.repeatLast(), d.id, "duplicate key: device_id");
      }
      return;
    }
    out.row(row);
  }

  // ---- truth --------------------------------------------------------------------------------

  private static int writeTruth(CompanyPlan plan, Path dir) {
    int fraud = 0;
    try (CsvOut out = CsvOut.forPeople(dir.resolve("workers.csv"), Datasets.TRUTH_WORKER_COLUMNS)) {
      for (Worker w : plan.workers) {
        if (w.fraud()) {
          fraud++;
        }
        out.row(w.id, Boolean.toString(w.fraud()), w.fraud() ? w.ring.id : null, w.tacticList(),
            w.benignList());
      }
    }
    try (CsvOut out = CsvOut.forPeople(dir.resolve("rings.csv"), Datasets.TRUTH_RING_COLUMNS)) {
      for (Ring ring : plan.rings) {
        StringBuilder fac = new StringBuilder();
        fac.append("facilitator ").append(ring.facilitatorName()).append(", home ")
            .append(ring.facAddress.plain()).append(", home ISP IP ").append(ring.facIp)
            .append(", bank ").append(ring.facRouting == null ? "" : ring.facRouting + "/")
            .append(ring.facAccount)
            .append(", ").append(ring.platform).append(' ').append(ring.platformAccount);
        if (ring.members.stream().anyMatch(w -> w.has(Tactics.CRYPTO_PAYOUT))) {
          fac.append(", wallet ").append(ring.ringWallet);
        }
        if (ring == plan.sanctionedVendorRing) {
          fac.append("; supplied by vendor '").append(plan.sanctionedVendor).append('\'');
        }
        if (plan.sanctionedWalletWorker != null && plan.sanctionedWalletWorker.ring == ring) {
          OfacReference.SanctionedWallet sw = plan.sanctionedWallet;
          fac.append("; worker ").append(plan.sanctionedWalletWorker.id).append(" paid to SDN ")
              .append(sw.currency()).append(" address ").append(sw.address()).append(" of ent ")
              .append(sw.entNum()).append(' ').append(sw.entryName());
        }
        out.row(ring.id, Integer.toString(ring.members.size()), ring.tacticList(), fac.toString());
      }
    }
    return fraud;
  }

  private static void writeManifest(CompanyPlan plan, Path dir, Map<String, Long> rows,
      int fraud, long broken) {
    GeneratorOptions o = plan.opt;
    StringBuilder j = new StringBuilder();
    j.append("{\n  \"generator\": \"").append(VERSION).append("\",\n  \"options\": {")
        .append("\"workers\": ").append(o.workers())
        .append(", \"seed\": ").append(o.seed())
        .append(", \"as_of\": \"").append(o.asOf()).append('"')
        .append(", \"event_days\": ").append(o.eventDays())
        .append(", \"broken_row_share\": ").append(o.brokenRowShare())
        .append(", \"gzip\": ").append(o.gzip());
    if (o.seriesDays() > 0) { // absent for the base company (its manifest unchanged)
      j.append(", \"series_days\": ").append(o.seriesDays());
    }
    if (!o.variations().isEmpty()) { // absent without variations: the base manifest is unchanged
      j.append(", \"variations\": [");
      boolean firstV = true;
      for (Variation v : o.variations()) {
        j.append(firstV ? "" : ", ").append('"').append(v.id()).append('"');
        firstV = false;
      }
      j.append("], \"company_country\": \"").append(plan.companyCountry).append('"');
    }
    j.append("},\n  \"event_window\": {\"first_day\": \"")
        .append(plan.windowStart).append("\", \"last_day\": \"")
        .append(plan.windowStart.plusDays(plan.windowDays - 1L)).append("\"},\n  \"rows\": {");
    boolean first = true;
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      j.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": ").append(e.getValue());
      first = false;
    }
    j.append("},\n  \"fraud_workers\": ").append(fraud)
        .append(",\n  \"rings\": ").append(plan.rings.size())
        .append(",\n  \"broken_rows\": ").append(broken)
        .append(",\n  \"sanctioned_vendor\": ").append(quote(plan.sanctionedVendor))
        .append(",\n  \"sanctioned_wallet\": ")
        .append(plan.sanctionedWallet == null ? "null" : quote(plan.sanctionedWallet.address()))
        .append(",\n  \"sanctioned_wallet_worker\": ")
        .append(plan.sanctionedWalletWorker == null ? "null" : quote(plan.sanctionedWalletWorker.id))
        .append("\n}\n");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("manifest.json"), j.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    return s == null ? "null" : '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
