package io.ringwatch.screen;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;

/**
 * Every name of a {@link SanctionsList} (primary, strong and optionally weak aliases) as folded
 * tokens, with its blocking keys. Small (tens of thousands of names): built on the driver and
 * shipped to executors. Individuals are folded as persons; entities, vessels and aircraft with
 * company-form words removed.
 *
 * <p>Building it takes seconds of the driver's time (36,000 names of the OFAC list folded,
 * prepared and keyed), and its built form is ~45 MB serialized: {@link #of} keeps the last one
 * built in the JVM for an equal list (the tests' JVM, the lab's series of nights and backfills run
 * many nights on one list), and it is serialized as the list and its two settings, rebuilt where it
 * is read (an executor rebuilds it once, {@link #of} again; in local mode the broadcast value is
 * the driver's own object and nothing is rebuilt).
 */
public final class NameIndex implements Serializable {
  private static SoftReference<NameIndex> last = new SoftReference<>(null);
  /** One list name: {@code aliasIndex} -1 for the primary name, else index in entry.aliases(). */
  public record IndexedName(int id, int entryIndex, int aliasIndex, String name, String kind, boolean weak,
      SanctionsEntry.Type type, Names.Tokens parts) implements Serializable {
    /** Folded tokens (blocking keys and rarity are made of these). */
    public List<String> tokens() {
      return parts.folded();
    }
  }

  private final List<IndexedName> names = new ArrayList<>();
  private final Map<String, int[]> byKey = new HashMap<>();
  private final Set<String> frequent = new HashSet<>();
  private final NameRarity rarity;
  private final NameMatcher.Prepared[] prepared;
  private final CeilingTokens[] ceilingTokens;
  private final SanctionsList list;
  private final boolean includeWeakAliases;
  private final int maxKeyFrequency;

  /**
   * @param maxKeyFrequency a key shared by more list names than this is not used on its own
   *     (see {@link NameMatcher#keys}); keeps common tokens (KIM, MOHAMMAD, COMPANY) from
   *     pairing every input with hundreds of list names.
   */
  private NameIndex(SanctionsList list, boolean includeWeakAliases, int maxKeyFrequency) {
    this.list = list;
    this.includeWeakAliases = includeWeakAliases;
    this.maxKeyFrequency = maxKeyFrequency;
    for (int e = 0; e < list.size(); e++) {
      SanctionsEntry entry = list.get(e);
      boolean person = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
      add(e, -1, entry.primaryName(), "primary", false, entry.type(), person);
      for (int a = 0; a < entry.aliases().size(); a++) {
        SanctionsEntry.Alias alias = entry.aliases().get(a);
        if (alias.weak() && !includeWeakAliases) {
          continue;
        }
        add(e, a, alias.name(), alias.kind(), alias.weak(), entry.type(), person);
      }
    }
    rarity = new NameRarity(names.stream().map(IndexedName::tokens).toList());
    prepared = new NameMatcher.Prepared[names.size()];
    ceilingTokens = new CeilingTokens[names.size()];
    for (IndexedName n : names) {
      prepared[n.id()] = NameMatcher.prepareListed(n.parts(), rarity);
      ceilingTokens[n.id()] = CeilingTokens.of(prepared[n.id()]);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (IndexedName n : names) {
      for (String k : NameMatcher.rawKeys(n.tokens())) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    counts.forEach((k, c) -> {
      if (c > maxKeyFrequency) {
        frequent.add(k);
      }
    });
    Map<String, List<Integer>> tmp = new LinkedHashMap<>();
    for (IndexedName n : names) {
      for (String k : NameMatcher.keys(n.tokens(), frequent)) {
        tmp.computeIfAbsent(k, x -> new ArrayList<>()).add(n.id());
      }
    }
    tmp.forEach((k, ids) -> byKey.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * The index of {@code list}: the one last built in this JVM when it was built from equal entries
   * (records: compared field by field) with the same settings, else a new one. The entries' order
   * is part of equality, as names refer to entries by position.
   */
  public static synchronized NameIndex of(SanctionsList list, boolean includeWeakAliases, int maxKeyFrequency) {
    NameIndex kept = last.get();
    if (kept != null && kept.includeWeakAliases == includeWeakAliases && kept.maxKeyFrequency == maxKeyFrequency
        && (kept.list == list || kept.list.entries().equals(list.entries()))) {
      return kept;
    }
    NameIndex built = new NameIndex(list, includeWeakAliases, maxKeyFrequency);
    last = new SoftReference<>(built);
    return built;
  }

  /** Forgets the kept index, as a JVM that has built none (an executor's, in tests). */
  static synchronized void forgetKept() {
    last = new SoftReference<>(null);
  }

  /** Serialized as what it is built from (see the class comment). */
  private Object writeReplace() throws ObjectStreamException {
    return new Serialized(list, includeWeakAliases, maxKeyFrequency);
  }

  private record Serialized(SanctionsList list, boolean includeWeakAliases, int maxKeyFrequency)
      implements Serializable {
    private Object readResolve() throws ObjectStreamException {
      return of(list, includeWeakAliases, maxKeyFrequency);
    }
  }

  private void add(int entry, int alias, String name, String kind, boolean weak, SanctionsEntry.Type type,
      boolean person) {
    Names.Tokens tokens = person ? Names.person(name) : Names.entity(name);
    if (!tokens.isEmpty()) {
      names.add(new IndexedName(names.size(), entry, alias, name, kind, weak, type, tokens));
    }
  }

  /** The list it was built from (entries equal to every list {@link #of} returned it for). */
  SanctionsList list() {
    return list;
  }

  public List<IndexedName> names() {
    return names;
  }

  public IndexedName name(int id) {
    return names.get(id);
  }

  /** The list name {@code id} prepared for the matcher (tokens, joined variants, information). */
  public NameMatcher.Prepared prepared(int id) {
    return prepared[id];
  }

  /** The list name {@code id}'s tokens as {@link MatchCeiling} reads them. */
  CeilingTokens ceilingTokens(int id) {
    return ceilingTokens[id];
  }

  /** How much each folded token of the list tells (see {@link NameRarity}). */
  public NameRarity rarity() {
    return rarity;
  }

  /** Keys too frequent on the list to block on alone. */
  public Set<String> frequentKeys() {
    return frequent;
  }

  /** The blocking keys of a folded query name (same function as the list side). */
  public Set<String> queryKeys(List<String> folded) {
    return NameMatcher.keys(folded, frequent);
  }

  /** All (key, name id) pairs of the list side, for an equi-join in Spark. */
  public Map<String, int[]> keyTable() {
    return byKey;
  }

  /** Ids of the list names sharing at least one blocking key with the query. */
  public Set<Integer> candidates(List<String> folded) {
    Set<Integer> out = new HashSet<>();
    for (String k : queryKeys(folded)) {
      int[] ids = byKey.get(k);
      if (ids != null) {
        for (int id : ids) {
          out.add(id);
        }
      }
    }
    return out;
  }
}
