package io.ringwatch.reference;

import io.ringwatch.reference.ip.IpTables;
import io.ringwatch.reference.sanctions.SanctionsList;

/**
 * A night's reference data, read once and handed to the stages: IP tables to enrich, the
 * sanctions list to screen, and their fingerprint ({@link ReferenceFingerprint}).
 */
public record ReferenceData(IpTables ip, SanctionsList sanctions, String fingerprint) {}
