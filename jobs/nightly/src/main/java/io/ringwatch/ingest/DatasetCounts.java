package io.ringwatch.ingest;

/**
 * The reconciliation of one dataset: every row read is either accepted or rejected; of the
 * accepted rows of an event dataset, those inside the look-back window are analysed.
 */
public record DatasetCounts(String dataset, long read, long accepted, long rejected, long inWindow) {
  public DatasetCounts {
    if (read != accepted + rejected) {
      throw new IllegalStateException(dataset + ": read " + read + " != accepted " + accepted
          + " + rejected " + rejected);
    }
  }

  public double rejectShare() {
    return read == 0 ? 0.0 : (double) rejected / read;
  }
}
