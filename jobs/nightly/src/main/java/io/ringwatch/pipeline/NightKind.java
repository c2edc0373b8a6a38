package io.ringwatch.pipeline;

import io.ringwatch.publish.LastPublishedRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a night may build on the state the previous night kept (incremental) or must derive
 * everything from its inputs (full), and why: the rules of jobs/docs/incremental-nightly.md,
 * recorded in {@code run_audit.night_kind} and {@code night_reason}. Every rule that fails is named,
 * so an operator sees at once what made a night full.
 */
public record NightKind(String kind, String reason) {
  public static final String FULL = "full";
  public static final String INCREMENTAL = "incremental";

  /**
   * What tonight knows before any work.
   *
   * @param stateNight the run date of the night that wrote the state under the output root;
   *     empty when there is none (the first night, or a release that does not keep it yet)
   * @param eventsReadWhole the event datasets not laid out by day (a single export has no new
   *     day to read alone)
   */
  public record Tonight(LocalDate runDate, String configDigest, String codeVersion, String referenceFingerprint,
      Optional<LocalDate> stateNight, List<String> eventsReadWhole) {}

  /** The kind of tonight's night given the last published one (empty: nothing published yet). */
  public static NightKind decide(Optional<LastPublishedRun.Identity> last, Tonight t) {
    if (last.isEmpty()) {
      return new NightKind(FULL, "first night for this output");
    }
    LastPublishedRun.Identity p = last.get();
    List<String> why = new ArrayList<>();
    if (t.stateNight().isEmpty()) {
      why.add("no state kept under the output");
    } else if (!t.stateNight().get().equals(p.runDate())) {
      why.add("the state is of " + t.stateNight().get() + ", the last published night of " + p.runDate());
    }
    if (!t.runDate().isAfter(p.runDate())) {
      why.add("a past date run again (last published night " + p.runDate() + ")");
    }
    if (!t.configDigest().equals(p.configDigest())) {
      why.add("settings changed (config digest " + shortDigest(p.configDigest()) + " -> "
          + shortDigest(t.configDigest()) + ")");
    }
    if (!t.codeVersion().equals(p.codeVersion())) {
      why.add("code version changed (" + p.codeVersion() + " -> " + t.codeVersion() + ")");
    }
    if (p.referenceFingerprint() == null) {
      why.add("the last night recorded no reference fingerprint");
    } else if (!p.referenceFingerprint().equals(t.referenceFingerprint())) {
      why.add("reference data changed (IP tables or sanctions list)");
    }
    if (!t.eventsReadWhole().isEmpty()) {
      why.add("not laid out by day: " + String.join(", ", t.eventsReadWhole()));
    }
    return why.isEmpty() ? new NightKind(INCREMENTAL, "state of " + p.runDate() + " carried forward")
        : new NightKind(FULL, String.join("; ", why));
  }

  /**
   * Tonight's kind once ingest has run: incremental when it carried days from the state (the
   * reason names what each event dataset carried and read), else full; a night the rules allowed
   * that carried nothing (every kept day read again) is full and says so.
   *
   * @param plans per event dataset laid out by day, what ingest carried and read ({@code EventDayPlan.describe})
   */
  public NightKind afterIngest(boolean carried, List<String> plans) {
    if (kind.equals(INCREMENTAL)) {
      return carried ? new NightKind(INCREMENTAL, reason + ": " + String.join("; ", plans))
          : new NightKind(FULL, reason + " is possible, but no kept day could be carried: " + String.join("; ", plans));
    }
    return this;
  }

  private static String shortDigest(String d) {
    return d == null ? "none" : d.substring(0, Math.min(12, d.length()));
  }
}
