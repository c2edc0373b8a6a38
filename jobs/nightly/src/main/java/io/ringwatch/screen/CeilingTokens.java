package io.ringwatch.screen;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A prepared name's tokens as {@link MatchCeiling} reads them: every distinct token once (the
 * name's own tokens, then the joined pairs of the matcher's variants) with its folded syllables,
 * and each matcher variant as positions in that table, so a token pair met in several variants is
 * compared once. Built from {@link NameMatcher.Prepared} itself, so both see the same tokens.
 */
final class CeilingTokens implements Serializable {
  final String[] raw;
  final String[] folded;
  /** For a joined token the length of its longer half (folded), else 0: as {@code Variant.joinedPart}. */
  final int[] part;
  /** Folded syllables of a token written as romanised Korean syllables, else null (the matcher's syllable rule). */
  final String[][] syllables;
  /** {@code variants[v][k]}: table position of token k of the matcher's variant v. */
  final int[][] variants;
  /** Sum of the folded token lengths: the same in every variant (joining concatenates). */
  final int foldedLength;

  private CeilingTokens(List<String> raw, List<String> folded, List<Integer> part, int[][] variants) {
    this.raw = raw.toArray(new String[0]);
    this.folded = folded.toArray(new String[0]);
    this.part = part.stream().mapToInt(Integer::intValue).toArray();
    this.syllables = new String[this.raw.length][];
    for (int i = 0; i < this.raw.length; i++) {
      List<String> s = Names.syllables(this.raw[i]);
      syllables[i] = s == null ? null : s.stream().map(Names::foldCached).toArray(String[]::new);
    }
    this.variants = variants;
    int length = 0;
    for (int k : variants[0]) {
      length += this.folded[k].length();
    }
    this.foldedLength = length;
  }

  boolean isEmpty() {
    return variants[0].length == 0;
  }

  /**
   * The table of {@code p}'s tokens. Variant 0 is the name as written; every other variant is it
   * with one adjacent pair joined (the position marked by {@code joinedPart}); a variant of another
   * shape means the matcher changed and this table with it must, so it fails rather than diverge.
   */
  static CeilingTokens of(NameMatcher.Prepared p) {
    List<NameMatcher.Variant> vs = p.variants();
    NameMatcher.Variant base = vs.get(0);
    int n = base.folded().size();
    List<String> raw = new ArrayList<>(base.raw());
    List<String> folded = new ArrayList<>(base.folded());
    List<Integer> part = new ArrayList<>();
    int[][] variants = new int[vs.size()][];
    variants[0] = new int[n];
    for (int k = 0; k < n; k++) {
      part.add(base.joinedPart()[k]);
      variants[0][k] = k;
    }
    for (int v = 1; v < vs.size(); v++) {
      NameMatcher.Variant x = vs.get(v);
      int at = joinedAt(x);
      variants[v] = new int[x.folded().size()];
      for (int k = 0; k < x.folded().size(); k++) {
        int pos = k < at ? k : k + 1;
        if (k == at) {
          variants[v][k] = raw.size();
          raw.add(x.raw().get(k));
          folded.add(x.folded().get(k));
          part.add(x.joinedPart()[k]);
        } else if (!x.folded().get(k).equals(base.folded().get(pos)) || x.joinedPart()[k] != 0) {
          throw new IllegalStateException("matcher variant " + x.folded() + " is not " + base.folded() + " with one pair joined");
        } else {
          variants[v][k] = pos;
        }
      }
      if (x.folded().size() != n - 1) {
        throw new IllegalStateException("matcher variant " + x.folded() + " is not " + base.folded() + " with one pair joined");
      }
    }
    return new CeilingTokens(raw, folded, part, variants);
  }

  private static int joinedAt(NameMatcher.Variant x) {
    for (int k = 0; k < x.joinedPart().length; k++) {
      if (x.joinedPart()[k] > 0) {
        return k;
      }
    }
    throw new IllegalStateException("matcher variant " + x.folded() + " has no joined token");
  }
}
