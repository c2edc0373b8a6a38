package io.ringwatch.ingest;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingest hands on: the accepted rows of each dataset (events limited to the look-back
 * window), the rejected rows with their reasons, the counts, and where the sanctions files are.
 */
public record IngestedInputs(Map<String, Dataset<Row>> accepted, Dataset<Row> rejected,
    List<DatasetCounts> counts, String sanctionsLocation) {

  /** The accepted rows of a dataset by its name. */
  public Dataset<Row> dataset(String name) {
    return accepted.get(name);
  }

  public Dataset<Row> workers() {
    return accepted.get(Datasets.HR_WORKERS);
  }

  public Dataset<Row> payments() {
    return accepted.get(Datasets.PAYROLL_PAYMENTS);
  }

  public Dataset<Row> devices() {
    return accepted.get(Datasets.DEVICES);
  }

  public Dataset<Row> authEvents() {
    return accepted.get(Datasets.AUTH_EVENTS);
  }

  public Dataset<Row> endpointEvents() {
    return accepted.get(Datasets.ENDPOINT_EVENTS);
  }
}
