package io.ringwatch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Loads the configuration in the documented layers, highest first:
 * system properties ({@code -Dringwatch.…}), the {@code --conf} file, then the defaults of
 * {@code conf/application.conf}. The defaults come from the folder named by the system property
 * {@code ringwatch.conf.dir} when the launcher sets it (so edits to conf/ take effect without a
 * rebuild), otherwise from the copy packed into the jar; under them the defaults that live with
 * their code ({@link CodeDefaults}: each signal's block). A key under {@code ringwatch} that the
 * defaults do not have is rejected ({@link UnknownSettings}).
 */
public final class SettingsLoader {
  public static final String CONF_DIR_PROPERTY = "ringwatch.conf.dir";

  private SettingsLoader() {}

  /** The resolved configuration; {@code overlay} may be null. */
  public static Config loadConfig(Path overlay) {
    try {
      Config defaults = defaults();
      Config layered = defaults;
      if (overlay != null) {
        if (!Files.isRegularFile(overlay)) {
          throw new SettingsException("configuration file " + overlay + " does not exist");
        }
        Config file = ConfigFactory.parseFile(overlay.toFile(),
            ConfigParseOptions.defaults().setAllowMissing(false));
        layered = file.withFallback(layered);
      }
      // resolve() also fills ${?VAR} from the environment.
      Config resolved = ConfigFactory.systemProperties().withFallback(layered).resolve();
      // A key that is no setting (a typo in --conf or -D) stops the run instead of being ignored.
      UnknownSettings.check(resolved, defaults.resolve());
      return resolved;
    } catch (ConfigException e) {
      throw new SettingsException("unreadable configuration: " + oneLine(e.getMessage()), e);
    }
  }

  /** Loads and validates every stage's settings. */
  public static Settings load(Path overlay) {
    return Settings.from(loadConfig(overlay));
  }

  private static Config defaults() {
    String dir = System.getProperty(CONF_DIR_PROPERTY);
    ConfigParseOptions options = ConfigParseOptions.defaults().setAllowMissing(false);
    if (dir != null && !dir.isBlank()) {
      Path file = Path.of(dir, "application.conf");
      if (!Files.isRegularFile(file)) {
        throw new SettingsException("configuration defaults " + file + " do not exist");
      }
      return ConfigFactory.parseFile(file.toFile(), options).withFallback(CodeDefaults.merged());
    }
    return ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(),
        "ringwatch/application.conf", options).withFallback(CodeDefaults.merged());
  }

  /**
   * SHA-256 of the resolved ringwatch block, recorded in run_audit: the settings alone (the privacy
   * block is left out, and so are the JVM properties that are no settings, such as where the
   * launcher's conf folder is: moving an installation changes no row, and a changed digest makes
   * the next night full).
   */
  public static String digest(Config config) {
    Config block = config.getConfig("ringwatch").withoutPath("privacy");
    for (String property : UnknownSettings.JVM_PROPERTIES) {
      String path = property.substring("ringwatch.".length());
      block = block.withoutPath(path);
      // "conf.dir" leaves an empty "conf" behind, which a config without it lacks.
      String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : null;
      if (parent != null && block.hasPathOrNull(parent) && block.getValue(parent) instanceof com.typesafe.config.ConfigObject o
          && o.isEmpty()) {
        block = block.withoutPath(parent);
      }
    }
    String rendered = block.root().render(ConfigRenderOptions.concise().setJson(true));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(rendered.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
