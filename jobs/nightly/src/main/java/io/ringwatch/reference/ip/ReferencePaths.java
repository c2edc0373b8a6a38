package io.ringwatch.reference.ip;

import io.ringwatch.config.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a configured reference file is read from. In order:
 * <ol>
 *   <li>an absolute path or any URI with a scheme ({@code hdfs://}, {@code s3a://},
 *       {@code dbfs:/}, {@code file:/}) is used as it is;</li>
 *   <li>a relative path is looked up in the input root's {@code reference/} folder, so a run's
 *       inputs can carry their own copy;</li>
 *   <li>else in the installation's reference folder ({@code data/reference/ip/} of the
 *       repository or installation, see {@link #defaultDir(String)}).</li>
 * </ol>
 * A relative file found in neither place stops the run with a one-line reason naming the setting.
 */
public final class ReferencePaths {
  private ReferencePaths() {}

  /** One resolved file and where it came from ({@code as-is}, {@code input}, {@code installation}). */
  public record Resolved(String path, String origin) {}

  public static List<Resolved> resolve(String setting, List<String> configured, String inputRoot,
      String installDir, Configuration hadoop) {
    if (configured.isEmpty()) {
      throw new SettingsException("setting " + setting + " must name at least one file");
    }
    List<Resolved> out = new ArrayList<>();
    for (String p : configured) {
      out.add(resolve(setting, p, inputRoot, installDir, hadoop));
    }
    return out;
  }

  public static Resolved resolve(String setting, String configured, String inputRoot,
      String installDir, Configuration hadoop) {
    String p = configured.trim();
    if (p.isEmpty()) {
      throw new SettingsException("setting " + setting + " has an empty path");
    }
    if (isAbsolute(p)) {
      return new Resolved(p, "as-is");
    }
    if (inputRoot != null && !inputRoot.isBlank()) {
      String candidate = join(join(inputRoot, "reference"), p);
      if (exists(candidate, hadoop)) {
        return new Resolved(candidate, "input");
      }
    }
    String candidate = join(installDir, p);
    if (exists(candidate, hadoop)) {
      return new Resolved(candidate, "installation");
    }
    throw new SettingsException("setting " + setting + ": reference file '" + p + "' is neither in "
        + (inputRoot == null || inputRoot.isBlank() ? "" : join(inputRoot, "reference") + " nor in ")
        + installDir);
  }

  /**
   * The installation's reference folder when {@code configured} (setting
   * {@code ringwatch.enrich.reference-dir}) is empty: {@code <ringwatch.home>/data/reference/ip}
   * when the launcher sets the system property {@code ringwatch.home}, else the first of
   * {@code data/reference/ip}, {@code ../data/reference/ip} and {@code ../../data/reference/ip}
   * under the working directory that exists (a checkout run from its root, from {@code jobs/} or
   * from a module such as {@code jobs/nightly/}, where Maven runs tests). Local folders are returned as
   * {@code file:} URIs, so a cluster whose default file system is HDFS still reads them locally.
   */
  public static String defaultDir(String configured) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    String home = System.getProperty("ringwatch.home");
    if (home != null && !home.isBlank()) {
      return java.nio.file.Path.of(home, "data", "reference", "ip").toAbsolutePath().normalize().toUri().toString();
    }
    for (String c : new String[] {"data/reference/ip", "../data/reference/ip", "../../data/reference/ip"}) {
      java.nio.file.Path dir = java.nio.file.Path.of(c).toAbsolutePath().normalize();
      if (Files.isDirectory(dir)) {
        return dir.toUri().toString();
      }
    }
    return java.nio.file.Path.of("data", "reference", "ip").toAbsolutePath().normalize().toUri().toString();
  }

  static boolean isAbsolute(String p) {
    return p.startsWith("/") || p.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") || p.matches("^[A-Za-z]:[\\\\/].*");
  }

  static String join(String dir, String child) {
    return dir.endsWith("/") ? dir + child : dir + "/" + child;
  }

  static boolean exists(String path, Configuration hadoop) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(hadoop);
      return fs.exists(p);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
