package io.ringwatch.cli;

import io.ringwatch.config.SettingsException;
import io.ringwatch.run.RunFailure;
import picocli.CommandLine;

/**
 * Turns a failure into the contract's one-line reason on stderr and its exit status
 * (../shared/contracts/cli.md "Exit status"). Expected failures (bad settings, missing or broken
 * inputs, a failed gate, an unusable output) print only their message, found anywhere in the
 * cause chain since Spark and executors wrap them; anything else also prints its stack trace and
 * exits {@link #EXIT_INTERNAL}, since it is a bug to report.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  static final int EXIT_INTERNAL = 1;
  /** Bad arguments or settings: picocli's own status for a usage error, so both read the same. */
  static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RunFailure f) {
        System.err.println("ringwatch: " + oneLine(f.getMessage()));
        return f.kind().exitStatus();
      }
      if (t instanceof SettingsException) {
        System.err.println("ringwatch: " + oneLine(t.getMessage()));
        return EXIT_USAGE;
      }
    }
    ex.printStackTrace(System.err);
    System.err.println("ringwatch: failed: " + oneLine(String.valueOf(ex)));
    return EXIT_INTERNAL;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
