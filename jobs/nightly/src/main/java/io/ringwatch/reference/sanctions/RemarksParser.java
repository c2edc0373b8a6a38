package io.ringwatch.reference.sanctions;

import io.ringwatch.reference.sanctions.SanctionsEntry.Dob;
import io.ringwatch.reference.sanctions.SanctionsEntry.IdDocument;
import io.ringwatch.reference.sanctions.SanctionsEntry.Wallet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the identifiers OFAC writes into the free-text {@code Remarks} of the legacy
 * {@code sdn.csv}: items separated by {@code ;} (sometimes by {@code . } before the next
 * keyword), each starting with a keyword, optionally prefixed with {@code alt.}:
 * {@code DOB 25 Nov 1983}, {@code DOB circa 1970}, {@code DOB 1970 to 1972}, {@code POB …},
 * {@code nationality …}, {@code citizen …}, {@code Gender Male}, {@code Passport 109484100 (Korea,
 * North) expires …}, {@code National ID No. … (Iran)}, {@code Email Address …}, {@code Website …},
 * {@code Phone Number …}/{@code Telephone …}, {@code Digital Currency Address - XBT 1A1z…},
 * {@code Linked To: …}, and weak aliases {@code a.k.a. 'X'} (also f.k.a., n.k.a., d.b.a.).
 * Items it does not know (registration numbers, vessel data, directives) are left in the
 * remarks text.
 */
public final class RemarksParser {
  private RemarksParser() {}

  /** The identifiers found in one remark. Lists are in published order. */
  public static final class Parsed {
    public final List<Dob> dobs = new ArrayList<>();
    public final List<String> unparsedDobs = new ArrayList<>();
    public final List<String> placesOfBirth = new ArrayList<>();
    public final List<String> nationalities = new ArrayList<>();
    public final List<String> citizenships = new ArrayList<>();
    public String gender;
    public final List<IdDocument> passports = new ArrayList<>();
    public final List<IdDocument> nationalIds = new ArrayList<>();
    public final List<String> emails = new ArrayList<>();
    public final List<String> phones = new ArrayList<>();
    public final List<String> websites = new ArrayList<>();
    public final List<Wallet> wallets = new ArrayList<>();
    public final List<String> linkedTo = new ArrayList<>();
    /** Weak aliases as {kind, name}. */
    public final List<String[]> weakAliases = new ArrayList<>();
  }

  private static final String KEYWORDS = "(?:alt\\.\\s+)?(?:DOB|POB|Gender|[Nn]ationality|citizen|Passport"
      + "|National ID|Email Address|Website|Phone Number|Telephone|Digital Currency Address|Linked To"
      + "|Registration|Tax ID|Identification Number|a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.|d\\.b\\.a\\.)\\b";
  /** A period that ends an item: followed by the keyword of the next item. */
  private static final Pattern ITEM_PERIOD = Pattern.compile("\\.\\s+(?=" + KEYWORDS + ")");

