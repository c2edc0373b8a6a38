package io.ringwatch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Defaults that live with the code they configure instead of in conf/ (a signal's block
 * {@code ringwatch.score.signals.<id>} sits in the signal's class): {@link SettingsLoader}
 * merges them under conf/application.conf, so they are settings like any other, overridden by
 * --conf and -D, and {@link UnknownSettings} knows their keys. Implementations are found with
 * {@link ServiceLoader} (META-INF/services, written by {@code @AutoService}), so config needs
 * no compile-time link to the stages that contribute.
 */
public interface CodeDefaults {
  /** The defaults, as full paths ({@code ringwatch.score.signals.ip_kvm.points = 35}). */
  Config defaults();

  /**
   * Why {@code path}, a setting of an earlier release, is no longer read and which setting
   * replaced it; null when the path is none of this contribution's.
   */
  default String retired(String path) {
    return null;
  }

  /** Every contribution on the class path, in a stable order (by class name). */
  static List<CodeDefaults> all() {
    List<CodeDefaults> out = new ArrayList<>();
    ServiceLoader.load(CodeDefaults.class, CodeDefaults.class.getClassLoader()).forEach(out::add);
    out.sort(Comparator.comparing(c -> c.getClass().getName()));
    return out;
  }

  /** The defaults of every contribution, merged (the first one wins on a key both set). */
  static Config merged() {
    Config out = ConfigFactory.empty();
    for (CodeDefaults c : all()) {
      out = out.withFallback(c.defaults());
    }
    return out;
  }
}
