package io.ringwatch.cli;

import io.ringwatch.config.SettingsException;
import io.ringwatch.run.RunFailure;
import picocli.CommandLine;

/**
 * Turns a failure into the contract's one-line reason on stderr and a non-zero exit status.
 * Expected failures (bad settings, missing or broken inputs) print only their message; anything
 * else also prints its stack trace, since it is a bug to report.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  static final int EXIT_FAILED = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    if (ex instanceof SettingsException || ex instanceof RunFailure) {
      System.err.println("ringwatch: " + oneLine(ex.getMessage()));
    } else {
      ex.printStackTrace(System.err);
      System.err.println("ringwatch: failed: " + oneLine(String.valueOf(ex)));
    }
    return EXIT_FAILED;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
