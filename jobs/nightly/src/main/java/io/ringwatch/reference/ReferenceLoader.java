package io.ringwatch.reference;

import io.ringwatch.reference.ip.IpReferenceSettings;
import io.ringwatch.reference.ip.IpTables;
import io.ringwatch.reference.ip.IpTablesLoader;
import io.ringwatch.reference.sanctions.SanctionsFileSettings;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.reference.sanctions.SanctionsLoader;
import io.ringwatch.reference.sanctions.SanctionsShrinkCheck;
import org.apache.spark.sql.SparkSession;

/**
 * The one reader of a night's reference data (design.md: only ingest and this read; the stages
 * receive what it read). Called once, early, on the driver, through Hadoop's file systems (on a
 * cluster the files are on HDFS, S3 or DBFS).
 */
public final class ReferenceLoader {
  private ReferenceLoader() {}

  /**
   * The sanctions list first, so a damaged one or one far smaller than {@code lastRun}'s (null
   * for none) stops the run before anything else is read; then the IP tables (a configured file
   * found nowhere stops it with the setting's name).
   *
   * @param inputRoot the run's input root; relative IP reference paths are looked up in its
   *     {@code reference/} folder first. May be null.
   * @param sanctionsLocation the run's sanctions folder (ingest finds it beside the inputs)
   */
  public static ReferenceData load(SparkSession spark, IpReferenceSettings ip, String inputRoot,
      SanctionsFileSettings sanctions, String sanctionsLocation, SanctionsShrinkCheck.Baseline lastRun) {
    SanctionsList list = SanctionsLoader.load(sanctions, sanctionsLocation, lastRun,
        spark.sparkContext().hadoopConfiguration());
    IpTables tables = IpTablesLoader.load(ip, inputRoot, spark.sparkContext().hadoopConfiguration());
    return new ReferenceData(tables, list, ReferenceFingerprint.of(tables, list));
  }
}
