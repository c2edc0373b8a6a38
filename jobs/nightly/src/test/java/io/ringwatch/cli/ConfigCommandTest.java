package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ringwatch config`: a data engineer sees what a night would use and why, before the first night. */
class ConfigCommandTest {
  @TempDir Path dir;

  private static String stdout(int expectedStatus, String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(expectedStatus, Main.run(args));
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEverySettingWithItsOriginAndAsJsonForARerun() throws Exception {
    Path site = Files.writeString(dir.resolve("site.conf"), "ringwatch.score.bands.critical = 91\n");
    List<String> lines = stdout(0, "config", "--conf", site.toString()).lines().toList();
    assertTrue(lines.size() > 100, "every setting: " + lines.size());
    String critical = lines.stream().filter(l -> l.startsWith("ringwatch.score.bands.critical ")).findFirst()
        .orElseThrow();
    assertTrue(critical.matches("ringwatch\\.score\\.bands\\.critical = 91 +# " + java.util.regex.Pattern.quote(
        site.toString()) + ": 1"), critical);
    String json = stdout(0, "config", "--conf", site.toString(), "--json");
    assertEquals(91, ConfigFactory.parseString(json).getInt("ringwatch.score.bands.critical"));
  }

  @Test
  void aSettingNoStageAcceptsFailsAsANightWould() throws Exception {
    Path site = Files.writeString(dir.resolve("site.conf"), "ringwatch.score.bands.critical = very\n");
    stdout(2, "config", "--conf", site.toString());
  }
}
