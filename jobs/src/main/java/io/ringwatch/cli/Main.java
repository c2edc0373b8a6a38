package io.ringwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ringwatch command line (see ../shared/contracts/cli.md). */
@Command(name = "ringwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Finds rings of fake remote IT workers in HR, payroll and network data.",
    subcommands = {NightlyCommand.class, GenerateCommand.class, CheckCommand.class, ReportCommand.class,
        ScreenEvalCommand.class, EvaluateGraphsCommand.class, EvaluateRingsCommand.class,
        CalibrateCommand.class, BenchCommand.class, BenchGraphCommand.class, HashCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit status (used by tests without exiting the JVM). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ringwatch " + (v == null ? "dev" : v)};
    }
  }
}
