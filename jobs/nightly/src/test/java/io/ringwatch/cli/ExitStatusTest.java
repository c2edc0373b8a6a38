package io.ringwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.config.SettingsException;
import io.ringwatch.run.RunFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The exit statuses of ../shared/contracts/cli.md, which a scheduler branches on: each kind of
 * failure has its own, found even when Spark wraps the failure, and anything else is an internal
 * error. The cases here fail before Spark starts; the ingest corpus, the gate and the kill tests
 * check the statuses of failures inside a run.
 */
class ExitStatusTest {
  @TempDir Path dir;

  /** The exit status and the stderr of one command. */
  private record Ran(int status, String err) {}

  private static Ran run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Ran(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  private static int handled(Exception e) {
    PrintStream saved = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      return new OneLineErrors().handleExecutionException(e, new CommandLine(new Main()), null);
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void badArgumentsAndSettingsExitTwoWithOneLine() throws Exception {
    Ran date = run("nightly", "--input", "in", "--output", "out", "--run-date", "20-11-2026");
    assertEquals(2, date.status());
    assertEquals("ringwatch: --run-date '20-11-2026' is not a date of the form YYYY-MM-DD", date.err().trim());

    Ran option = run("nightly", "--input", "in", "--output", "out", "--run-date", "2026-11-20", "--lookback", "3");
    assertEquals(2, option.status(), option.err());

    Path conf = Files.writeString(dir.resolve("site.conf"), "ringwatch.ingest.lookback-dayz = 30\n");
    Ran setting = run("nightly", "--input", "in", "--output", "out", "--run-date", "2026-11-20", "--conf",
        conf.toString());
    assertEquals(2, setting.status(), setting.err());
    assertTrue(setting.err().startsWith("ringwatch: unknown setting ringwatch.ingest.lookback-dayz (did you mean "
        + "ringwatch.ingest.lookback-days"), setting.err());
  }

  @Test
  void eachKindOfFailureHasItsOwnStatusEvenWhenWrapped() {
    assertEquals(2, handled(RunFailure.usage("x")));
    assertEquals(2, handled(new SettingsException("x")));
    assertEquals(3, handled(RunFailure.input("x")));
    assertEquals(4, handled(RunFailure.quality("x")));
    assertEquals(5, handled(RunFailure.output("x")));
    assertEquals(3, handled(new org.apache.spark.SparkException("Job aborted", RunFailure.input("x"))),
        "a failure raised inside a Spark job keeps its status");
    assertEquals(4, handled(new ExecutionException(new RuntimeException(RunFailure.quality("x")))));
    assertEquals(1, handled(new IllegalStateException("a bug")), "anything else is an internal error");
    assertEquals(1, handled(new RuntimeException("no cause")));
  }
}
