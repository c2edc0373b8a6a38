package io.ringwatch.normalize;

import java.util.Locale;
import java.util.Set;

/** Hardware identifiers: serial numbers, process names, USB vendor and product ids. */
public final class Devices {
  /** Serials firmware vendors leave unset; they say nothing about the machine. */
  public static final Set<String> SERIAL_PLACEHOLDERS = Set.of("TOBEFILLEDBYOEM", "DEFAULTSTRING",
      "SYSTEMSERIALNUMBER", "NONE", "NA", "UNKNOWN", "0", "00000000", "123456789", "0123456789",
      "CHASSISSERIALNUMBER", "NOTAPPLICABLE", "NOTSPECIFIED");

  private Devices() {}

  /** Upper-case alphanumerics of a hardware serial; null when empty or a firmware placeholder. */
  public static String serial(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    return s.isEmpty() || SERIAL_PLACEHOLDERS.contains(s) ? null : s;
  }

  /**
   * The executable's lower-case file name without folders, arguments and {@code .exe}:
   * {@code "C:\Program Files\AnyDesk\AnyDesk.exe" --service} → {@code anydesk};
   * {@code /Applications/TeamViewer.app/Contents/MacOS/TeamViewer} → {@code teamviewer}.
   */
  public static String process(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.startsWith("\"")) {
      int close = s.indexOf('"', 1);
      s = close > 0 ? s.substring(1, close) : s.substring(1);
    } else {
      int exe = s.toLowerCase(Locale.ROOT).indexOf(".exe");
      if (exe >= 0) {
        s = s.substring(0, exe + 4);
      }
    }
    s = s.replace('\\', '/');
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.substring(s.lastIndexOf('/') + 1).trim().toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".exe", ".app"}) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
      }
    }
    return s.isEmpty() ? null : s;
  }

  /** Four lower-case hex digits of a USB vendor or product id ({@code 0x1D6B}, {@code 1d6b}). */
  public static String usbHex(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT).replaceFirst("^0x", "");
    if (!s.matches("[0-9a-f]{1,4}")) {
      return null;
    }
    return "0".repeat(4 - s.length()) + s;
  }

  /** {@code vvvv:pppp} when both ids are valid, else null. */
  public static String usbId(String vendor, String product) {
    String v = usbHex(vendor);
    String p = usbHex(product);
    return v == null || p == null ? null : v + ":" + p;
  }
}
