package io.ringwatch.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Map;

/** Phone numbers in any notation to E.164 ({@code +14155550123}), with libphonenumber. */
public final class Phones {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Number types that are no person's own phone: a toll-free, premium-rate or shared-cost line,
   * a universal access number (a company's single number) or a voicemail access number belongs
   * to a business or a service, so several workers holding one ties no one. VoIP numbers, personal
   * (follow-me) numbers and pagers are a person's and stay: VoIP is itself a fraud indicator
   * elsewhere, and facilitators hand out VoIP numbers to the identities they run.
   */
  static final Map<PhoneNumberType, String> NOT_PERSONAL = Map.of(
      PhoneNumberType.TOLL_FREE, "toll-free number",
      PhoneNumberType.PREMIUM_RATE, "premium-rate number",
      PhoneNumberType.SHARED_COST, "shared-cost number",
      PhoneNumberType.UAN, "universal access number (a company's)",
      PhoneNumberType.VOICEMAIL, "voicemail access number");

  /**
   * Ofcom's numbers for TV and radio drama (national-number prefixes of +44): 0113-0118, 0121,
   * 0131, 0141, 0151, 0161 496 0xxx, 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx, 029 2018 0xxx,
   * 01632 960xxx, 07700 900xxx, 08081 570xxx, 0909 879 0xxx, 03069 990xxx.
   */
  private static final List<String> GB_DRAMA = List.of("1134960", "1144960", "1154960", "1164960", "1174960",
      "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "1914980", "2079460", "2896496",
      "2920180", "1632960", "7700900", "8081570", "9098790", "3069990");

  private Phones() {}

  /**
   * The E.164 form of {@code raw}, read in {@code defaultRegion} (ISO-3166 alpha-2) when it has
   * no country code; null when it is empty, unparseable or not a possible number.
   */
  public static String toE164(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), region(defaultRegion));
      if (!UTIL.isPossibleNumber(number)) {
        return null;
      }
      return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * Why {@code raw} (read as {@link #toE164} reads it) is no real person's phone, or null when it
   * can be one (or is empty). In this order:
   * <ol>
   *   <li>a placeholder word ("n/a", "none", …) or no digits at all;</li>
   *   <li>digit patterns on the raw digits, before any region is applied, and on the national
   *       number after the country code: all zeros, one digit repeated, an ascending or descending
   *       run ({@code 0000000000}, {@code 555-555-5555}, {@code 123-456-7890}, {@code 9876543210}
   *       typed for a worker in Mexico or India would otherwise become a plausible foreign number),
   *       and an area code followed by seven zeros ({@code +52 55 0000 0000});</li>
   *   <li>a range reserved for fiction (North American 555-01xx, Ofcom's drama numbers);</li>
   *   <li>not a valid number of its country's numbering plan ({@code isValidNumber}, not only
   *       possible by length);</li>
   *   <li>a number type that is no person's own line ({@link #NOT_PERSONAL}).</li>
   * </ol>
   */
  public static String junkReason(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (JunkValues.isPlaceholderText(raw)) {
      return "placeholder value: text";
    }
    String digits = JunkValues.digits(raw);
    if (digits.isEmpty()) {
      return "not a phone number: no digits";
    }
    String pattern = JunkValues.digitPattern(digits, 6);
    if (pattern != null) {
      return "placeholder value: " + pattern;
    }
    PhoneNumber number;
    try {
      number = UTIL.parse(raw.trim(), region(defaultRegion));
    } catch (NumberParseException e) {
      return "not a phone number";
    }
    if (!UTIL.isPossibleNumber(number)) {
      return "not a phone number: impossible length";
    }
    String national = UTIL.getNationalSignificantNumber(number);
    if (national.chars().allMatch(c -> c == '0')) {
      return "placeholder value: national number all zeros";
    }
    pattern = JunkValues.digitPattern(national, 6);
    if (pattern != null) {
      return "placeholder value: " + pattern;
    }
    if (national.length() >= 9 && national.endsWith("0000000")) {
      return "placeholder value: subscriber number all zeros";
    }
    String fiction = fictional(number.getCountryCode(), national);
    if (fiction != null) {
      return "fictional number: " + fiction;
    }
    if (!UTIL.isValidNumber(number)) {
      String where = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
      return "not a valid number in the numbering plan of "
          + (where == null || where.equals("ZZ") || where.equals("001") ? "+" + number.getCountryCode() : where);
    }
    String type = NOT_PERSONAL.get(UTIL.getNumberType(number));
    return type == null ? null : "not a personal phone: " + type;
  }

  /** The fictional range {@code national} (of {@code countryCode}) is in, or null. */
  static String fictional(int countryCode, String national) {
    if (countryCode == 1 && national.length() == 10 && national.startsWith("55501", 3)) {
      return "North American 555-0100 to 555-0199";
    }
    if (countryCode == 44) {
      for (String prefix : GB_DRAMA) {
        if (national.startsWith(prefix)) {
          return "Ofcom drama range";
        }
      }
    }
    return null;
  }

  private static String region(String defaultRegion) {
    return defaultRegion == null || defaultRegion.isBlank() ? "US" : defaultRegion.trim().toUpperCase();
  }
}
