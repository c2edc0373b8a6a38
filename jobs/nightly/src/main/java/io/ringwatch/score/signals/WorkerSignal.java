package io.ringwatch.score.signals;

import io.ringwatch.config.ConfigReader;

/**
 * One signal of the catalogue, whole in one class: what it is for the auditor ({@link #about}:
 * id, title, description, public sources, known false positives, default points), its settings
 * with their documentation ({@link #defaults}), and the rows it finds ({@link #configure}).
 *
 * <p>A class implementing it and annotated {@code @AutoService(WorkerSignal.class)} is found
 * with {@link java.util.ServiceLoader}: the catalogue, the settings, the score stage and
 * jobs/docs/signals.md pick it up with no list to edit. Its block of settings is
 * {@code ringwatch.score.signals.<id> { points = <default points>, <its own keys> }}.
 */
public interface WorkerSignal {
  /** What the signal is, for auditors (worker_risk reasons, the report, jobs/docs/signals.md). */
  Signal about();

  /**
   * Its own settings beyond {@code points}, as HOCON with a comment above each key saying what it
   * does (they are the documentation: jobs/docs/signals.md shows them); empty when it has none.
   */
  default String defaults() {
    return "";
  }

  /**
   * Reads and checks its settings (its block, the user's values over {@link #defaults}) and
   * returns what computes its rows. Called when the score settings are read, before any Spark
   * work, so a bad value stops the run at start.
   *
   * @param block the reader of {@code ringwatch.score.signals.<id>}
   * @param common the settings several signals share ({@code ringwatch.score})
   */
  SignalRule configure(ConfigReader block, CommonSignalSettings common);

  /** The path of its block of settings. */
  static String block(Signal s) {
    return "ringwatch.score.signals." + s.id();
  }
}
