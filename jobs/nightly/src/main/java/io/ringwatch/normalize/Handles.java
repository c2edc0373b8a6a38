package io.ringwatch.normalize;

import java.util.Locale;

/** Online handles. GitHub: lower case, no {@code @}, no {@code https://github.com/} prefix. */
public final class Handles {
  private Handles() {}

  /** The GitHub login, or null when {@code raw} cannot be one (1–39 of a-z, 0-9, '-'). */
  public static String github(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT)
        .replaceFirst("^https?://", "")
        .replaceFirst("^(www\\.)?github\\.com/", "")
        .replaceFirst("^@", "");
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    int query = s.indexOf('?');
    if (query >= 0) {
      s = s.substring(0, query);
    }
    return s.matches("[a-z0-9](?:[a-z0-9-]{0,38})") ? s : null;
  }
}
