package io.ringwatch.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rule that carries cluster ids from one published run to the next, as plain functions.
 * {@link StableClusterIds} applies the same rule on Spark; {@link #assign} is the single-JVM
 * reference it is tested against.
 *
 * <ul>
 *   <li><b>Candidate.</b> A new cluster N and an old cluster O are a candidate pair when the
 *   members they share are more than {@code minShare} of N and more than {@code minShare} of O
 *   ({@link #isCandidate}). With {@code minShare = 0.5} a cluster has at most one candidate.</li>
 *   <li><b>Greedy.</b> Candidate pairs are taken in {@link #ORDER} (more shared members first,
 *   then the smaller union, i.e. the higher Jaccard index, then the old id, then the new
 *   cluster's smallest member), skipping a pair whose new cluster or old id is taken. Each old id
 *   is used at most once; the result does not depend on the order the pairs arrive in.</li>
 *   <li><b>New ids.</b> A cluster without a match gets {@link #newId}: {@code C-<run date>-<12
 *   hex digits of SHA-256("<run date>|<smallest member>")>}. Two new clusters of one run have
 *   different smallest members, and ids of different run dates differ in the date, so an id is
 *   never issued twice for different clusters (up to a 48-bit hash collision between two
 *   clusters of the same run date). Re-running a date gives the same ids.</li>
 *   <li><b>Events</b> ({@link #event}): a predecessor of N is an old cluster sharing at least one
 *   member with N; an old cluster split when its members are in two or more new clusters.
 *   {@code new}: no predecessor; {@code merged}: two or more predecessors, none split;
 *   {@code split}: one predecessor, which split; {@code split_and_merged}: two or more
 *   predecessors, at least one split; {@code continued}: one predecessor, which did not split.
 *   An old cluster none of whose members is in any cluster now is {@code dissolved}.</li>
 *   <li><b>Member counts</b> of N, against the union U of its predecessors: kept = |N ∩ U|,
 *   added = |N| − kept (in no cluster last run), removed = |U| − kept. A dissolved cluster O has
 *   kept 0, added 0, removed |O|.</li>
 * </ul>
 */
public final class ClusterMatching {
  public static final String NEW = "new";
  public static final String CONTINUED = "continued";
  public static final String SPLIT = "split";
  public static final String MERGED = "merged";
  public static final String SPLIT_AND_MERGED = "split_and_merged";
  public static final String DISSOLVED = "dissolved";

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private ClusterMatching() {}

  /** Shared members of a new cluster (known by its smallest member) and an old cluster. */
  public record Overlap(String newKey, String firstMember, String oldId, long shared, long newSize, long oldSize) {}

  /** One row of cluster_lineage (run date and run id are added when it is published). */
  public record Lineage(String clusterId, String event, List<String> previousClusterIds, boolean idKept,
      long size, long membersKept, long membersAdded, long membersRemoved) {}

  /** The ids of this run's clusters (by provisional id) and the lineage rows. */
  public record Assignment(Map<String, String> ids, List<Lineage> lineage) {}

  /** A pair may carry the old id only when both sides share more than {@code minShare} of their members. */
  public static boolean isCandidate(long shared, long newSize, long oldSize, double minShare) {
    return shared > minShare * newSize && shared > minShare * oldSize;
  }

  /** The greedy order of candidate pairs; a strict total order on distinct pairs. */
  public static final Comparator<Overlap> ORDER = Comparator.comparingLong((Overlap o) -> -o.shared())
      .thenComparingLong(o -> o.newSize() + o.oldSize())
      .thenComparing(Overlap::oldId)
      .thenComparing(Overlap::firstMember);

  /** Greedy matching of the candidate pairs among {@code overlaps}: new key → old id. */
  public static Map<String, String> match(Collection<Overlap> overlaps, double minShare) {
    List<Overlap> candidates = new ArrayList<>();
    for (Overlap o : overlaps) {
      if (isCandidate(o.shared(), o.newSize(), o.oldSize(), minShare)) {
        candidates.add(o);
      }
    }
    candidates.sort(ORDER);
    Map<String, String> matched = new TreeMap<>();
    Set<String> usedOld = new HashSet<>();
    for (Overlap o : candidates) {
      if (!matched.containsKey(o.newKey()) && !usedOld.contains(o.oldId())) {
        matched.put(o.newKey(), o.oldId());
        usedOld.add(o.oldId());
      }
    }
    return matched;
  }

  /** The id of a cluster that keeps no earlier id. */
  public static String newId(LocalDate runDate, String smallestMember) {
    String day = runDate.format(DAY);
    return "C-" + day + "-" + sha256Hex(runDate + "|" + smallestMember).substring(0, 12).toUpperCase(Locale.ROOT);
  }

  /** The event of a cluster with {@code predecessors} old clusters, one of which split or not. */
  public static String event(int predecessors, boolean anyPredecessorSplit) {
    if (predecessors == 0) {
      return NEW;
    }
    if (predecessors == 1) {
      return anyPredecessorSplit ? SPLIT : CONTINUED;
    }
    return anyPredecessorSplit ? SPLIT_AND_MERGED : MERGED;
  }

  /**
   * The whole rule on in-memory clusters: {@code current} maps this run's provisional cluster ids
   * to their members, {@code previous} the previous run's cluster ids to theirs.
   */
  public static Assignment assign(Map<String, Set<String>> current, Map<String, Set<String>> previous,
      LocalDate runDate, double minShare) {
    Map<String, String> oldOf = new HashMap<>();
    previous.forEach((id, members) -> members.forEach(m -> oldOf.put(m, id)));
    Map<String, String> first = new HashMap<>();
    Map<String, Map<String, Long>> shared = new TreeMap<>();
    Map<String, Set<String>> successors = new HashMap<>();
    for (var e : current.entrySet()) {
      first.put(e.getKey(), new TreeSet<>(e.getValue()).first());
      Map<String, Long> perOld = new TreeMap<>();
      for (String m : e.getValue()) {
        String old = oldOf.get(m);
        if (old != null) {
          perOld.merge(old, 1L, Long::sum);
          successors.computeIfAbsent(old, k -> new HashSet<>()).add(e.getKey());
        }
      }
      shared.put(e.getKey(), perOld);
    }
    List<Overlap> overlaps = new ArrayList<>();
    shared.forEach((key, perOld) -> perOld.forEach((old, n) -> overlaps.add(
        new Overlap(key, first.get(key), old, n, current.get(key).size(), previous.get(old).size()))));
    Map<String, String> matched = match(overlaps, minShare);

    Map<String, String> ids = new TreeMap<>();
    List<Lineage> lineage = new ArrayList<>();
    for (var e : current.entrySet()) {
      String key = e.getKey();
      String id = matched.containsKey(key) ? matched.get(key) : newId(runDate, first.get(key));
      ids.put(key, id);
      Map<String, Long> perOld = shared.get(key);
      long kept = perOld.values().stream().mapToLong(Long::longValue).sum();
      long union = perOld.keySet().stream().mapToLong(o -> previous.get(o).size()).sum();
      boolean split = perOld.keySet().stream().anyMatch(o -> successors.get(o).size() >= 2);
      long size = e.getValue().size();
      lineage.add(new Lineage(id, event(perOld.size(), split), List.copyOf(perOld.keySet()), matched.containsKey(key),
          size, kept, size - kept, union - kept));
    }
    for (var e : new TreeMap<>(previous).entrySet()) {
      if (!successors.containsKey(e.getKey())) {
        lineage.add(new Lineage(e.getKey(), DISSOLVED, List.of(e.getKey()), false, 0, 0, 0, e.getValue().size()));
      }
    }
    return new Assignment(ids, lineage);
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
