package io.ringwatch.reference.ip;

import java.util.List;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads the configured IP reference files into {@link IpTables} on the driver: IP → country
 * ({@code start,end,country}) and IP → ASN ({@code start,end,asn,operator}). Paths are resolved
 * by {@link ReferencePaths}; each table is built once per JVM for the same files
 * ({@link IpReferenceFiles}).
 */
public final class IpTablesLoader {
  private static final Logger LOG = LogManager.getLogger(IpTablesLoader.class);

  private IpTablesLoader() {}

  /**
   * @param inputRoot the run's input root (path or URI); relative reference paths are looked up
   *     in its {@code reference/} folder first. May be null.
   */
  public static IpTables load(IpReferenceSettings s, String inputRoot, Configuration hadoop) {
    IpReferenceFiles.Loaded country = load(s, "ip-country", s.countryFiles(), inputRoot, hadoop,
        row -> new Object[] {field(row, 2)});
    IpReferenceFiles.Loaded asn = load(s, "ip-asn", s.asnFiles(), inputRoot, hadoop, row -> {
      String number = field(row, 2);
      return new Object[] {number == null ? null : Long.parseLong(number), field(row, 3)};
    });
    return new IpTables(country.table(), asn.table(), country.identity() + "\n" + asn.identity());
  }

  private static IpReferenceFiles.Loaded load(IpReferenceSettings s, String setting, List<String> configured, String inputRoot,
      Configuration hadoop, Function<String[], Object[]> payload) {
    List<ReferencePaths.Resolved> files = ReferencePaths.resolve(s.block() + "." + setting, configured, inputRoot,
        s.referenceDir(), hadoop);
    for (ReferencePaths.Resolved f : files) {
      LOG.info("enrich: {} reads {} ({})", setting, f.path(), f.origin());
    }
    return IpReferenceFiles.load(setting, files.stream().map(ReferencePaths.Resolved::path).toList(), hadoop, payload,
        new IpTableCache(s.tableCacheDir()));
  }

  private static String field(String[] row, int i) {
    if (i >= row.length || row[i] == null) {
      return null;
    }
    String v = row[i].trim();
    return v.isEmpty() ? null : v;
  }
}
