package io.ringwatch.screen;

import java.io.Serializable;
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
 */
public final class NameIndex implements Serializable {
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

  /**
   * @param maxKeyFrequency a key shared by more list names than this is not used on its own
   *     (see {@link NameMatcher#keys}); keeps common tokens (KIM, MOHAMMAD, COMPANY) from
   *     pairing every input with hundreds of list names.
   */
  public NameIndex(SanctionsList list, boolean includeWeakAliases, int maxKeyFrequency) {
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

  private void add(int entry, int alias, String name, String kind, boolean weak, SanctionsEntry.Type type,
      boolean person) {
    Names.Tokens tokens = person ? Names.person(name) : Names.entity(name);
    if (!tokens.isEmpty()) {
      names.add(new IndexedName(names.size(), entry, alias, name, kind, weak, type, tokens));
    }
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
