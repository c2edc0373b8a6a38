package io.ringwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.publish.LastPublishedRun;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NightKindTest {
  private static final LocalDate D1 = LocalDate.parse("2026-11-20");
  private static final LocalDate D2 = D1.plusDays(1);
  private static final LastPublishedRun.Identity LAST = new LastPublishedRun.Identity(D1, "digest-a", "v1", "ref-a");
  private static final NightKind.Tonight SAME = new NightKind.Tonight(D2, "digest-a", "v1", "ref-a", Optional.of(D1),
      List.of());

  @Test
  void aNightAfterTheStatesNightWithNothingChangedIsIncremental() {
    NightKind k = NightKind.decide(Optional.of(LAST), SAME);
    assertEquals(NightKind.INCREMENTAL, k.kind());
    assertEquals("state of 2026-11-20 carried forward", k.reason());
  }

  @Test
  void afterIngestANightIsIncrementalWhenDaysWereCarriedAndSaysWhat() {
    NightKind allowed = NightKind.decide(Optional.of(LAST), SAME);
    List<String> plans = List.of("auth_events: 29 day(s) carried, 2 read (2026-11-20 new; 2026-11-21 new)");
    assertEquals(new NightKind(NightKind.INCREMENTAL, "state of 2026-11-20 carried forward: " + plans.get(0)),
        allowed.afterIngest(true, plans));
    assertEquals(new NightKind(NightKind.FULL, "state of 2026-11-20 carried forward is possible, but no kept day "
        + "could be carried: auth_events: 0 day(s) carried, 3 read"), allowed.afterIngest(false,
        List.of("auth_events: 0 day(s) carried, 3 read")));
    NightKind first = NightKind.decide(Optional.empty(), SAME);
    assertEquals(first, first.afterIngest(false, List.of()), "a full night's reason stays as it is");
  }

  @Test
  void theFirstNightIsFull() {
    assertEquals(new NightKind(NightKind.FULL, "first night for this output"), NightKind.decide(Optional.empty(), SAME));
  }

  @Test
  void eachRuleThatFailsIsNamedInTheReason() {
    assertFull("no state kept under the output", new NightKind.Tonight(D2, "digest-a", "v1", "ref-a", Optional.empty(),
        List.of()));
    assertFull("the state is of 2026-11-19, the last published night of 2026-11-20",
        new NightKind.Tonight(D2, "digest-a", "v1", "ref-a", Optional.of(D1.minusDays(1)), List.of()));
    assertFull("a past date run again (last published night 2026-11-20)",
        new NightKind.Tonight(D1, "digest-a", "v1", "ref-a", Optional.of(D1), List.of()));
    assertFull("settings changed (config digest digest-a -> digest-b)",
        new NightKind.Tonight(D2, "digest-b", "v1", "ref-a", Optional.of(D1), List.of()));
    assertFull("code version changed (v1 -> v2)",
        new NightKind.Tonight(D2, "digest-a", "v2", "ref-a", Optional.of(D1), List.of()));
    assertFull("reference data changed (IP tables or sanctions list)",
        new NightKind.Tonight(D2, "digest-a", "v1", "ref-b", Optional.of(D1), List.of()));
    assertFull("not laid out by day: auth_events",
        new NightKind.Tonight(D2, "digest-a", "v1", "ref-a", Optional.of(D1), List.of("auth_events")));
  }

  @Test
  void severalFailingRulesAreAllNamedInTheirOrder() {
    NightKind k = NightKind.decide(Optional.of(LAST), new NightKind.Tonight(D2, "0123456789abcdef0123", "v2", "ref-a",
        Optional.empty(), List.of("auth_events", "endpoint_events")));
    assertEquals(new NightKind(NightKind.FULL, "no state kept under the output; settings changed (config digest "
        + "digest-a -> 0123456789ab); code version changed (v1 -> v2); not laid out by day: auth_events, "
        + "endpoint_events"), k);
  }

  @Test
  void aLastNightWithoutAFingerprintCannotVouchForTheReferenceData() {
    NightKind k = NightKind.decide(Optional.of(new LastPublishedRun.Identity(D1, "digest-a", "v1", null)), SAME);
    assertEquals(NightKind.FULL, k.kind());
    assertTrue(k.reason().contains("recorded no reference fingerprint"), k.reason());
  }

  private static void assertFull(String reason, NightKind.Tonight t) {
    assertEquals(new NightKind(NightKind.FULL, reason), NightKind.decide(Optional.of(LAST), t));
  }
}
