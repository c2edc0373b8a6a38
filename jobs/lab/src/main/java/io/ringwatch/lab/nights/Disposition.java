package io.ringwatch.lab.nights;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

import io.ringwatch.publish.PublishedTables;
import io.ringwatch.tables.TableNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An auditor's decision clearing a false positive (the dispositions input, conf/ingest.conf): the
 * benign worker who scored highest on a night, cleared with the signals they had that night, as
 * notebooks/databricks/04_record_dispositions.sql records it.
 */
record Disposition(String workerId, LocalDate decidedNight, List<String> signals) {
  static final String HEADER = "subject_type,subject_id,decision,decided_by,decided_at,reason,run_date,signals_at_decision";

  /** The benign worker (by the generator's truth) with the highest risk score on {@code night}, with signals. */
  static Disposition clearTopBenign(SparkSession spark, Path output, LocalDate night, Set<String> benign) {
    List<Row> ranked = new PublishedTables(spark, output.toString()).committed(TableNames.WORKER_RISK)
        .filter(col("run_date").equalTo(java.sql.Date.valueOf(night)))
        .filter(org.apache.spark.sql.functions.size(col("signals")).gt(0))
        .orderBy(desc("risk_score"), col("worker_id"))
        .select(col("worker_id"), col("signals.signal")).collectAsList();
    for (Row r : ranked) {
      if (benign.contains(r.getString(0))) {
        return new Disposition(r.getString(0), night, r.getList(1));
      }
    }
    throw new IllegalStateException("no benign worker with a signal on " + night + ": nothing for an auditor to clear");
  }

  /** Writes the decision as the input's dispositions/dispositions.csv. */
  void write(Path input) {
    Path dir = input.resolve("dispositions");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("dispositions.csv"), HEADER + "\n" + String.join(",", "worker", workerId,
          "false_positive", "auditor@example.com", decidedNight + "T15:00:00Z",
          "\"known to the team: a series test's decision\"", decidedNight.toString(), String.join(";", signals)) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
