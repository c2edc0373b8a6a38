package io.ringwatch.screen;

/** Masked forms of sensitive values for sanctions_hits (value_masked and evidence). */
public final class Masking {
  private Masking() {}

  /** Last 4 characters only: {@code ****270c}. */
  public static String tail(String v) {
    if (v == null) {
      return null;
    }
    String t = v.trim();
    return t.length() <= 4 ? "****" : "****" + t.substring(t.length() - 4);
  }

  /** Phone: last 4 digits only: {@code ***7947}. */
  public static String phone(String v) {
    if (v == null) {
      return null;
    }
    String d = v.replaceAll("\\D", "");
    return d.length() <= 4 ? "***" : "***" + d.substring(d.length() - 4);
  }

  /** E-mail: first letter and domain: {@code w***@yahoo.com}; other ids as {@link #tail}. */
  public static String email(String v) {
    if (v == null) {
      return null;
    }
    int at = v.indexOf('@');
    if (at <= 0) {
      return tail(v);
    }
    return v.charAt(0) + "***" + v.substring(at);
  }
}
