package io.ringwatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterScoringTest {
  private static final ClusterScoreSettings CONF = ClusterScoreSettings.from(SettingsLoader.load(null));
  private static final ScoreSettings BANDS = ScoreSettings.from(SettingsLoader.load(null));

  @Test
  void aBankAccountAndALaptopAddressWeighMoreThanAPublicIp() {
    double ring = ClusterScoring.score(CONF, List.of("bank_account", "ship_address"), 0, 0);
    double flatmates = ClusterScoring.score(CONF, List.of("ip"), 0, 0);
    assertTrue(ring > flatmates, ring + " vs " + flatmates);
    assertTrue(ring >= BANDS.high(), "money and laptops to one place, without any behaviour, is high: " + ring);
    assertTrue(flatmates < BANDS.medium(), "a shared public IP alone is low: " + flatmates);
  }

  @Test
  void aCoupleLivingApartWithAJointAccountIsNotFlaggedOnTheTieAlone() {
    assertTrue(ClusterScoring.score(CONF, List.of("bank_account"), 0, 0) < BANDS.high());
  }

  @Test
  void eachKindCountsOnceAndTiesAreCapped() {
    assertEquals(ClusterScoring.score(CONF, List.of("phone"), 0, 0),
        ClusterScoring.score(CONF, List.of("phone", "phone", "phone"), 0, 0));
    int all = ClusterScoring.tiePoints(CONF, CONF.tiePoints().keySet());
    assertEquals(CONF.maxTiePoints(), all);
  }

  @Test
  void aStrongTieGrowsWithTheWorkersSharingItAndAWeakOneDoesNot() {
    // two on one CV: the kind's points; seven: grown by a quarter per worker beyond two, at most doubled
    assertEquals(1.0, ClusterScoring.breadthFactor(CONF, "resume", 2));
    assertEquals(1.0 + 3 * CONF.tieBreadthStep(), ClusterScoring.breadthFactor(CONF, "resume", 5), 1e-9);
    assertEquals(CONF.tieBreadthMax(), ClusterScoring.breadthFactor(CONF, "ship_address", 11), 1e-9);
    assertEquals(1.0, ClusterScoring.breadthFactor(CONF, "ip", 9), "a café's IP ties many and stays weak");
    double pair = ClusterScoring.score(CONF, Map.of("ship_address", 2), 0, 0);
    double farm = ClusterScoring.score(CONF, Map.of("ship_address", 11, "email", 3), 0, 0);
    assertTrue(farm > pair, farm + " vs " + pair);
    assertTrue(farm >= BANDS.high(), "eleven workers' laptops shipped to one address that is no home is high: " + farm);
    assertTrue(ClusterScoring.score(CONF, Map.of("bank_account", 2), 0, 0) < BANDS.high(),
        "a couple living apart with one account stays below high");
    assertEquals(ClusterScoring.score(CONF, List.of("phone", "github"), 0, 0),
        ClusterScoring.score(CONF, Map.of("phone", 2, "github", 2), 0, 0));
    assertEquals(CONF.maxTiePoints(), ClusterScoring.tiePoints(CONF, Map.of("resume", 40, "national_id", 40)), 1e-9);
  }

  @Test
  void membersBehaviourAddsTheStrongestScoreAndBreadth() {
    double one = ClusterScoring.score(CONF, List.of("phone"), 30, 1);
    double three = ClusterScoring.score(CONF, List.of("phone"), 30, 3);
    assertEquals(CONF.tiePoints().get("phone") + 30.0, one);
    assertEquals(one + 2 * CONF.memberPoints(), three);
    assertEquals(100.0, ClusterScoring.score(CONF, List.of("bank_account", "ship_address"), 100, 5));
  }

  @Test
  void membersTiedOnlyByWeakKindsGetAShareOfThePropagatedScore() {
    assertEquals(1.0, ClusterScoring.memberShare(CONF, Set.of("ip", "bank_account"), 0));
    assertEquals(CONF.weakTieShare(), ClusterScoring.memberShare(CONF, Set.of("ip"), 0));
    assertEquals(CONF.weakTieShare(), ClusterScoring.memberShare(CONF, Set.of(), 0));
    assertEquals(CONF.weakTieShare(), ClusterScoring.memberShare(CONF, Set.of("ip"), CONF.memberSignalPoints() - 1));
  }

  @Test
  void aMemberWithBehaviourOfItsOwnTakesTheFullShareWhateverTiesItIn() {
    // The weak-tie share is for the neighbour on the ring's IP who shows nothing; a member on the
    // ring's VPN exit who also signs in at the ring's hours is one of them.
    assertEquals(1.0, ClusterScoring.memberShare(CONF, Set.of("ip"), CONF.memberSignalPoints()));
    assertEquals(1.0, ClusterScoring.memberShare(CONF, Set.of("address"), 40));
  }

  @Test
  void settingsNameOnlyKnownKindsAndSignals() {
    Settings bad = Settings.from(ConfigFactory.parseString(
        "ringwatch.score.cluster.tie-points.fax = 3").withFallback(SettingsLoader.load(null).raw()));
    assertTrue(assertThrows(SettingsException.class, () -> ClusterScoreSettings.from(bad)).getMessage()
        .contains("ringwatch.score.cluster.tie-points.fax"));
    Settings badSignal = Settings.from(ConfigFactory.parseString(
        "ringwatch.score.cluster.tie-signals = [no_such_signal]").withFallback(SettingsLoader.load(null).raw()));
    assertTrue(assertThrows(SettingsException.class, () -> ClusterScoreSettings.from(badSignal)).getMessage()
        .contains("no_such_signal"));
  }
}
