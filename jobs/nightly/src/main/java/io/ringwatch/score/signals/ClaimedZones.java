package io.ringwatch.score.signals;

import com.ibm.icu.util.TimeZone;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a worker's claimed place of work keeps, so working hours are judged against the
 * worker's own day whichever country they claim: a US state or Canadian province, an Australian
 * or Brazilian state, else the country's zone (ICU's list of the country's zones; for countries
 * that span several, the zone most of its people live in). Null when the country is unknown.
 */
public final class ClaimedZones {
  private static final Map<String, String> REGION_ZONES = new HashMap<>();
  /** Countries with several zones: the zone of the capital or of most of the population. */
  private static final Map<String, String> COUNTRY_DEFAULTS = new HashMap<>();

  static {
    zones("US", "America/New_York", "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV");
    zones("US", "America/Chicago", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI");
    zones("US", "America/Denver", "CO MT NM UT WY ID");
    zones("US", "America/Phoenix", "AZ");
    zones("US", "America/Los_Angeles", "CA NV OR WA");
    zones("US", "America/Anchorage", "AK");
    zones("US", "Pacific/Honolulu", "HI");
    zones("US", "America/Puerto_Rico", "PR");
    zones("CA", "America/Toronto", "ON QC");
    zones("CA", "America/Halifax", "NS NB PE");
    zones("CA", "America/St_Johns", "NL");
    zones("CA", "America/Winnipeg", "MB");
    zones("CA", "America/Regina", "SK");
    zones("CA", "America/Edmonton", "AB NT");
    zones("CA", "America/Vancouver", "BC YT");
    zones("CA", "America/Iqaluit", "NU");
    String[] defaults = {"US America/Chicago", "CA America/Toronto", "MX America/Mexico_City",
        "BR America/Sao_Paulo", "AR America/Argentina/Buenos_Aires", "CL America/Santiago", "EC America/Guayaquil",
        "RU Europe/Moscow", "UA Europe/Kiev", "KZ Asia/Almaty", "UZ Asia/Tashkent", "MN Asia/Ulaanbaatar",
        "CN Asia/Shanghai", "ID Asia/Jakarta", "MY Asia/Kuala_Lumpur", "AU Australia/Sydney",
        "NZ Pacific/Auckland", "ES Europe/Madrid", "PT Europe/Lisbon", "DE Europe/Berlin", "NL Europe/Amsterdam",
        "FR Europe/Paris", "GB Europe/London", "DK Europe/Copenhagen", "CD Africa/Kinshasa", "CY Asia/Nicosia",
        "PS Asia/Gaza", "GL America/Nuuk", "PG Pacific/Port_Moresby", "FM Pacific/Pohnpei", "KI Pacific/Tarawa",
        "PF Pacific/Tahiti", "MH Pacific/Majuro", "UM Pacific/Honolulu"};
    for (String d : defaults) {
      COUNTRY_DEFAULTS.put(d.substring(0, 2), d.substring(3));
    }
  }

  private ClaimedZones() {}

  private static void zones(String country, String zone, String regions) {
    for (String r : regions.split(" ")) {
      REGION_ZONES.put(country + "/" + r, zone);
    }
  }

  /**
   * The IANA zone of a claimed country (ISO alpha-2, any case) and region (state or province,
   * code or name, may be null); null when the country is unknown.
   */
  public static String zone(String country, String region) {
    String c = Regions.country(country);
    if (c == null || c.length() != 2) {
      return null;
    }
    String r = Regions.region(region);
    if (r != null) {
      String z = REGION_ZONES.get(c + "/" + r);
      if (z != null) {
        return z;
      }
    }
    String z = COUNTRY_DEFAULTS.get(c);
    if (z != null) {
      return z;
    }
    String[] ids = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        c.toUpperCase(Locale.ROOT), null).toArray(new String[0]);
    if (ids.length == 0) {
      return null;
    }
    Arrays.sort(ids);
    return ids[0];
  }
}
