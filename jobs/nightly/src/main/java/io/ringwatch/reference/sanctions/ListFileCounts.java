package io.ringwatch.reference.sanctions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one sanctions file contributed to a run, for {@code run_audit.sanctions_lists}: rows read,
 * and for files in the sdn layout the entries taken from it, how many are DPRK-related (by the
 * configured programs and remark markers), and their digital currency addresses and e-mail
 * addresses; for {@code alt.csv}, {@code add.csv} and {@code sdn_comments.csv} the rows whose
 * ent_num is in no sdn-layout file ({@code orphanRows}: the files may come from different
 * publication dates — counted, not fatal). Counts that do not apply to a file are null.
 */
public record ListFileCounts(String list, String file, long rows, Long entries, Long dprkEntries, Long wallets,
    Long emails, long orphanRows) implements Serializable {

  /**
   * One row per file of the parse, sdn-layout files first; {@code dprkRelated} is the screen
   * settings' test (programs and remark markers are screening settings, not the file's).
   */
  public static List<ListFileCounts> of(SanctionsList list, Predicate<SanctionsEntry> dprkRelated) {
    ParseReport r = list.report();
    List<ListFileCounts> out = new ArrayList<>();
    List<String> others = List.of("alt.csv", "add.csv", "sdn_comments.csv");
    for (String key : r.counts().keySet()) { // rows.<file> in the order the files were read
      if (!key.startsWith("rows.") || others.contains(key.substring("rows.".length()))) {
        continue;
      }
      String file = key.substring("rows.".length());
      List<SanctionsEntry> from = list.entries().stream().filter(e -> file.equals(e.source())).toList();
      out.add(new ListFileCounts(list.listName(), file, r.get("rows." + file), (long) from.size(),
          from.stream().filter(dprkRelated).count(),
          from.stream().mapToLong(e -> e.wallets().size()).sum(),
          from.stream().mapToLong(e -> e.emails().size()).sum(), 0L));
    }
    for (String[] f : new String[][] {{"alt.csv", "alt_orphan"}, {"add.csv", "add_orphan"},
        {"sdn_comments.csv", "comments_orphan"}}) {
      if (r.counts().containsKey("rows." + f[0])) {
        out.add(new ListFileCounts(list.listName(), f[0], r.get("rows." + f[0]), null, null, null, null, r.get(f[1])));
      }
    }
    return out;
  }
}
