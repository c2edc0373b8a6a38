package io.ringwatch.score;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cluster score rule, kept pure so that it can be read, tested and explained without Spark.
 *
 * <p>A cluster is scored from two things an auditor can check separately: the kinds of values
 * that tie members who do not share a home (a bank account plus a laptop ship-to address is
 * worse than a public IP), each kind counted once with its configured points, grown with the
 * number of workers sharing one value of it (a CV shared by seven is worse than by two), up to a cap; and
 * what its members do, i.e. the strongest member's own score from behavioural signals (signals
 * that merely restate a shared value, such as {@code shared_payout_account}, are left out there
 * because the ties already count them), plus a few points for every further member whose own
 * behaviour is worth noting. A couple who live apart and share a bank account is one tie and no
 * behaviour; a ring is several ties and several members with signals.
 */
public final class ClusterScoring {
  private ClusterScoring() {}

  /** Points of the ties: every distinct kind once, each as if two workers shared it, capped. */
  public static int tiePoints(ClusterScoreSettings s, Collection<String> tieKinds) {
    Map<String, Integer> pairs = new TreeMap<>();
    for (String kind : tieKinds) {
      pairs.put(kind, 2);
    }
    return (int) Math.round(tiePoints(s, pairs));
  }

  /**
   * Points of the ties: every distinct kind once, its points grown by how many workers share one
   * value of it ({@link #breadthFactor}), capped at {@code max-tie-points}.
   *
   * @param widestTies for each kind tying members who live apart, the most workers sharing one value of it
   */
  public static double tiePoints(ClusterScoreSettings s, Map<String, Integer> widestTies) {
    double sum = 0;
    for (Map.Entry<String, Integer> e : new TreeMap<>(widestTies).entrySet()) {
      sum += s.tiePoints().getOrDefault(e.getKey(), 0) * breadthFactor(s, e.getKey(), e.getValue());
    }
    return Math.min(s.maxTiePoints(), sum);
  }

  /**
   * How much a tie of a strong kind grows with the workers sharing its value: two people on one
   * phone number or CV may be a typing error or a family, eleven laptops' worth of workers shipping
   * to one address is an operation (the laptop farms of the FBI and DOJ cases held dozens). Each
   * worker beyond two adds {@code tie-breadth-step} of the kind's points, up to
   * {@code tie-breadth-max} times them. Weak kinds do not grow: a busy café's IP ties many.
   */
  public static double breadthFactor(ClusterScoreSettings s, String kind, int workers) {
    if (s.weakTieKinds().contains(kind)) {
      return 1.0;
    }
    return Math.min(s.tieBreadthMax(), 1.0 + s.tieBreadthStep() * Math.max(0, workers - 2));
  }

  /**
   * @param tieKinds kinds of the values that tie members living at different homes (two workers each)
   * @param topBehaviour the highest behavioural score of a member (0–100)
   * @param membersWithBehaviour members whose behavioural score reaches {@code member-signal-points}
   */
  public static double score(ClusterScoreSettings s, Collection<String> tieKinds, double topBehaviour,
      int membersWithBehaviour) {
    Map<String, Integer> pairs = new TreeMap<>();
    for (String kind : tieKinds) {
      pairs.put(kind, 2);
    }
    return score(s, pairs, topBehaviour, membersWithBehaviour);
  }

  /**
   * @param widestTies for each kind tying members who live apart, the most workers sharing one value of it
   * @param topBehaviour the highest behavioural score of a member (0–100)
   * @param membersWithBehaviour members whose behavioural score reaches {@code member-signal-points}
   */
  public static double score(ClusterScoreSettings s, Map<String, Integer> widestTies, double topBehaviour,
      int membersWithBehaviour) {
    double breadth = (double) s.memberPoints() * Math.max(0, membersWithBehaviour - 1);
    return Math.min(100.0, tiePoints(s, widestTies) + topBehaviour + breadth);
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
