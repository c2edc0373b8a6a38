package io.ringwatch.screen;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsFileSettings;
import io.ringwatch.reference.sanctions.SanctionsShrinkCheck;

/** The {@code ringwatch.screen} settings (documented in {@code conf/screen.conf}), validated. */
public final class ScreenSettings implements Serializable {
  private final String listName;
  private final List<String> extraSdnFiles;
  private final boolean requireExtraFiles;
  private final boolean dprkOnly;
  private final Set<String> dprkPrograms;
  private final List<String> dprkRemarkMarkers;
  private final double nameThreshold;
  private final double entityThreshold;
  private final double entityCriticalScore;
  private final double tokenMinSimilarity;
  private final double unmatchedListTokenWeight;
  private final boolean includeWeakAliases;
  private final double weakAliasFactor;
  private final double dobAgreeBonus;
  private final double dobContradictPenalty;
  private final double dobPartialAgreeBonus;
  private final double genderContradictPenalty;
  private final double partialCap;
  private final double subsetMinInformation;
  private final int circaToleranceYears;
  private final int maxHitsPerRecord;
  private final NameBound nameBound;
  private final int maxKeyFrequency;
  private final double handleAliasScore;
  private final double handleEmailLocalPartScore;
  private final double emailDomainWebsiteScore;
  private final double ipHighScore;
  private final double ipLowScore;
  private final double maxMalformedShare;
  private final double minShareOfLastRun;
  private final long minLastCount;
  private final boolean acceptShrink;

  private ScreenSettings(ConfigReader r) {
    listName = r.string("list-name");
    extraSdnFiles = List.copyOf(r.strings("extra-sdn-files"));
    requireExtraFiles = r.bool("require-extra-files");
    ConfigReader p = r.block("programs");
    dprkOnly = p.oneOf("scope", "all", "dprk-only").equals("dprk-only");
    dprkPrograms = Set.copyOf(p.strings("dprk"));
    dprkRemarkMarkers = List.copyOf(p.strings("dprk-remark-markers"));
    ConfigReader n = r.block("name");
    nameThreshold = n.doubleIn("threshold", 0.5, 1.0);
    entityThreshold = n.doubleIn("entity-threshold", 0.5, 1.0);
    entityCriticalScore = n.doubleIn("entity-critical-score", entityThreshold, 1.0);
    tokenMinSimilarity = n.doubleIn("token-min-similarity", 0.0, 1.0);
    unmatchedListTokenWeight = n.doubleIn("unmatched-list-token-weight", 0.0, 1.0);
    includeWeakAliases = n.bool("include-weak-aliases");
    weakAliasFactor = n.doubleIn("weak-alias-factor", 0.0, 1.0);
    dobAgreeBonus = n.doubleIn("dob-agree-bonus", 0.0, 0.5);
    dobContradictPenalty = n.doubleIn("dob-contradict-penalty", 0.0, 1.0);
    dobPartialAgreeBonus = n.doubleIn("dob-partial-agree-bonus", 0.0, 0.5);
    genderContradictPenalty = n.doubleIn("gender-contradict-penalty", 0.0, 1.0);
    partialCap = n.doubleIn("partial-cap", 0.0, 1.0);
    subsetMinInformation = n.doubleIn("subset-min-information", 0.0, NameRarity.MAX_BITS * 8);
    circaToleranceYears = n.intAtLeast("circa-tolerance-years", 0);
    maxHitsPerRecord = n.intAtLeast("max-hits-per-record", 1);
    nameBound = new NameBound(n.intAtLeast("max-chars", 1), n.intAtLeast("max-words", 1));
    maxKeyFrequency = r.block("blocking").intAtLeast("max-key-frequency", 1);
    ConfigReader i = r.block("identifiers");
    handleAliasScore = i.doubleIn("handle-alias-score", 0.0, 1.0);
    handleEmailLocalPartScore = i.doubleIn("handle-email-local-part-score", 0.0, 1.0);
    emailDomainWebsiteScore = i.doubleIn("email-domain-website-score", 0.0, 1.0);
    ConfigReader ip = r.block("ip");
    ipHighScore = ip.doubleIn("high-confidence-score", 0.0, 1.0);
    ipLowScore = ip.doubleIn("low-confidence-score", 0.0, 1.0);
    ConfigReader c = r.block("reference-checks");
    maxMalformedShare = c.doubleIn("max-malformed-share", 0.0, 1.0);
    minShareOfLastRun = c.doubleIn("min-share-of-last-run", 0.0, 1.0);
    minLastCount = c.intAtLeast("min-last-count", 0);
    acceptShrink = c.bool("accept-shrink");
  }

