package io.ringwatch.reference.sanctions;

import io.ringwatch.run.RunFailure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tonight's sanctions counts against the last published run's ({@code run_audit.sanctions_lists}):
 * per list, the entries, DPRK-related entries, wallets and e-mails of all sdn-layout files
 * together (an entry moving from a supplement into an official sdn.csv is no loss), and the rows
 * of {@code alt.csv} and {@code add.csv}. A count below {@code minShare} of the last run's stops
 * the run with the numbers, unless a real shrink is accepted ({@code accept-shrink}); counts the
 * last run had fewer than {@code minLastCount} of are too small to judge and are not compared.
 */
public final class SanctionsShrinkCheck {
  /** The counts of the last published run that succeeded. */
  public record Baseline(String runId, LocalDate runDate, List<ListFileCounts> lists) {}

  /** One count that fell: what, in which list, from how many to how many. */
  public record Shrink(String list, String measure, long last, long now) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s %d -> %d (%.0f%%)", list, measure, last, now, 100.0 * now / last);
    }
  }

  private final double minShare;
  private final long minLastCount;
  private final boolean acceptShrink;

  public SanctionsShrinkCheck(double minShare, long minLastCount, boolean acceptShrink) {
    this.minShare = minShare;
    this.minLastCount = minLastCount;
    this.acceptShrink = acceptShrink;
  }

  /** The counts that fell below the share of the last run's (empty without a baseline). */
  public List<Shrink> shrinks(List<ListFileCounts> now, Baseline last) {
    List<Shrink> out = new ArrayList<>();
    if (last == null) {
      return out;
    }
    Map<String, Long> before = measures(last.lists());
    Map<String, Long> tonight = measures(now);
    before.forEach((key, was) -> {
      long is = tonight.getOrDefault(key, 0L);
      if (was >= minLastCount && is < minShare * was) {
        String[] listAndMeasure = key.split("\t", 2);
        out.add(new Shrink(listAndMeasure[0], listAndMeasure[1], was, is));
      }
    });
    return out;
  }

  /**
   * Stops the run when a count fell (see the class comment) and the shrink is not accepted;
   * returns the shrinks (accepted ones, for the log).
   */
  public List<Shrink> check(List<ListFileCounts> now, Baseline last) {
    List<Shrink> shrinks = shrinks(now, last);
    if (!shrinks.isEmpty() && !acceptShrink) {
      throw RunFailure.quality(String.format(Locale.ROOT,
          "sanctions list shrank against the last published run %s (%s): %s; below %.0f%% of that run's "
              + "(ringwatch.screen.reference-checks.min-share-of-last-run). Check the files in the sanctions "
              + "folder; if the list really shrank, run once with "
              + "-Dringwatch.screen.reference-checks.accept-shrink=true",
          last.runId(), last.runDate(), String.join(", ", shrinks.stream().map(Shrink::toString).toList()),
          100 * minShare));
    }
    return shrinks;
  }

  /** "list\tmeasure" → count: sdn-layout files summed per list, alt.csv and add.csv rows per file. */
  static Map<String, Long> measures(List<ListFileCounts> files) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (ListFileCounts f : files) {
      if (f.entries() != null) {
        m.merge(f.list() + "\tentries", f.entries(), Long::sum);
        m.merge(f.list() + "\tDPRK entries", Objects.requireNonNullElse(f.dprkEntries(), 0L), Long::sum);
        m.merge(f.list() + "\twallets", Objects.requireNonNullElse(f.wallets(), 0L), Long::sum);
        m.merge(f.list() + "\te-mails", Objects.requireNonNullElse(f.emails(), 0L), Long::sum);
      } else if (f.file().equals("alt.csv") || f.file().equals("add.csv")) {
        m.merge(f.list() + "\t" + f.file() + " rows", f.rows(), Long::sum);
      }
    }
    return m;
  }
}
