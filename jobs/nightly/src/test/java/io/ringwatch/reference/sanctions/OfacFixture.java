package io.ringwatch.reference.sanctions;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The small OFAC folder of the test resources ({@code /screen/ofac-fixture}), for the reference and screen tests. */
public final class OfacFixture {
  private OfacFixture() {}

  /** The folder. */
  public static Path dir() {
    try {
      return Path.of(OfacFixture.class.getResource("/screen/ofac-fixture/sdn.csv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder parsed, with its extra sdn-layout file. */
  public static SanctionsList list() {
    return OfacParser.parse(dir(), List.of("sdn_extra.csv"), true);
  }
}
