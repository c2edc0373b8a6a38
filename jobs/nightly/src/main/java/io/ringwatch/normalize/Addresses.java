package io.ringwatch.normalize;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Postal addresses to a comparable key, so "12 North Main Street, Apt. 4B" and
 * "12 N Main St #4b" meet. The street line is folded (Unicode NFKC, lower case, punctuation out)
 * and each word replaced by its USPS abbreviation (Street → st, Avenue → ave, North → n, …); all
 * unit designators (Apartment, Apt, #, Suite, Ste, Unit, …) become {@code apt}. The key is the
 * street tokens, then {@code |} and the ZIP5 (from ZIP or ZIP+4) when there is a postal code,
 * otherwise city and region: {@code 12 n main st apt 4b|94105}.
 */
public final class Addresses {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"),
      Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("avn", "ave"),
      Map.entry("road", "rd"), Map.entry("boulevard", "blvd"), Map.entry("boul", "blvd"),
      Map.entry("drive", "dr"), Map.entry("drv", "dr"), Map.entry("lane", "ln"),
      Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("parkway", "pkwy"),
      Map.entry("highway", "hwy"), Map.entry("circle", "cir"), Map.entry("terrace", "ter"),
      Map.entry("square", "sq"), Map.entry("trail", "trl"), Map.entry("expressway", "expy"),
      Map.entry("freeway", "fwy"), Map.entry("turnpike", "tpke"), Map.entry("plaza", "plz"),
      Map.entry("point", "pt"), Map.entry("mount", "mt"), Map.entry("heights", "hts"),
      Map.entry("center", "ctr"), Map.entry("centre", "ctr"), Map.entry("crossing", "xing"),
      Map.entry("apartment", "apt"), Map.entry("apartments", "apt"), Map.entry("suite", "apt"),
      Map.entry("ste", "apt"), Map.entry("unit", "apt"), Map.entry("room", "apt"),
      Map.entry("rm", "apt"), Map.entry("no", "apt"), Map.entry("number", "apt"),
      Map.entry("flat", "apt"), Map.entry("floor", "fl"),
      Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"),
      Map.entry("west", "w"), Map.entry("northeast", "ne"), Map.entry("northwest", "nw"),
      Map.entry("southeast", "se"), Map.entry("southwest", "sw"),
      Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"));

  /**
   * Street lines (folded: lower case, punctuation as spaces) that are no address: besides the
   * placeholder words of {@link JunkValues}, what HR types for a worker who works from anywhere
   * or whose address is elsewhere on the form.
   */
  static final Set<String> PLACEHOLDER_LINES = Set.of("remote", "remote worker", "fully remote", "remote work",
      "work from home", "wfh", "home", "same as home", "same as home address", "same as above", "see above",
      "as above", "same address", "see home address", "various", "anywhere", "not provided", "address",
      "no address", "homeless", "unknown address", "address unknown", "n a n a", "na na", "tbd tbd");

  private Addresses() {}

  /**
   * One of the company's offices ({@code ringwatch.normalize.company-offices}): a street line, a
   * postal code or both, and optionally a country. An address is at the office when each given
   * part matches: the street line as {@link #line} makes it, ignoring any unit, suite or floor
   * after the street (every suite of the building is the office: "100 Market St, Suite 300",
   * "… Floor 3" and "… Piso 3" are the office "100 Market Street"); the postal code as
   * {@link #postal} makes it.
   */
  public record Office(String line1, String postalCode, String country) implements Serializable {
    /** True when the address is at this office. */
    public boolean matches(String line1, String postalCode, String country) {
      if (this.country != null && country != null && !this.country.equalsIgnoreCase(country.trim())) {
        return false;
      }
      String mine = street(line(this.line1));
      String theirs = street(line(line1));
      if (mine != null && (theirs == null || !(theirs.equals(mine) || theirs.startsWith(mine + " ")))) {
        return false;
      }
      String zip = postal(this.postalCode, this.country == null ? country : this.country);
      if (mine == null && zip == null) {
        return false;
      }
      return zip == null || zip.equals(postal(postalCode, country));
    }
  }

  /**
   * Why the address is no one's own address, or null when it can be one (or has no street line):
   * a placeholder in the street line ("N/A", "none", "unknown", "TBD", "Remote", "same as above",
   * "see above", "same", "not provided", "-", "0", one character repeated), or one of the
   * company's {@code offices}. HR fills a remote worker's home with these; laptops shipped to an
   * office are normal. Several workers holding one of them ties no one.
   */
  public static String junkReason(String line1, String postalCode, String country, Collection<Office> offices) {
    if (line1 == null || line1.isBlank()) {
      return null;
    }
    String folded = JunkValues.fold(line1);
    if (JunkValues.PLACEHOLDER_TEXT.contains(folded) || PLACEHOLDER_LINES.contains(folded)) {
      return "placeholder value: '" + folded + "'";
    }
    String compact = folded.replace(" ", "");
    if (compact.isEmpty() || compact.chars().allMatch(c -> c == '0')) {
      return "placeholder value: no street line";
    }
    if (compact.length() > 1 && compact.chars().distinct().count() == 1) {
      return "placeholder value: one character repeated";
    }
    if (offices != null) {
      for (Office o : offices) {
        if (o.matches(line1, postalCode, country)) {
          return "a company office";
        }
      }
    }
    return null;
  }

  /** The street of a {@link #line}: the tokens before the first unit or floor designator. */
  static String street(String line) {
    if (line == null) {
      return null;
    }
    List<String> tokens = Arrays.asList(line.split(" "));
    int cut = tokens.size();
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).equals("apt") || tokens.get(i).equals("fl")) {
        cut = i;
        break;
      }
    }
    return String.join(" ", tokens.subList(0, cut));
  }

  /** The street line as comparable tokens, or null when it has none. */
  public static String line(String line1) {
    if (line1 == null) {
      return null;
    }
    // Full case folding: "Straße" and "STRASSE" are one street (lower-casing keeps the ß).
    String s = com.ibm.icu.lang.UCharacter.foldCase(Normalizer.normalize(line1, Normalizer.Form.NFKC), true)
        .replace("#", " apt ")
        .replaceAll("['\u2019]", "")
        .replaceAll("\\bp\\.?\\s*o\\.?\\s*box\\b", " pobox ")
        .replaceAll("[^\\p{L}\\p{N}\\s]", " ");
    List<String> out = new ArrayList<>();
    for (String token : s.trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      String t = WORDS.getOrDefault(token, token);
      // "apt apt 4" from "Apt. #4": one designator is enough.
      if (t.equals("apt") && !out.isEmpty() && out.get(out.size() - 1).equals("apt")) {
        continue;
      }
      out.add(t);
    }
    return out.isEmpty() ? null : String.join(" ", out);
  }

  /**
   * The comparable key of a postal address; null when the street line is missing. A US ZIP or
   * ZIP+4 contributes its first five digits; another postal code its upper-case alphanumerics.
   */
  public static String key(String line1, String city, String region, String postalCode, String country) {
    String street = line(line1);
    if (street == null) {
      return null;
    }
    String zip = postal(postalCode, country);
    if (zip != null) {
      return street + "|" + zip;
    }
    String c = fold(city);
    String r = fold(region);
    return street + "|" + (c == null ? "" : c) + "|" + (r == null ? "" : r);
  }

  /** ZIP5 for a US code (ZIP, ZIP+4, ZIP9), upper-case alphanumerics otherwise; null when none. */
  public static String postal(String postalCode, String country) {
    if (postalCode == null) {
      return null;
    }
    String p = postalCode.trim().toUpperCase(Locale.ROOT);
    boolean us = country == null || country.isBlank() || country.trim().equalsIgnoreCase("US");
    if (us && p.matches("\\d{5}([\\s-]?\\d{4})?")) {
      return p.substring(0, 5);
    }
    String alnum = p.replaceAll("[^\\p{Alnum}]", "");
    return alnum.isEmpty() ? null : alnum;
  }

  private static String fold(String s) {
    if (s == null) {
      return null;
    }
    String f = com.ibm.icu.lang.UCharacter.foldCase(Normalizer.normalize(s, Normalizer.Form.NFKC), true)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return f.isEmpty() ? null : f;
  }
}
