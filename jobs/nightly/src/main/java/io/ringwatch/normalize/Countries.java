package io.ringwatch.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries as exports write them ("USA", "United States of America", "U.S.", "IND", "India",
 * "Deutschland", "Korea, Republic of") to ISO-3166 alpha-2. The contract asks for alpha-2, but
 * HR systems export names and three-letter codes; read literally, "USA" is another country than
 * the "US" a sign-in geolocates to, and every worker would sign in "from abroad".
 */
public final class Countries {
  private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      put(l.getDisplayCountry(Locale.ENGLISH), cc);
      try {
        put(l.getISO3Country(), cc);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known for this one
      }
    }
    String[][] aliases = {
        {"US", "USA", "U S", "U S A", "UNITED STATES", "UNITED STATES OF AMERICA", "AMERICA", "ESTADOS UNIDOS"},
        {"GB", "UK", "U K", "GREAT BRITAIN", "BRITAIN", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN IRELAND",
            "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"},
        {"KR", "SOUTH KOREA", "KOREA SOUTH", "KOREA REPUBLIC OF", "REPUBLIC OF KOREA", "KOREA"},
        {"KP", "NORTH KOREA", "KOREA NORTH", "DPRK", "KOREA DEMOCRATIC PEOPLE S REPUBLIC OF",
            "DEMOCRATIC PEOPLE S REPUBLIC OF KOREA"},
        {"RU", "RUSSIA", "RUSSIAN FEDERATION"}, {"VN", "VIETNAM", "VIET NAM"}, {"IR", "IRAN"}, {"SY", "SYRIA"},
        {"LA", "LAOS", "LAO PDR", "LAO PEOPLE S DEMOCRATIC REPUBLIC"}, {"TW", "TAIWAN"}, {"CN", "PRC", "PR CHINA",
            "PEOPLE S REPUBLIC OF CHINA", "MAINLAND CHINA"}, {"HK", "HONG KONG", "HONG KONG SAR"}, {"MO", "MACAU", "MACAO"},
        {"CZ", "CZECH REPUBLIC", "CZECHIA"}, {"DE", "DEUTSCHLAND", "GERMANY"}, {"ES", "ESPANA"}, {"MX", "MEXICO"},
        {"BR", "BRASIL"}, {"NL", "HOLLAND", "THE NETHERLANDS"}, {"PH", "THE PHILIPPINES"}, {"AE", "UAE", "EMIRATES"},
        {"TR", "TURKEY", "TURKIYE"}, {"CI", "IVORY COAST", "COTE D IVOIRE"}, {"CD", "DR CONGO", "DRC"},
        {"BO", "BOLIVIA"}, {"VE", "VENEZUELA"}, {"TZ", "TANZANIA"}, {"MD", "MOLDOVA"}, {"PS", "PALESTINE"}};
    for (String[] a : aliases) {
      for (int i = 1; i < a.length; i++) {
        put(a[i], a[0]);
      }
    }
  }

  private Countries() {}

  private static void put(String name, String code) {
    String k = fold(name);
    if (k != null) {
      NAMES.putIfAbsent(k, code);
    }
  }

  /** The ISO alpha-2 code of {@code raw} in any of the usual notations; null when blank or unknown. */
  public static String alpha2(String raw) {
    String k = fold(raw);
    if (k == null) {
      return null;
    }
    if (k.length() == 2 && ISO2.contains(k)) {
      return k;
    }
    String c = NAMES.get(k);
    if (c == null && k.startsWith("THE ")) {
      c = NAMES.get(k.substring(4));
    }
    return c;
  }

  /** {@link #alpha2} when known, else the trimmed upper-case text as written (null when blank). */
  public static String normalize(String raw) {
    String c = alpha2(raw);
    if (c != null || raw == null) {
      return c;
    }
    String t = raw.trim().toUpperCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  /** Upper case without accents, anything but letters and digits one space: "Côte-d'Ivoire" is "COTE D IVOIRE". */
  public static String fold(String s) {
    if (s == null) {
      return null;
    }
    String f = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", " ").trim();
    return f.isEmpty() ? null : f;
  }
}
