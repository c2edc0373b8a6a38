package io.ringwatch.score;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cluster score rule, kept pure so that it can be read, tested and explained without Spark.
 *
 * <p>A cluster is scored from two things an auditor can check separately: the kinds of values
 * that tie members who do not share a home (a bank account plus a laptop ship-to address is
 * worse than a public IP), each kind counted once with its configured points up to a cap; and
 * what its members do, i.e. the strongest member's own score from behavioural signals (signals
 * that merely restate a shared value, such as {@code shared_payout_account}, are left out there
 * because the ties already count them), plus a few points for every further member whose own
 * behaviour is worth noting. A couple who live apart and share a bank account is one tie and no
 * behaviour; a ring is several ties and several members with signals.
 */
public final class ClusterScoring {
  private ClusterScoring() {}

  /** Points of the ties: every distinct kind once, capped. */
  public static int tiePoints(ClusterScoreSettings s, Collection<String> tieKinds) {
    int sum = 0;
    for (String kind : new TreeSet<>(tieKinds)) {
      sum += s.tiePoints().getOrDefault(kind, 0);
    }
    return Math.min(s.maxTiePoints(), sum);
  }

  /**
   * @param tieKinds kinds of the values that tie members living at different homes
   * @param topBehaviour the highest behavioural score of a member (0–100)
   * @param membersWithBehaviour members whose behavioural score reaches {@code member-signal-points}
   */
  public static double score(ClusterScoreSettings s, Collection<String> tieKinds, double topBehaviour,
      int membersWithBehaviour) {
    double breadth = (double) s.memberPoints() * Math.max(0, membersWithBehaviour - 1);
    return Math.min(100.0, tiePoints(s, tieKinds) + topBehaviour + breadth);
  }

  /**
   * The share of the cluster's propagated score a member receives: full when the member holds a
   * value of a strong kind with members living elsewhere, or when its own behaviour reaches
   * {@code member-signal-points}; reduced when only weak kinds (a public IP, a home address) tie
   * it in and it shows nothing of its own, since that is how a neighbour or a café customer is
   * pulled into a ring's component. A member sharing a ring's VPN exit and signing in at the
   * ring's hours is not that neighbour.
   *
   * @param behaviourScore the member's behavioural score (signals other than the tie signals)
   */
  public static double memberShare(ClusterScoreSettings s, Set<String> memberTieKinds, double behaviourScore) {
    if (behaviourScore >= s.memberSignalPoints()) {
      return 1.0;
    }
    for (String k : memberTieKinds) {
      if (!s.weakTieKinds().contains(k)) {
        return 1.0;
      }
    }
    return s.weakTieShare();
  }
}
