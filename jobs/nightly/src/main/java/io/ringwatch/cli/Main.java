package io.ringwatch.cli;

import io.ringwatch.run.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ringwatch command line of the cluster jar (see ../shared/contracts/cli.md): the commands a
 * night needs. The launcher adds the generator's and the lab's ({@code io.ringwatch.lab.cli.LabMain}).
 */
@Command(name = "ringwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Finds rings of fake remote IT workers in HR, payroll and network data.",
    subcommands = {NightlyCommand.class, CheckCommand.class, ReportCommand.class, HashCommand.class,
        ConfigCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit status (used by tests without exiting the JVM). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with one-line errors, for a launcher to add its own commands to. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    return cli;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The version, commit and build time the build wrote into the jar (BuildInfo). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.current().describe()};
    }
  }
}