  private static final Pattern ALT = Pattern.compile("^alt\\.\\s+");
  private static final Pattern WEAK = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.|d\\.b\\.a\\.)\\s*'(.*)'\\.?$");
  private static final Pattern WALLET = Pattern.compile("^Digital Currency Address\\s*-\\s*([A-Za-z0-9]+)\\s+(\\S+?)\\.?$");
  private static final Pattern DOC = Pattern.compile("^(\\S+?)\\.?(?:\\s+\\(([^)]*)\\))?(?:\\s.*)?$");
  private static final Map<String, String> ID_KEYWORDS = Map.of(
      "National ID No.", "National ID No.",
      "Identification Number", "Identification Number",
      "Cedula No.", "Cedula No.",
      "C.U.R.P.", "C.U.R.P.",
      "D.N.I.", "D.N.I.",
      "Personal ID Card", "Personal ID Card",
      "SSN", "SSN");

  public static Parsed parse(String remarks) {
    Parsed p = new Parsed();
    if (remarks == null || remarks.isBlank()) {
      return p;
    }
    for (String part : remarks.split(";")) {
      for (String item : ITEM_PERIOD.split(part)) {
        item(p, item.trim());
      }
    }
    return p;
  }

  private static void item(Parsed p, String raw) {
    if (raw.isEmpty()) {
      return;
    }
    Matcher weak = WEAK.matcher(raw);
    if (weak.matches()) {
      String kind = weak.group(1).replace(".", "");
      p.weakAliases.add(new String[] {kind, weak.group(2).trim()});
      return;
    }
    String s = ALT.matcher(raw).replaceFirst("");
    String v;
    if ((v = after(s, "DOB")) != null) {
      Dob dob = parseDob(v);
      if (dob != null) {
        p.dobs.add(dob);
      } else {
        p.unparsedDobs.add(v);
      }
    } else if ((v = after(s, "POB")) != null) {
      p.placesOfBirth.add(stripPeriod(v));
    } else if ((v = after(s, "nationality")) != null || (v = after(s, "Nationality")) != null) {
      p.nationalities.add(stripPeriod(v));
    } else if ((v = after(s, "citizen")) != null) {
      p.citizenships.add(stripPeriod(v));
    } else if ((v = after(s, "Gender")) != null) {
      p.gender = stripPeriod(v);
    } else if ((v = after(s, "Passport")) != null) {
      IdDocument d = doc(v);
      if (d != null) {
        p.passports.add(d);
      }
    } else if ((v = after(s, "Email Address")) != null) {
      String e = stripPeriod(v.split("\\s+")[0]);
      if (!e.isEmpty()) {
        p.emails.add(e);
      }
    } else if ((v = after(s, "Website")) != null) {
      String w = stripPeriod(v.split("\\s+")[0]);
      if (!w.isEmpty()) {
        p.websites.add(w);
      }
    } else if ((v = after(s, "Phone Number")) != null || (v = after(s, "Telephone No.")) != null
        || (v = after(s, "Telephone Number")) != null || (v = after(s, "Telephone")) != null) {
      p.phones.add(stripPeriod(v));
    } else if (s.startsWith("Digital Currency Address")) {
      Matcher m = WALLET.matcher(s);
      if (m.matches()) {
        p.wallets.add(new Wallet(m.group(1).toUpperCase(Locale.ROOT), m.group(2)));
      }
    } else if (s.startsWith("Linked To:")) {
      String t = s.substring("Linked To:".length()).trim();
      if (!t.isEmpty()) {
        p.linkedTo.add(t);
      }
    } else {
      for (var kw : ID_KEYWORDS.entrySet()) {
        if ((v = after(s, kw.getKey())) != null) {
          IdDocument d = doc(v);
          if (d != null) {
            p.nationalIds.add(new IdDocument(d.number(), d.country(), kw.getValue() + " " + d.text()));
          }
          return;
        }
      }
    }
  }

  /** The text after {@code keyword} (and an optional colon), or null if s does not start with it. */
  private static String after(String s, String keyword) {
    if (!s.startsWith(keyword)) {
      return null;
    }
    String rest = s.substring(keyword.length());
    if (!rest.isEmpty() && !(rest.charAt(0) == ' ' || rest.charAt(0) == ':')) {
      return null;
    }
    rest = rest.startsWith(":") ? rest.substring(1) : rest;
    rest = rest.trim();
    return rest.isEmpty() ? null : rest;
  }

  private static String stripPeriod(String v) {
    String t = v.trim();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  private static IdDocument doc(String v) {
    Matcher m = DOC.matcher(v.trim());
    if (!m.matches()) {
      return null;
    }
    return new IdDocument(m.group(1), m.group(2), stripPeriod(v));
  }

  private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})");
  private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3}) (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "oct", "nov", "dec");

  /**
   * Parses the value of a DOB item: {@code 25 Nov 1983}, {@code Nov 1983}, {@code 1983},
   * {@code circa 1983}, ranges {@code 1970 to 1972} / {@code 01 Jan 1970 to 31 Dec 1971} /
   * {@code 1970-1972}. Null when the value is none of these.
   */
  public static Dob parseDob(String value) {
    String v = stripPeriod(value);
    boolean circa = false;
    if (v.toLowerCase(Locale.ROOT).startsWith("circa")) {
      circa = true;
      v = v.substring(5).trim();
    }
    String[] range = v.split("\\s+to\\s+|(?<=\\d{4})\\s*-\\s*(?=\\d{4})");
    if (range.length > 2) {
      return null;
    }
    LocalDate[] a = period(range[0].trim());
    LocalDate[] b = range.length == 2 ? period(range[1].trim()) : a;
    if (a == null || b == null || b[1].isBefore(a[0])) {
      return null;
    }
    return new Dob(a[0], b[1], circa, stripPeriod(value));
  }

  /** First and last day of a day, month or year, or null. */
  private static LocalDate[] period(String s) {
    try {
      Matcher m = DAY.matcher(s);
      if (m.matches()) {
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
          return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        return new LocalDate[] {d, d};
      }
      m = MONTH.matcher(s);
      if (m.matches()) {
        int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
          return null;
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
