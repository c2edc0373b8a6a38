package io.ringwatch.reference.sanctions;

import java.util.List;
import java.util.function.Predicate;

/**
 * What reading a sanctions folder needs of the {@code ringwatch.screen} settings (validated there,
 * with every other stage's, before any Spark work): the further sdn-layout files, the share of
 * malformed rows a file may have, the check against the last published run's counts, and which
 * entries are DPRK-related (counted for that check).
 */
public record SanctionsFileSettings(List<String> extraSdnFiles, boolean requireExtraFiles, double maxMalformedShare,
    SanctionsShrinkCheck shrinkCheck, Predicate<SanctionsEntry> dprkRelated) {}
