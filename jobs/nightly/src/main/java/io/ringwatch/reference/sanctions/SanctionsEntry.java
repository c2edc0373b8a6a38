package io.ringwatch.reference.sanctions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a sanctions list, with everything the OFAC legacy files say about it: the
 * primary name, aliases from {@code alt.csv} (strong) and from the remarks (weak a.k.a.'s),
 * addresses from {@code add.csv}, and the identifiers written into the remarks. Values are as
 * published (trimmed); comparison keys are made by the matchers, not stored here.
 *
 * @param uid        {@code OFAC-SDN:<ent_num>}
 * @param entNum     OFAC's entity number
 * @param source     file the row came from (e.g. {@code sdn.csv})
 * @param remarks    remarks with the {@code sdn_comments.csv} continuation appended, or null
 * @param citesNorthKoreaRegulations remarks cite the North Korea Sanctions Regulations (31 CFR 510)
 */
public record SanctionsEntry(
    String uid,
    String entNum,
    String source,
    String primaryName,
    Type type,
    List<String> programs,
    String title,
    List<Alias> aliases,
    List<Address> addresses,
    List<Dob> dobs,
    List<String> placesOfBirth,
    List<String> nationalities,
    List<String> citizenships,
    String gender,
    List<IdDocument> passports,
    List<IdDocument> nationalIds,
    List<String> emails,
    List<String> phones,
    List<String> websites,
    List<Wallet> wallets,
    List<String> linkedTo,
    boolean citesNorthKoreaRegulations,
    String remarks) implements Serializable {

  /** OFAC's SDN_Type; the legacy files leave it empty ({@code -0-}) for entities. */
  public enum Type {
    INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT;

    public static Type of(String sdnType) {
      if (sdnType == null) {
        return ENTITY;
      }
      return switch (sdnType.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "individual" -> INDIVIDUAL;
        case "vessel" -> VESSEL;
        case "aircraft" -> AIRCRAFT;
        default -> ENTITY;
      };
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * An alternative name. {@code kind} is {@code aka}, {@code fka} or {@code nka} (also
   * {@code dba}); {@code weak} for low-quality a.k.a.'s that OFAC quotes in the remarks.
   */
  public record Alias(String name, String kind, boolean weak) implements Serializable {}

  public record Address(String street, String cityStatePostal, String country, String remarks)
      implements Serializable {
    public String oneLine() {
      StringBuilder sb = new StringBuilder();
      for (String p : new String[] {street, cityStatePostal, country}) {
        if (p != null) {
          sb.append(sb.length() > 0 ? ", " : "").append(p);
        }
      }
      return sb.toString();
    }
  }

  /**
   * A date of birth as published: an exact day, a month, a year, or a range ({@code 1970 to
   * 1972}); {@code circa} when OFAC says so. {@code from}/{@code to} are the first and last day
   * covered; {@code text} is the published form.
   */
  public record Dob(LocalDate from, LocalDate to, boolean circa, String text) implements Serializable {
    /** True when {@code date} falls in the range, widened by {@code circaYears} for circa dates. */
    public boolean covers(LocalDate date, int circaYears) {
      LocalDate lo = circa ? from.minusYears(circaYears) : from;
      LocalDate hi = circa ? to.plusYears(circaYears) : to;
      return !date.isBefore(lo) && !date.isAfter(hi);
    }

    /** True when the whole year of {@code year} overlaps the range (for year-only inputs). */
    public boolean coversYear(int year, int circaYears) {
      int lo = from.getYear() - (circa ? circaYears : 0);
      int hi = to.getYear() + (circa ? circaYears : 0);
      return year >= lo && year <= hi;
    }
  }

  /** A passport or national id; {@code country} as published in parentheses, or null. */
  public record IdDocument(String number, String country, String text) implements Serializable {}

  /** A digital currency address; {@code currency} is OFAC's code (XBT, ETH, USDT, TRX, …). */
  public record Wallet(String currency, String address) implements Serializable {}

  /** Every name of the entry, primary first, as (name, kind, weak) aliases. */
  public List<Alias> allNames() {
    java.util.List<Alias> out = new java.util.ArrayList<>();
    out.add(new Alias(primaryName, "primary", false));
    out.addAll(aliases);
    return out;
  }
}
