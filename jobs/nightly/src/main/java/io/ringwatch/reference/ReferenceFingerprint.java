package io.ringwatch.reference;

import io.ringwatch.reference.ip.IpTables;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One digest of a night's reference data (run_audit.reference_fingerprint): the IP tables by
 * their files (path, length, modification time) and the sanctions list by its parsed entries, so
 * a list re-downloaded unchanged keeps its fingerprint. Rows enriched or screened under one
 * fingerprint stay valid under it; the incremental nightly runs full when it changes.
 */
public final class ReferenceFingerprint {
  private ReferenceFingerprint() {}

  public static String of(IpTables ip, SanctionsList sanctions) {
    MessageDigest d = sha256();
    update(d, "ip\n" + ip.sources());
    update(d, "sanctions " + sanctions.listName());
    for (SanctionsEntry e : sanctions.entries()) {
      update(d, e.toString()); // records: every field, in declaration order
    }
    return HexFormat.of().formatHex(d.digest()).substring(0, 16);
  }

  private static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
