package io.ringwatch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads typed values from one block of the configuration and validates them, so every stage's
 * settings fail the same way: a {@link SettingsException} whose one-line message names the full
 * path of the setting and what it accepts.
 */
public final class ConfigReader {
  private final Config config;
  private final String prefix;

  public ConfigReader(Config config, String prefix) {
    this.config = config.hasPath(prefix) ? config.getConfig(prefix) : com.typesafe.config.ConfigFactory.empty();
    this.prefix = prefix;
  }

  private ConfigReader(Config config, String prefix, boolean scoped) {
    this.config = config;
    this.prefix = prefix;
  }

  /** The reader of a nested block, e.g. {@code reader.block("caps")}. */
  public ConfigReader block(String path) {
    return new ConfigReader(config.hasPath(path) ? config.getConfig(path)
        : com.typesafe.config.ConfigFactory.empty(), full(path), true);
  }

  public Config raw() {
    return config;
  }

  public String full(String path) {
    return prefix.isEmpty() ? path : prefix + "." + path;
  }

  public boolean has(String path) {
    return config.hasPath(path);
  }

  public String string(String path) {
    try {
      return config.getString(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a string: " + e.getMessage());
    }
  }

  /** A string that must compile as a Java regular expression (returned as written). */
  public String regex(String path) {
    String value = string(path);
    try {
      Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw new SettingsException("setting " + full(path) + " is no regular expression: " + e.getDescription());
    }
    return value;
  }

  public String string(String path, String fallback) {
    return config.hasPath(path) ? string(path) : fallback;
  }

  public String oneOf(String path, String... allowed) {
    String value = string(path).trim().toLowerCase(Locale.ROOT);
    if (!Arrays.asList(allowed).contains(value)) {
      throw new SettingsException("setting " + full(path) + " is '" + value + "' but must be one of "
          + String.join(", ", allowed));
    }
    return value;
  }

  public int intAtLeast(String path, int min) {
    int value;
    try {
      value = config.getInt(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a whole number");
    }
    if (value < min) {
      throw new SettingsException("setting " + full(path) + " is " + value + " but must be at least " + min);
    }
    return value;
  }

  public long longAtLeast(String path, long min) {
    long value;
    try {
      value = config.getLong(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a whole number");
    }
    if (value < min) {
      throw new SettingsException("setting " + full(path) + " is " + value + " but must be at least " + min);
    }
    return value;
  }

  public double doubleIn(String path, double min, double max) {
    double value;
    try {
      value = config.getDouble(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a number");
    }
    if (Double.isNaN(value) || value < min || value > max) {
      throw new SettingsException("setting " + full(path) + " is " + value + " but must be between "
          + min + " and " + max);
    }
    return value;
  }

  public boolean bool(String path) {
    try {
      return config.getBoolean(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be true or false");
    }
  }

  public List<String> strings(String path) {
    try {
      return config.hasPath(path) ? config.getStringList(path) : List.of();
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a list of strings");
    }
  }

  /**
   * A list of blocks ({@code [{ a = 1 }, { a = 2 }]}), each with its own reader whose settings are
   * named {@code path[i].key} in errors; empty when absent.
   */
  public List<ConfigReader> blocks(String path) {
    if (!config.hasPath(path)) {
      return List.of();
    }
    List<? extends Config> list;
    try {
      list = config.getConfigList(path);
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a list of blocks { ... }");
    }
    List<ConfigReader> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new ConfigReader(list.get(i), full(path) + "[" + i + "]", true));
    }
    return out;
  }

  public Duration duration(String path) {
    try {
      return config.getDuration(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException("setting " + full(path) + " is missing");
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a duration such as 30s or 5m");
    }
  }

  /** A block of string values keyed by name, sorted by key (for deterministic use). */
  public Map<String, String> stringMap(String path) {
    Map<String, String> out = new TreeMap<>();
    if (!config.hasPath(path)) {
      return out;
    }
    Config block;
    try {
      block = config.getConfig(path);
    } catch (ConfigException e) {
      throw new SettingsException("setting " + full(path) + " must be a block of key = value pairs");
    }
    for (var entry : block.entrySet()) {
      String key = entry.getKey().replace("\"", "");
      out.put(key, String.valueOf(entry.getValue().unwrapped()));
    }
    return out;
  }

  /** A block of numbers keyed by name, each within [min, max], sorted by key. */
  public Map<String, Double> doubleMap(String path, double min, double max) {
    Map<String, Double> out = new TreeMap<>();
    if (!config.hasPath(path)) {
      return out;
    }
    ConfigReader sub = block(path);
    for (var entry : sub.config.root().entrySet()) {
      out.put(entry.getKey(), sub.doubleIn(quote(entry.getKey()), min, max));
    }
    return out;
  }

  /** Quotes a key that holds dots or other path characters. */
  public static String quote(String key) {
    return com.typesafe.config.ConfigUtil.joinPath(key);
  }
}
