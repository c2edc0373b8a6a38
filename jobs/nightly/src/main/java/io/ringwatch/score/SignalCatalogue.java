package io.ringwatch.score;

import io.ringwatch.score.signals.SanctionsIdentifierMatch;
import io.ringwatch.score.signals.SanctionsNameOnly;
import io.ringwatch.score.signals.Signal;
import io.ringwatch.score.signals.WorkerSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every signal ringwatch computes, with its sources (../shared/research/signals.md): the worker
 * signals found on the class path ({@link WorkerSignal}, one class each in
 * {@code io.ringwatch.score.signals}, listed by {@code @AutoService}), and ring_member, which the
 * score stage raises from the cluster's score. Sorted by id. jobs/docs/signals.md is generated
 * from it ({@link SignalDocs}).
 */
public final class SignalCatalogue {
  private SignalCatalogue() {}

  /** ring_member: no rule of its own; ScoreStage raises a member's score to a share of its cluster's. */
  public static final Signal CLUSTER = new Signal("ring_member", "Member of a high-risk cluster",
      "The worker is tied by shared values to a cluster whose members carry strong signals.",
      List.of("signals.md §6 (rings show in the graph)"), "Households and shared flats.", 0);
  /** Named by the report and the screen stage's tests. */
  public static final Signal SANCTIONS_IDENTIFIER = SanctionsIdentifierMatch.ABOUT;
  public static final Signal SANCTIONS_NAME = SanctionsNameOnly.ABOUT;

  /** The worker signals, by id. */
  public static final List<WorkerSignal> SIGNALS = discover();

  /** Every signal, worker signals and ring_member, by id. */
  public static final List<Signal> ALL = all();

  private static List<WorkerSignal> discover() {
    List<WorkerSignal> out = new ArrayList<>();
    ServiceLoader.load(WorkerSignal.class, SignalCatalogue.class.getClassLoader()).forEach(out::add);
    out.sort(Comparator.comparing(s -> s.about().id()));
    Set<String> ids = new HashSet<>();
    ids.add(CLUSTER.id());
    for (WorkerSignal s : out) {
      if (!ids.add(s.about().id())) {
        throw new IllegalStateException("two signals have the id " + s.about().id() + ": " + s.getClass().getName());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no signal found: META-INF/services/" + WorkerSignal.class.getName()
          + " is missing from the class path (the @AutoService processor did not run)");
    }
    return List.copyOf(out);
  }

  private static List<Signal> all() {
    List<Signal> out = new ArrayList<>();
    SIGNALS.forEach(s -> out.add(s.about()));
    out.add(CLUSTER);
    out.sort(Comparator.comparing(Signal::id));
    return List.copyOf(out);
  }

  /** The worker signal whose class is {@code type}. */
  public static WorkerSignal of(Class<? extends WorkerSignal> type) {
    return SIGNALS.stream().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not listed in META-INF/services"));
  }
}
