package io.ringwatch.reference.sanctions;

import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The sanctions list of a run, read, parsed and checked before any screening: a damaged file
 * ({@link SanctionsFileShape}) or counts far below the last published run's
 * ({@link SanctionsShrinkCheck}) stop the run with a {@code RunFailure}.
 */
public final class SanctionsLoader {
  private static final Logger LOG = LogManager.getLogger(SanctionsLoader.class);

  private SanctionsLoader() {}

  /**
   * The list in the folder at {@code location} (a local path or any Hadoop URI), checked against
   * {@code lastRun} (null for none).
   */
  public static SanctionsList load(SanctionsFileSettings s, String location, SanctionsShrinkCheck.Baseline lastRun,
      Configuration hadoop) {
    // Through Hadoop's file systems: on a cluster the inputs (and their sanctions/ folder) are on
    // HDFS, S3 or DBFS, not on the driver's disk.
    SanctionsList list = OfacParser.parse(location, s.extraSdnFiles(), s.requireExtraFiles(),
        s.maxMalformedShare(), hadoop);
    LOG.info("sanctions list {} parsed from {}: {}", list.listName(), location, list.report());
    for (SanctionsShrinkCheck.Shrink accepted : s.shrinkCheck().check(ListFileCounts.of(list, s.dprkRelated()),
        lastRun)) {
      LOG.warn("sanctions count below the last published run's, accepted (accept-shrink): {}", accepted);
    }
    return list;
  }
}
