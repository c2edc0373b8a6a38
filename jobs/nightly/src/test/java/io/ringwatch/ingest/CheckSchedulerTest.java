package io.ringwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The order and the limits in which ingest's dataset checks run; no Spark. */
class CheckSchedulerTest {
  // The input contract's shape: payments and sign-ins reference the workers, endpoint events
  // the devices and the workers.
  static final Map<String, Set<String>> DEPENDS = Map.of(
      "hr", Set.of(), "payments", Set.of("hr"), "devices", Set.of("hr"),
      "auth", Set.of("hr"), "endpoint", Set.of("devices", "hr"));
  static final List<String> PRIORITY = List.of("hr", "devices", "endpoint", "auth", "payments");

  @Test
  void readyChecksStartInPriorityOrderAndADependentOvertakesLowerOnesWaiting() {
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch endpointStarted = new CountDownLatch(1);
    var outcomes = new CheckScheduler<String>(PRIORITY, DEPENDS, 2).run((name, inputs) -> {
      if (name.equals("endpoint")) {
        assertEquals(Map.of("devices", "devices checked", "hr", "hr checked"), inputs);
        endpointStarted.countDown();
      }
      if (name.equals("auth")) { // holds its slot until the endpoint events have started
        await(endpointStarted);
      }
      return name + " checked";
    }, started);
    // After hr: devices and auth (endpoint is not ready, payments is last); when devices ends,
    // the endpoint events take its slot before the payments, which wait for auth.
    assertEquals(List.of("hr", "devices", "auth", "endpoint", "payments"), started);
    assertEquals(PRIORITY, List.copyOf(outcomes.keySet()));
    outcomes.forEach((name, o) -> assertEquals(name + " checked", o.result()));
  }

  @Test
  void neverRunsMoreThanItsSlotsAtOnce() {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    new CheckScheduler<Integer>(PRIORITY, Map.of(), 2).run((name, inputs) -> {
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
      sleep(30);
      now.decrementAndGet();
      return 1;
    }, null);
    assertEquals(2, most.get());
  }

  @Test
  void aFailureSkipsItsDependentsAndTheOthersStillRun() {
    Map<String, Boolean> ran = new ConcurrentHashMap<>();
    var outcomes = new CheckScheduler<String>(PRIORITY, DEPENDS, 2).run((name, inputs) -> {
      ran.put(name, true);
      if (name.equals("devices")) {
        throw new IllegalArgumentException("devices is truncated");
      }
      return name;
    }, null);
    assertEquals("devices is truncated", outcomes.get("devices").failure().getMessage());
    assertTrue(outcomes.get("endpoint").skipped(), "endpoint events wait on the devices");
    assertNull(ran.get("endpoint"));
    for (String other : List.of("hr", "auth", "payments")) {
      assertEquals(other, outcomes.get(other).result());
    }
  }

  @Test
  void aFailedRootSkipsEverythingThatDependsOnItEvenIndirectly() {
    var outcomes = new CheckScheduler<String>(PRIORITY, DEPENDS, 2).run((name, inputs) -> {
      throw new IllegalStateException(name + " unreadable");
    }, null);
    assertEquals("hr unreadable", outcomes.get("hr").failure().getMessage());
    for (String other : List.of("devices", "endpoint", "auth", "payments")) {
      assertTrue(outcomes.get(other).skipped(), other);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
