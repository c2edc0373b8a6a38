package io.ringwatch.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of the normalize stage ({@code ringwatch.normalize}, documented in
 * {@code conf/normalize.conf}).
 *
 * @param defaultPhoneRegion ISO-3166 alpha-2 region a phone number without country code is read
 *     in when the worker's {@code home_country} is unknown
 * @param companyEmailDomains the company's own e-mail domains (lower case): a personal e-mail
 *     there is no personal mailbox
 * @param companyOffices the company's offices: a home or ship-to address there is no one's own
 */
public record NormalizeSettings(String defaultPhoneRegion, List<String> companyEmailDomains,
    List<Addresses.Office> companyOffices) {
  public static final String BLOCK = "ringwatch.normalize";

  public NormalizeSettings {
    companyEmailDomains = List.copyOf(companyEmailDomains);
    companyOffices = List.copyOf(companyOffices);
  }

  public static NormalizeSettings from(Settings settings) {
    return from(settings.reader(BLOCK));
  }

  public static NormalizeSettings from(ConfigReader r) {
    String region = r.string("default-phone-region", "US").trim().toUpperCase(Locale.ROOT);
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
      throw new SettingsException("setting " + r.full("default-phone-region") + " is '" + region
          + "' but must be an ISO-3166 alpha-2 region with a telephone numbering plan, e.g. US");
    }
    List<String> domains = new ArrayList<>();
    for (String d : r.strings("company-email-domains")) {
      String domain = d.trim().toLowerCase(Locale.ROOT);
      if (domain.startsWith("@")) {
        domain = domain.substring(1);
      }
      if (!domain.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+")) {
        throw new SettingsException("setting " + r.full("company-email-domains") + " holds '" + d
            + "' but must hold domain names such as example.com");
      }
      domains.add(domain);
    }
    List<Addresses.Office> offices = new ArrayList<>();
    for (ConfigReader o : r.blocks("company-offices")) {
      String line1 = blankToNull(o.string("line1", null));
      String postal = blankToNull(o.string("postal-code", null));
      String country = blankToNull(o.string("country", null));
      if (line1 == null && postal == null) {
        throw new SettingsException("setting " + o.full("line1") + " or " + o.full("postal-code")
            + " is missing: an office needs a street line, a postal code or both");
      }
      if (line1 != null && Addresses.line(line1) == null) {
        throw new SettingsException("setting " + o.full("line1") + " is '" + line1 + "' but must be a street line");
      }
      if (country != null && !country.matches("[A-Za-z]{2}")) {
        throw new SettingsException("setting " + o.full("country") + " is '" + country
            + "' but must be an ISO-3166 alpha-2 country code, e.g. US");
      }
      offices.add(new Addresses.Office(line1, postal, country == null ? null : country.toUpperCase(Locale.ROOT)));
    }
    return new NormalizeSettings(region, domains, offices);
  }

  public static NormalizeSettings defaults() {
    return new NormalizeSettings("US", List.of(), List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
