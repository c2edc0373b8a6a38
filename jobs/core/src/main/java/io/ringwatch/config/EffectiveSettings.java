package io.ringwatch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings a run actually used, for `ringwatch config` and run_audit: every {@code ringwatch.*}
 * value with where it came from (a line of conf/, the --conf file, a -D property, the
 * environment), secrets masked. The JSON form is itself a valid --conf file, so a past night can
 * be re-run with the settings it had.
 */
public final class EffectiveSettings {
  /** A setting whose last name says it holds a secret; its value is never printed or recorded. */
  private static final Pattern SECRET = Pattern.compile("(?i)(.*[-_])?(password|passphrase|secret|token|salt|credentials?|key)$");
  static final String MASK = "***";

  private EffectiveSettings() {}

  /** One setting: its path, its value as HOCON would write it, and its origin. */
  public record Entry(String path, String value, String origin) {}

  /** Every leaf setting under {@code ringwatch}, sorted by path, secrets masked. */
  public static List<Entry> entries(Config resolved) {
    Config masked = masked(resolved);
    return masked.getConfig("ringwatch").entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new Entry("ringwatch." + e.getKey(), render(e.getValue()), origin(resolved, "ringwatch." + e.getKey())))
        .toList();
  }

  /** The {@code ringwatch} block as formatted JSON (secrets masked): a --conf file that repeats the night. */
  public static String json(Config resolved) {
    return masked(resolved).getConfig("ringwatch").atKey("ringwatch").root()
        .render(ConfigRenderOptions.concise().setJson(true).setFormatted(true));
  }

  static boolean isSecret(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return SECRET.matcher(last).matches();
  }

  private static Config masked(Config resolved) {
    Config out = resolved;
    for (Map.Entry<String, ConfigValue> e : resolved.getConfig("ringwatch").entrySet()) {
      if (isSecret(e.getKey())) {
        out = out.withValue("ringwatch." + e.getKey(), ConfigValueFactory.fromAnyRef(MASK));
      }
    }
    return out;
  }

  private static String render(ConfigValue v) {
    return v.render(ConfigRenderOptions.concise());
  }

  /** Where a value came from: "file.conf: 12", "system properties", "env variables", … */
  private static String origin(Config resolved, String path) {
    String d = resolved.getValue(path).origin().description();
    return d.startsWith("merge of ") ? d.substring("merge of ".length()).split(",")[0].trim() : d;
  }
}
