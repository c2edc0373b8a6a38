package io.ringwatch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The public reference data beside the checkout ({@code ../shared/data}: the OFAC list as published,
 * entity-resolution and community-detection benchmarks). A test that needs it fails in CI when it is
 * missing (the environment variable {@code CI} is set, as .ci/run does) and is skipped, with the
 * reason, on a developer's machine without it.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data root. */
  public static Path root() {
    return SharedSpark.repoRoot().resolveSibling("shared").resolve("data");
  }

  /** {@code root()/relative}, which must exist (a file or a folder). */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      String why = "the shared data " + p + " is missing (../shared/data beside the checkout)";
      if (inCi()) {
        fail(why + ": CI must have it");
      }
      Assumptions.abort(why + ": skipped outside CI");
    }
    return p;
  }

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }
}
