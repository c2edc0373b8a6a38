package io.ringwatch.components;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The union–find behind the one-task path, without Spark. */
class OneTaskConnectedComponentsTest {

  @Test
  void everyVertexGetsTheSmallestIdOfItsComponent() {
    // 5-3-9 chained, 7 alone with a self-loop, -4 and 12 a pair; edges in no particular order.
    long[][] got = OneTaskConnectedComponents.components(new long[] {9, 7, 12, 5}, new long[] {3, 7, -4, 3});
    assertArrayEquals(new long[] {-4, 3, 5, 7, 9, 12}, got[0]);
    assertArrayEquals(new long[] {-4, 3, 3, 7, 3, -4}, got[1]);
  }

  @Test
  void aLongChainJoinedFromBothEndsEndsInOneComponent() {
    int n = 10_000;
    long[] src = new long[n - 1];
    long[] dst = new long[n - 1];
    for (int i = 0; i < n - 1; i++) { // joined from the large end first: the worst order for naive roots
      src[i] = n - i;
      dst[i] = n - i - 1;
    }
    long[][] got = OneTaskConnectedComponents.components(src, dst);
    for (long c : got[1]) {
      if (c != 1) {
        throw new AssertionError("component " + c);
      }
    }
  }

  @Test
  void noEdgesNoVertices() {
    assertArrayEquals(new long[0], OneTaskConnectedComponents.components(new long[0], new long[0])[0]);
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SizedConnectedComponents(-1, new StarConnectedComponents()));
  }
}
