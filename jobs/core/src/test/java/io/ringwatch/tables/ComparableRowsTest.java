package io.ringwatch.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How two runs' rows are said to differ (no Spark: the rows as sorted strings). */
class ComparableRowsTest {
  @Test
  void theSameRowsAreNoDifference() {
    assertEquals(Optional.empty(), ComparableRows.difference("clusters", List.of("[a]", "[b]"), "full",
        List.of("[a]", "[b]"), "incremental"));
  }

  @Test
  void aDifferenceNamesTheTableTheCountsAndRowsOnEachSide() {
    String d = ComparableRows.difference("worker_risk", List.of("[a]", "[b]", "[c]"), "the full night",
        List.of("[a]", "[d]"), "the incremental").orElseThrow();
    assertEquals("worker_risk: 3 rows from the full night, 2 from the incremental; only in the first [[b], [c]], "
        + "only in the second [[d]]", d);
    assertTrue(ComparableRows.difference("t", List.of("[a]", "[a]"), "x", List.of("[a]"), "y").isPresent(),
        "a row twice is not a row once");
  }
}
