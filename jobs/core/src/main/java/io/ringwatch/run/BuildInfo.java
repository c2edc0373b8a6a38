package io.ringwatch.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which code a run is: the version, git commit and build time the build wrote into the jar
 * (ringwatch/build.properties, by git-commit-id-maven-plugin in jobs/core/pom.xml). `--version`
 * prints it and run_audit records it, so a past night can be tied to the code that made it. A
 * build from a source archive without git history says "unknown" rather than guessing.
 */
public record BuildInfo(String version, String commit, boolean dirty, String commitTime, String buildTime) {
  public static final String RESOURCE = "ringwatch/build.properties";
  private static final String UNKNOWN = "unknown";
  private static final BuildInfo CURRENT = load();

  /** The build of the running jar. */
  public static BuildInfo current() {
    return CURRENT;
  }

  /** The commit, with "-dirty" when the build had uncommitted changes. */
  public String commitLabel() {
    return commit + (dirty ? "-dirty" : "");
  }

  /** The code version recorded in run_audit: {@code 0.1.0-SNAPSHOT+3f68639} (semver build metadata). */
  public String codeVersion() {
    return version + "+" + commitLabel();
  }

  /** One line for `--version`. */
  public String describe() {
    return "ringwatch " + version + " (commit " + commitLabel() + ", committed " + commitTime + ", built " + buildTime
        + ")";
  }

  static BuildInfo from(Properties p) {
    return new BuildInfo(p.getProperty("git.build.version", UNKNOWN), p.getProperty("git.commit.id.abbrev", UNKNOWN),
        Boolean.parseBoolean(p.getProperty("git.dirty", "false")), p.getProperty("git.commit.time", UNKNOWN),
        p.getProperty("git.build.time", UNKNOWN));
  }

  private static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
    }
    return from(p);
  }
}
