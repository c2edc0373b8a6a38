package io.ringwatch.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.util.Locale;

/**
 * Settings of the normalize stage ({@code ringwatch.normalize}, documented in
 * {@code conf/normalize.conf}).
 *
 * @param defaultPhoneRegion ISO-3166 alpha-2 region a phone number without country code is read
 *     in when the worker's {@code home_country} is unknown
 */
public record NormalizeSettings(String defaultPhoneRegion) {
  public static final String BLOCK = "ringwatch.normalize";

  public static NormalizeSettings from(Settings settings) {
    return from(settings.reader(BLOCK));
  }

  public static NormalizeSettings from(ConfigReader r) {
    String region = r.string("default-phone-region", "US").trim().toUpperCase(Locale.ROOT);
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
      throw new SettingsException("setting " + r.full("default-phone-region") + " is '" + region
          + "' but must be an ISO-3166 alpha-2 region with a telephone numbering plan, e.g. US");
    }
    return new NormalizeSettings(region);
  }

  public static NormalizeSettings defaults() {
    return new NormalizeSettings("US");
  }
}
