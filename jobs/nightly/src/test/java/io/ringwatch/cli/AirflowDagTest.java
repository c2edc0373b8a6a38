package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringwatch.run.RunFailure;
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
 * Then the DAG file is loaded as the scheduler loads it (src/test/resources/airflow/check_dag.py:
 * Airflow's names from stand-ins, since Airflow cannot be installed here, and its templates
 * rendered with Jinja2 as Airflow renders them) and what each task would run is checked.
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

  /** The DAG as check_dag.py saw it: parse-time reads, tasks, rendered templates, retries by status. */
  private static JsonNode loadedDag() throws Exception {
    String python = System.getenv().getOrDefault("RINGWATCH_PYTHON", "python3");
    Path checker = Path.of(AirflowDagTest.class.getResource("/airflow/check_dag.py").toURI());
    Process probe = new ProcessBuilder(python, "-c", "import jinja2").start();
    if (probe.waitFor() != 0) {
      String why = python + " has no Jinja2 (Airflow's template engine); .ci/run installs it";
      assertTrue(System.getenv("CI") == null, why);
      Assumptions.abort(why);
    }
    Process p = new ProcessBuilder(python, checker.toString(), DAG.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    return new ObjectMapper().readTree(out);
  }

  @Test
  void theSchedulerParsesItWithoutReadingVariablesAndItsTasksRunInOrder() throws Exception {
    JsonNode dag = loadedDag();
    assertEquals(0, dag.get("parse_reads").size(), "no Variable or Connection read at parse time: " + dag);
    assertFalse(dag.get("catchup").asBoolean(), "a first deployment does not backfill every night since start_date");
    assertTrue(dag.get("depends_on_past").asBoolean());
    assertEquals(1, dag.get("max_active_runs").asInt());
    JsonNode tasks = dag.get("tasks");
    assertEquals("nightly", tasks.get("wait_for_inputs").get("downstream").get(0).asText());
    assertEquals("check", tasks.get("nightly").get("downstream").get(0).asText());
    assertEquals("report", tasks.get("check").get("downstream").get(0).asText());
    assertEquals("reschedule", tasks.get("wait_for_inputs").get("mode").asText(), "waiting holds no worker slot");
    assertEquals("s3a://exports/hr/2026-11-20/_SUCCESS",
        tasks.get("wait_for_inputs").get("rendered").get("filepath").asText());
  }

  @Test
  void renderedTasksRunRingwatchWithTheSiteConfAndTheKeyFromASecretOnly() throws Exception {
    JsonNode dag = loadedDag();
    JsonNode vars = dag.get("variables");
    String key = dag.get("key").asText();
    for (String task : List.of("nightly", "check", "report")) {
      JsonNode r = dag.get("tasks").get(task).get("rendered");
      String[] args = strings(r.get("application_args"));
      CommandLine.ParseResult sub = new CommandLine(new Main()).parseArgs(args).subcommand();
      assertEquals(task, sub.commandSpec().name());
      assertEquals(dag.get("run_date").asText(), sub.matchedOptionValue("--run-date", ""));
      assertEquals(vars.get("ringwatch_output").asText(), sub.matchedOptionValue("--output", ""));
      // The site conf is shipped with the job (--files) and read from the driver's working folder.
      assertEquals(vars.get("ringwatch_site_conf").asText(), r.get("files").asText());
      assertEquals(Path.of("site.conf"), sub.matchedOptionValue("--conf", Path.of("")));
      assertEquals(vars.get("ringwatch_jar").asText(), r.get("application").asText());
      assertFalse(r.toString().replace(r.path("env_vars").toString(), "").contains(key),
          task + ": the key only in the driver's environment, never in arguments or Spark settings");
      assertTrue(r.get("conf").get("spark.redaction.regex").asText().contains("ringwatch_key"));
    }
    JsonNode nightly = dag.get("tasks").get("nightly").get("rendered");
    assertEquals("s3a://exports/hr/2026-11-20", new CommandLine(new Main()).parseArgs(strings(
        nightly.get("application_args"))).subcommand().matchedOptionValue("--input", ""));
    assertEquals(key, nightly.get("env_vars").get("RINGWATCH_KEY").asText());
    assertEquals(vars.get("ringwatch_reference_dir").asText(),
        nightly.get("env_vars").get("RINGWATCH_REFERENCE_DIR").asText());
    assertTrue(dag.get("tasks").get("check").get("rendered").path("env_vars").isMissingNode()
        || dag.get("tasks").get("check").get("rendered").get("env_vars").isNull(), "only the night gets the key");
    assertEquals(vars.get("ringwatch_report_to").asText(), new CommandLine(new Main()).parseArgs(strings(
        dag.get("tasks").get("report").get("rendered").get("application_args"))).subcommand()
        .matchedOptionValue("--deliver-to", ""));
  }

  /** The DAG retries what a retry can mend, by ringwatch's exit statuses, and says why it failed. */
  @Test
  void exitStatusesDecideRetriesAndTheFailureSaysWhy() throws Exception {
    JsonNode dag = loadedDag();
    for (RunFailure.Kind kind : RunFailure.Kind.values()) {
      String expected = kind == RunFailure.Kind.USAGE || kind == RunFailure.Kind.QUALITY
          ? "failed without retry" : "failed, retried";
      assertEquals(expected, dag.get("tasks").get("nightly").get("on_status").get(
          String.valueOf(kind.exitStatus())).asText(), kind.name());
    }
    assertEquals("failed, retried", dag.get("tasks").get("nightly").get("on_status").get("1").asText());
    String line = dag.get("failure_log").get(0).asText();
    assertTrue(line.contains("check 2026-11-20: ringwatch exited 4: a data-quality gate failed"), line);
    assertEquals("security-data@example.com", dag.get("failure_mail").get(0).get("to").asText());
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
    String executorOpts = cmd.stream().filter(a -> a.startsWith("spark.executor.extraJavaOptions=")).findFirst()
        .orElseThrow();
    // Huge generated methods compiled, as the launcher does it, on the driver and the executors.
    assertTrue(launcher.contains("-XX:-DontCompileHugeMethods"));
    assertTrue(driverOpts.contains("-XX:-DontCompileHugeMethods") && executorOpts.contains("-XX:-DontCompileHugeMethods"),
        cmd.toString());
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