  public static ScreenSettings from(Settings settings) {
    return new ScreenSettings(settings.reader("ringwatch.screen"));
  }

  /** The defaults of conf/application.conf (with system-property overrides). */
  public static ScreenSettings defaults() {
    return from(SettingsLoader.load(null));
  }

  public static ScreenSettings fromFile(Path overlay) {
    return from(SettingsLoader.load(overlay));
  }

  /** DPRK-related: a DPRK program tag, or remarks citing a configured marker. */
  public boolean isDprkRelated(SanctionsEntry e) {
    for (String prog : e.programs()) {
      if (dprkPrograms.contains(prog)) {
        return true;
      }
    }
    if (e.remarks() != null) {
      for (String m : dprkRemarkMarkers) {
        if (e.remarks().contains(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether hits against this entry are reported under the configured scope. */
  public boolean inScope(SanctionsEntry e) {
    return !dprkOnly || isDprkRelated(e);
  }

  /** The matcher, with token rarity taken from the list's names. */
  public NameMatcher matcher(NameRarity rarity) {
    return new NameMatcher(tokenMinSimilarity, unmatchedListTokenWeight, partialCap, subsetMinInformation, rarity);
  }

  /** A raw name score weighed for the kind of list name (weak aliases count less). */
  public double weigh(NameIndex.IndexedName n, double score) {
    return n.weak() ? score * weakAliasFactor : score;
  }

  /** The check of tonight's counts against the last published run's. */
  public SanctionsShrinkCheck shrinkCheck() {
    return new SanctionsShrinkCheck(minShareOfLastRun, minLastCount, acceptShrink);
  }

  /** What reading the sanctions folder needs of these settings (the reference loader reads it). */
  public SanctionsFileSettings sanctionsFiles() {
    return new SanctionsFileSettings(extraSdnFiles, requireExtraFiles, maxMalformedShare, shrinkCheck(),
        this::isDprkRelated);
  }

  public String listName() { return listName; }
  public double maxMalformedShare() { return maxMalformedShare; }
  public List<String> extraSdnFiles() { return extraSdnFiles; }
  public boolean requireExtraFiles() { return requireExtraFiles; }
  public boolean dprkOnly() { return dprkOnly; }
  public double nameThreshold() { return nameThreshold; }
  public double entityThreshold() { return entityThreshold; }

  public double entityCriticalScore() { return entityCriticalScore; }
  public boolean includeWeakAliases() { return includeWeakAliases; }
  public double dobAgreeBonus() { return dobAgreeBonus; }
  public double dobContradictPenalty() { return dobContradictPenalty; }
  public double dobPartialAgreeBonus() { return dobPartialAgreeBonus; }
  public double genderContradictPenalty() { return genderContradictPenalty; }
  public double partialCap() { return partialCap; }
  public double subsetMinInformation() { return subsetMinInformation; }
  public int circaToleranceYears() { return circaToleranceYears; }
  public int maxHitsPerRecord() { return maxHitsPerRecord; }
  public NameBound nameBound() { return nameBound; }
  public int maxKeyFrequency() { return maxKeyFrequency; }
  public double handleAliasScore() { return handleAliasScore; }
  public double handleEmailLocalPartScore() { return handleEmailLocalPartScore; }
  public double emailDomainWebsiteScore() { return emailDomainWebsiteScore; }
  public double ipHighScore() { return ipHighScore; }
  public double ipLowScore() { return ipLowScore; }
}
