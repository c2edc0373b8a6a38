package io.ringwatch.reference.sanctions;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parsed entries of one list (in file order) and the counts of the parse. */
public final class SanctionsList implements Serializable {
  private final String listName;
  private final List<SanctionsEntry> entries;
  private final ParseReport report;
  private final Map<String, Integer> indexByUid = new HashMap<>();

  public SanctionsList(String listName, List<SanctionsEntry> entries, ParseReport report) {
    this.listName = listName;
    this.entries = List.copyOf(entries);
    this.report = report;
    for (int i = 0; i < this.entries.size(); i++) {
      indexByUid.put(this.entries.get(i).uid(), i);
    }
  }

  /** The list's name in outputs, e.g. {@code OFAC-SDN}. */
  public String listName() {
    return listName;
  }

  public List<SanctionsEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public int size() {
    return entries.size();
  }

  public SanctionsEntry get(int index) {
    return entries.get(index);
  }

  /** The entry with this uid ({@code OFAC-SDN:49970}), or null. */
  public SanctionsEntry byUid(String uid) {
    Integer i = indexByUid.get(uid);
    return i == null ? null : entries.get(i);
  }

  public ParseReport report() {
    return report;
  }
}
