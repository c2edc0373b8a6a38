package io.ringwatch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerTaskMemoTest {
  @Test
  void eachDistinctValueIsLookedUpOnceNullAnswersIncluded() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    PerTaskMemo<String, String> memo = PerTaskMemo.of(k -> {
      calls.incrementAndGet();
      return k == null || k.startsWith("x") ? null : k.toUpperCase();
    });
    for (int i = 0; i < 3; i++) {
      assertEquals("AB", memo.call("ab"));
      assertNull(memo.call("xy"));
      assertNull(memo.call(null));
    }
    assertEquals(3, calls.get());
  }

  @Test
  void itForgetsTheLeastRecentlyUsedBeyondItsBound() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    PerTaskMemo<Integer, Integer> memo = PerTaskMemo.of(k -> {
      calls.incrementAndGet();
      return k * 2;
    });
    for (int i = 0; i <= PerTaskMemo.CACHED; i++) {
      assertEquals(2 * i, memo.call(i));
    }
    assertEquals(PerTaskMemo.CACHED + 1, calls.get());
    assertEquals(2 * PerTaskMemo.CACHED, memo.call(PerTaskMemo.CACHED)); // still known
    assertEquals(0, memo.call(0)); // forgotten: looked up again
    assertEquals(PerTaskMemo.CACHED + 2, calls.get());
  }
}
