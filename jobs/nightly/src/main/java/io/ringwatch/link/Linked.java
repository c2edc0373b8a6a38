package io.ringwatch.link;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What link hands on: {@code identity_links} (frames.md §5). */
public record Linked(Dataset<Row> links) {

  /** This result, once the links have the columns of {@link LinkStage#LINKS} (metadata only). */
  public Linked checked() {
    LinkStage.LINKS.check(links);
    return this;
  }
}
