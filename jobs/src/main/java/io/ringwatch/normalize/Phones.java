package io.ringwatch.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in any notation to E.164 ({@code +14155550123}), with libphonenumber. */
public final class Phones {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private Phones() {}

  /**
   * The E.164 form of {@code raw}, read in {@code defaultRegion} (ISO-3166 alpha-2) when it has
   * no country code; null when it is empty, unparseable or not a possible number.
   */
  public static String toE164(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String region = defaultRegion == null || defaultRegion.isBlank() ? "US" : defaultRegion.trim().toUpperCase();
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), region);
      if (!UTIL.isPossibleNumber(number)) {
        return null;
      }
      return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return null;
    }
  }
}
