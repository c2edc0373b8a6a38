package io.ringwatch.score.signals;

import io.ringwatch.normalize.Countries;
import java.util.HashMap;
import java.util.Map;

/**
 * Comparable forms of the country and the region (state, province) of a postal address, so that
 * "Texas" and "TX", or "USA" and "US", are the same place. Exports write them either way.
 */
public final class Regions {
  private static final Map<String, String> REGIONS = new HashMap<>();

  static {
    String[] us = {"AL Alabama", "AK Alaska", "AZ Arizona", "AR Arkansas", "CA California", "CO Colorado",
        "CT Connecticut", "DE Delaware", "DC District of Columbia", "FL Florida", "GA Georgia", "HI Hawaii",
        "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa", "KS Kansas", "KY Kentucky", "LA Louisiana", "ME Maine",
        "MD Maryland", "MA Massachusetts", "MI Michigan", "MN Minnesota", "MS Mississippi", "MO Missouri",
        "MT Montana", "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey", "NM New Mexico",
        "NY New York", "NC North Carolina", "ND North Dakota", "OH Ohio", "OK Oklahoma", "OR Oregon",
        "PA Pennsylvania", "RI Rhode Island", "SC South Carolina", "SD South Dakota", "TN Tennessee", "TX Texas",
        "UT Utah", "VT Vermont", "VA Virginia", "WA Washington", "WV West Virginia", "WI Wisconsin", "WY Wyoming",
        "PR Puerto Rico",
        // Canadian provinces and territories
        "AB Alberta", "BC British Columbia", "MB Manitoba", "NB New Brunswick", "NL Newfoundland and Labrador",
        "NS Nova Scotia", "NT Northwest Territories", "NU Nunavut", "ON Ontario", "PE Prince Edward Island",
        "QC Quebec", "SK Saskatchewan", "YT Yukon"};
    for (String s : us) {
      String code = s.substring(0, 2);
      REGIONS.put(Countries.fold(s.substring(3)), code);
      REGIONS.put(Countries.fold(code), code);
    }
  }

  private Regions() {}

  /** The two-letter code of a US state or Canadian province written either way; else the folded text; null when blank. */
  public static String region(String region) {
    String f = Countries.fold(region);
    return f == null ? null : REGIONS.getOrDefault(f, f);
  }

  /** The ISO alpha-2 code of a country in any usual notation ({@link Countries}); else the folded text; null when blank. */
  public static String country(String country) {
    String c = Countries.alpha2(country);
    return c != null ? c : Countries.fold(country);
  }
}
