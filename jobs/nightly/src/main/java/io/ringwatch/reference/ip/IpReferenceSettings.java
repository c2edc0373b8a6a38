package io.ringwatch.reference.ip;

import java.nio.file.Path;
import java.util.List;

/**
 * The IP reference files of a run, as configured in {@code block} ({@code ringwatch.enrich},
 * validated there with every other stage's settings): the IP → country files, the IP → ASN
 * files, the installation's reference folder ({@link ReferencePaths}), and the folder built tables
 * are kept in between runs ({@link IpTableCache}; null keeps none).
 */
public record IpReferenceSettings(String block, List<String> countryFiles, List<String> asnFiles,
    String referenceDir, Path tableCacheDir) {

  /** The value of the {@code ip-table-cache} setting that keeps no tables. */
  public static final String NO_CACHE = "none";

  /** The folder of the {@code ip-table-cache} setting: empty for the user's cache folder, "none" for none. */
  public static Path cacheDir(String configured) {
    String c = configured == null ? "" : configured.trim();
    if (c.equalsIgnoreCase(NO_CACHE)) {
      return null;
    }
    return c.isEmpty() ? IpTableCache.defaultDir() : Path.of(c);
  }
}
