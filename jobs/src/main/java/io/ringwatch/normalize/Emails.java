package io.ringwatch.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Email addresses to one canonical form, so two spellings of one mailbox link: trimmed, lower
 * case, and for providers that ignore them, dots and {@code +tags} in the local part removed
 * (Gmail ignores both; Outlook, Yahoo and others honour dots but drop {@code +tags}).
 */
public final class Emails {
  private static final Set<String> DOTS_IGNORED = Set.of("gmail.com", "googlemail.com");
  private static final Set<String> PLUS_TAGS = Set.of("gmail.com", "googlemail.com", "outlook.com",
      "hotmail.com", "live.com", "protonmail.com", "proton.me", "icloud.com", "me.com",
      "fastmail.com");

  private Emails() {}

  /** The canonical address, or null when {@code raw} is empty or not an address. */
  public static String canonical(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    if (s.startsWith("mailto:")) {
      s = s.substring(7);
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1 || s.indexOf(' ') >= 0) {
      return null;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (domain.equals("googlemail.com")) {
      domain = "gmail.com";
    }
    if (PLUS_TAGS.contains(domain)) {
      int plus = local.indexOf('+');
      if (plus > 0) {
        local = local.substring(0, plus);
      }
    }
    if (DOTS_IGNORED.contains(domain)) {
      local = local.replace(".", "");
    }
    if (local.isEmpty() || !domain.contains(".")) {
      return null;
    }
    return local + "@" + domain;
  }

  /** The domain of a canonical address, or null. */
  public static String domain(String canonical) {
    if (canonical == null) {
      return null;
    }
    int at = canonical.lastIndexOf('@');
    return at < 0 ? null : canonical.substring(at + 1);
  }
}
