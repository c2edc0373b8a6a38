package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Airflow DAG (jobs/airflow/ringwatch_nightly.py) builds its command lines with pure
 * functions; run as a script it prints those of one DAG run. This test parses every one of them
 * with the real command line of ringwatch, so a renamed flag or command fails here, not at 3 am.
 */
class AirflowDagTest {
  private static final Path DAG = SharedSpark.repoRoot().resolve("jobs/airflow/ringwatch_nightly.py");

  private static JsonNode dagCommands() throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("python3", DAG.toString()).redirectErrorStream(false).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("python3 is not installed: " + e.getMessage());
      return null;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    return new ObjectMapper().readTree(out);
  }

  private static String[] strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out.toArray(new String[0]);
  }

  @Test
  void everyTaskParsesAsARingwatchCommandWithTheLogicalDate() throws Exception {
    JsonNode dag = dagCommands();
    String ds = dag.get("run_date").asText();
    for (String task : List.of("nightly", "check", "report")) {
      String[] args = strings(dag.get(task));
      CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
      assertTrue(parsed.hasSubcommand(), task);
      CommandLine.ParseResult sub = parsed.subcommand();
      assertEquals(task, sub.commandSpec().name());
      assertEquals(ds, sub.matchedOptionValue("--run-date", ""), task + " passes the logical date");
      assertTrue(sub.hasMatchedOption("--output"), task);
    }
    assertTrue(new CommandLine(new Main()).parseArgs(strings(dag.get("nightly"))).subcommand()
        .hasMatchedOption("--input"));
    assertEquals(Main.class.getName(), dag.get("main_class").asText());
  }

  @Test
  void sparkSubmitUsesTheShadedJarTheMainClassAndTheLaunchersJavaOpens() throws Exception {
    JsonNode dag = dagCommands();
    String[] submit = strings(dag.get("spark_submit"));
    List<String> cmd = List.of(submit);
    assertEquals("spark-submit", cmd.get(0));
    assertEquals(Main.class.getName(), cmd.get(cmd.indexOf("--class") + 1));
    int jarAt = cmd.indexOf(cmd.stream().filter(a -> a.endsWith(".jar")).findFirst().orElseThrow());
    assertTrue(cmd.get(jarAt).matches("ringwatch-nightly-.*-all\\.jar"), cmd.get(jarAt));
    String pom = Files.readString(SharedSpark.repoRoot().resolve("jobs/nightly/pom.xml"));
    assertTrue(pom.contains("<shadedClassifierName>all</shadedClassifierName>"), "the shaded jar is the -all jar");
    assertEquals("nightly", cmd.get(jarAt + 1));

    // The same module opens as the launcher, so the cluster JVMs start like the local one.
    String launcher = Files.readString(SharedSpark.repoRoot().resolve("jobs/bin/ringwatch"));
    String driverOpts = cmd.stream().filter(a -> a.startsWith("spark.driver.extraJavaOptions=")).findFirst().orElseThrow();
    assertEquals(opens(launcher), opens(driverOpts));
    assertTrue(cmd.stream().anyMatch(a -> a.startsWith("spark.executor.extraJavaOptions=")));
  }

  private static TreeSet<String> opens(String text) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("--add-opens=java\\.base/([\\w.]+)=ALL-UNNAMED").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
