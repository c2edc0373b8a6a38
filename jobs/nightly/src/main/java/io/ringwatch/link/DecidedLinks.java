package io.ringwatch.link;

import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the link stage decides, before it is stored: the links, each that counts with its value
 * ({@link #COUNTED_VALUE}: the key its evidence is found by, never handed on), and the rows of
 * payments, devices and event summaries behind links ({@code worker_id, kind, value, source,
 * record_ids}, every id) that the evidence is taken from.
 */
public record DecidedLinks(Dataset<Row> links, Dataset<Row> records) {
  /** The normalised value of a link that counts; null for the others. */
  public static final String COUNTED_VALUE = "counted_value";

  /** This result, once the links have the columns of {@link LinkStage#LINKS} (metadata only). */
  public DecidedLinks checked() {
    LinkStage.LINKS.check(links);
    return this;
  }

  /**
   * The links and their evidence, each passed through {@code store} (name, frame → the frame
   * stored): the links first, so the evidence reads the stored decision instead of deciding again.
   */
  public Linked linked(BiFunction<String, Dataset<Row>, Dataset<Row>> store) {
    Dataset<Row> decided = store.apply("identity_links", links);
    return new Linked(decided.drop(COUNTED_VALUE), store.apply("link_evidence", LinkEvidence.of(decided, records)));
  }

  /** The links and their evidence unstored (each read computes them again): for tests. */
  public Linked linked() {
    return linked((name, frame) -> frame);
  }
}
