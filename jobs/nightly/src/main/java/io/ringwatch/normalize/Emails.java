package io.ringwatch.normalize;

import java.util.Collection;
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

  /**
   * Local parts (dots, hyphens and underscores removed) of addresses that reach no one's own
   * mailbox: typed when a worker has no e-mail, or a system sender's address.
   */
  static final Set<String> NO_MAILBOX_LOCALS = Set.of("none", "noreply", "donotreply", "dontreply", "test",
      "na", "nd", "null", "nil", "unknown", "noemail", "nomail", "noaddress", "no", "nobody", "notprovided",
      "notavailable", "noneprovided", "dummy", "fake", "placeholder", "tbd", "pending", "sample", "example",
      "asdf", "qwerty", "xxx", "mailerdaemon", "postmaster");

  /**
   * Domains that are no mailbox provider: names typed to fill the field. email.com is not among
   * them: it is a real free-mail domain (of mail.com), whose users are people.
   */
  static final Set<String> JUNK_DOMAINS = Set.of("none.com", "na.com", "noemail.com", "nomail.com",
      "noreply.com", "donotreply.com", "test.com", "fake.com", "dummy.com", "unknown.com", "null.com",
      "none.none", "email.email");

  /** Second-level domains reserved for documentation (RFC 2606). */
  static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.net", "example.org");

  /** Top-level domains reserved for testing and examples, or never delegated (RFC 2606, 6761, 6762). */
  static final Set<String> RESERVED_TLDS = Set.of("test", "example", "invalid", "localhost", "local");

  private Emails() {}

  /**
   * Why {@code raw} is no person's own mailbox, or null when it can be one (or is empty): a
   * placeholder word, not an address, a local part from {@link #NO_MAILBOX_LOCALS} or one
   * character repeated (or digits all one or a run), a reserved domain (RFC 2606 example.com/
   * .net/.org, the TLDs .test .example .invalid .localhost .local), a placeholder domain
   * ({@link #JUNK_DOMAINS}), or one of the company's own domains ({@code companyDomains}, also
   * their subdomains): a company address given as a worker's personal e-mail is a shared inbox or
   * the work address typed twice, not the person's.
   */
  public static String junkReason(String raw, Collection<String> companyDomains) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (JunkValues.isPlaceholderText(raw)) {
      return "placeholder value: text";
    }
    String canonical = canonical(raw);
    if (canonical == null) {
      return "not an e-mail address";
    }
    int at = canonical.lastIndexOf('@');
    String local = canonical.substring(0, at);
    String domain = canonical.substring(at + 1);
    // plus tags and separators do not make a mailbox: "no-reply+x" is "noreply"
    int plus = local.indexOf('+');
    String bare = (plus > 0 ? local.substring(0, plus) : local).replaceAll("[._-]", "");
    if (NO_MAILBOX_LOCALS.contains(bare) || bare.matches("test\\d*")) {
      return "no mailbox: local part '" + bare.replaceAll("\\d+$", "") + "'";
    }
    if (bare.length() >= 3 && bare.chars().distinct().count() == 1) {
      return "no mailbox: local part one character repeated";
    }
    if (bare.matches("\\d+") && JunkValues.digitPattern(bare, 5) != null) {
      return "no mailbox: local part " + JunkValues.digitPattern(bare, 5);
    }
    String tld = domain.substring(domain.lastIndexOf('.') + 1);
    if (RESERVED_TLDS.contains(tld) || RESERVED_DOMAINS.stream().anyMatch(d -> within(domain, d))) {
      return "reserved domain (RFC 2606/6761): no mailbox";
    }
    if (JUNK_DOMAINS.contains(domain)) {
      return "placeholder domain '" + domain + "'";
    }
    if (companyDomains != null) {
      for (String d : companyDomains) {
        if (within(domain, d.trim().toLowerCase(Locale.ROOT))) {
          return "the company's own domain: not a personal mailbox";
        }
      }
    }
    return null;
  }

  /** True when {@code domain} is {@code parent} or one of its subdomains. */
  private static boolean within(String domain, String parent) {
    return !parent.isEmpty() && (domain.equals(parent) || domain.endsWith("." + parent));
  }

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
