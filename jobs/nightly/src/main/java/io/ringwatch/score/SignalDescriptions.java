package io.ringwatch.score;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.ringwatch.config.Settings;
import io.ringwatch.score.signals.Signal;
import io.ringwatch.score.signals.WorkerSignal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signal's description names its thresholds as {@code {setting}}: a key of the signal's own
 * block ({@code ringwatch.score.signals.<id>}) or, failing that, of {@code ringwatch.score}
 * (settings several signals share). Filled in here, the one place: with the values a run uses
 * for readers of the report, with the settings' names for jobs/docs/signals.md, whose reader
 * tunes them.
 */
public final class SignalDescriptions {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");

  private SignalDescriptions() {}

  /** Every signal of the catalogue, by id, its description with the values of {@code settings}. */
  public static Map<String, Signal> catalogue(Settings settings) {
    Map<String, Signal> out = new LinkedHashMap<>();
    for (Signal s : SignalCatalogue.ALL) {
      out.put(s.id(), new Signal(s.id(), s.title(), withValues(s, settings), s.references(), s.falsePositives(),
          s.defaultPoints()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The description with the values of {@code settings}: {@code At least 60% of …}. */
  public static String withValues(Signal s, Settings settings) {
    Config score = settings.raw().getConfig("ringwatch.score");
    String block = "signals." + s.id() + ".";
    return fill(s, key -> {
      String path = score.hasPath(block + key) ? block + key : key;
      if (!score.hasPath(path)) {
        throw new IllegalStateException("the description of signal " + s.id() + " names {" + key
            + "}, which is neither " + WorkerSignal.block(s) + "." + key + " nor ringwatch.score." + key);
      }
      return words(key, score.getValue(path));
    });
  }

  /** The description with each setting's name, as jobs/docs/signals.md shows it: {@code At least `share` of …}. */
  public static String withNames(Signal s) {
    return fill(s, key -> "`" + key + "`");
  }

  private static String fill(Signal s, Function<String, String> value) {
    Matcher m = PLACEHOLDER.matcher(s.description());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
    }
    return m.appendTail(out).toString();
  }

  /** A value as a reader says it: a share as a percentage, {@code 3} not {@code 3.0}, a list as {@code CN, RU or KP}. */
  static String words(String key, ConfigValue v) {
    if (v.valueType() == ConfigValueType.LIST) {
      List<String> items = new ArrayList<>();
      for (Object o : (List<?>) v.unwrapped()) {
        items.add(String.valueOf(o));
      }
      int last = items.size() - 1;
      return last < 1 ? String.join("", items) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
    }
    if (v.valueType() == ConfigValueType.NUMBER) {
      double d = ((Number) v.unwrapped()).doubleValue();
      if (key.endsWith("share")) {
        return number(d * 100) + "%";
      }
      return number(d);
    }
    return String.valueOf(v.unwrapped());
  }

  /** At most two decimals, none needless: {@code 60}, {@code 2.5} ({@code 0.6 * 100} is not quite 60). */
  private static String number(double d) {
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
