package io.ringwatch.lab.nights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads run_audit's night_reason for the series' and the incremental bench's tables. */
public final class Reasons {
  private static final Pattern PLAN = Pattern.compile("(\\d+) day\\(s\\) carried, (\\d+) read");

  private Reasons() {}

  /**
   * The event days carried and read, summed over the event datasets ("29 / 2"), from a reason such
   * as "state of D carried forward: auth_events: 29 day(s) carried, 1 read (…); endpoint_events: …";
   * "–" when the reason names no plan (a full night).
   */
  public static String carriedAndRead(String reason) {
    if (reason == null) {
      return "–";
    }
    Matcher m = PLAN.matcher(reason);
    int carried = 0;
    int read = 0;
    boolean any = false;
    while (m.find()) {
      carried += Integer.parseInt(m.group(1));
      read += Integer.parseInt(m.group(2));
      any = true;
    }
    return any ? carried + " / " + read : "–";
  }
}
