package io.ringwatch.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  private Addresses() {}

  /** The street line as comparable tokens, or null when it has none. */
  public static String line(String line1) {
    if (line1 == null) {
      return null;
    }
    String s = Normalizer.normalize(line1, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
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
    String f = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return f.isEmpty() ? null : f;
  }
}
