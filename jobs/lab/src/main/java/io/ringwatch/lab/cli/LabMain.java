package io.ringwatch.lab.cli;

import io.ringwatch.cli.Main;
import io.ringwatch.synth.GenerateCommand;
import picocli.CommandLine;

/**
 * The launcher's command line (jobs/bin/ringwatch): the cluster jar's commands plus the
 * generator and the lab's benchmarks and evaluations, which never ship to a cluster.
 */
public final class LabMain {
  private LabMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit status (used by tests without exiting the JVM). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = Main.commandLine();
    for (Object command : new Object[] {new GenerateCommand(), new ScreenEvalCommand(), new EvaluateGraphsCommand(),
        new EvaluateRingsCommand(), new CalibrateCommand(), new BenchCommand(), new BenchGraphCommand(), new NightsCommand()}) {
      cli.addSubcommand(command);
    }
    return cli;
  }
}
