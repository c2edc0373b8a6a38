package io.ringwatch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version line and run_audit's code version come from what the build wrote into the jar. */
class BuildInfoTest {
  @Test
  void aDirtyBuildSaysSoAndAnArchiveBuildSaysUnknown() {
    Properties p = new Properties();
    p.setProperty("git.build.version", "0.2.0");
    p.setProperty("git.commit.id.abbrev", "3f68639");
    p.setProperty("git.dirty", "true");
    p.setProperty("git.commit.time", "2026-12-01T10:00:00Z");
    p.setProperty("git.build.time", "2026-12-02T11:00:00Z");
    BuildInfo b = BuildInfo.from(p);
    assertEquals("0.2.0+3f68639-dirty", b.codeVersion());
    assertEquals("ringwatch 0.2.0 (commit 3f68639-dirty, committed 2026-12-01T10:00:00Z, built 2026-12-02T11:00:00Z)",
        b.describe());
    assertEquals("unknown+unknown", BuildInfo.from(new Properties()).codeVersion());
  }

  /** The build of this checkout names its commit (where git can say which that is). */
  @Test
  void theBuildOfThisCheckoutNamesItsHeadCommit() throws Exception {
    Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(new File(".")).start();
    String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assumeTrue(git.waitFor() == 0 && !head.isEmpty(), "not a git checkout");
    String commit = BuildInfo.current().commit();
    assertEquals(head.substring(0, commit.length()), commit);
  }
}
