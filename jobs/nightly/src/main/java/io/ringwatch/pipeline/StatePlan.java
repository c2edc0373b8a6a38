package io.ringwatch.pipeline;

import io.ringwatch.ingest.Datasets;
import io.ringwatch.ingest.EventDayFiles;
import io.ringwatch.ingest.EventDayPlan;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.ingest.ReferenceDrift;
import io.ringwatch.publish.KeptState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an incremental night would take from the kept state, per event dataset
 * ({@link EventDayPlan}), worked out every night from the real state and logged, so the plan is
 * exercised on every output before a release reads the state (jobs/docs/incremental-nightly.md).
 */
final class StatePlan {
  private static final Logger LOG = LoggerFactory.getLogger(StatePlan.class);

  private StatePlan() {}

  /** The plans of tonight's event datasets laid out by day; none when nothing is kept. */
  static List<EventDayPlan> of(KeptState kept, IngestedInputs in) {
    if (kept.night().isEmpty()) {
      return List.of();
    }
    // Rule 6: kept days whose ids came or went in tonight's exports (every kept day when the
    // state did not keep its ids).
    Map<String, Set<LocalDate>> idsChanged = kept.refs().isPresent()
        ? ReferenceDrift.days(kept.refs().get(), kept.summaries(),
            Map.of(Datasets.HR_WORKERS, in.workers(), Datasets.DEVICES, in.devices()))
        : kept.days().stream().collect(Collectors.groupingBy(EventDayFiles::dataset,
            Collectors.mapping(EventDayFiles::day, Collectors.toSet())));
    return in.eventDays().stream().map(EventDayFiles::dataset).distinct()
        .map(d -> EventDayPlan.of(d, kept.days(), in.eventDays(), idsChanged.getOrDefault(d, Set.of()))).toList();
  }

  static void log(String runId, KeptState kept, IngestedInputs in) {
    of(kept, in).forEach(p -> LOG.info("run {}: from the kept state, an incremental night would take {}", runId,
        p.describe()));
  }
}
