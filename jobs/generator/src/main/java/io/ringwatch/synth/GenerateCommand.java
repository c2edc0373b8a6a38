package io.ringwatch.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch generate}: a synthetic company with planted rings (../shared/contracts/cli.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic company of N workers in the input layout, with planted "
        + "fraud rings, benign look-alikes and the ground truth under DIR/truth/. "
        + "Same seed, same bytes.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--workers", required = true, paramLabel = "N", description = "number of workers")
  int workers;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "run date the company is as of (default: ${DEFAULT-VALUE})",
      defaultValue = "2026-11-20")
  LocalDate asOf;

  @Option(names = "--event-days", paramLabel = "DAYS",
      description = "days of sign-in and endpoint events before the run date (default: ${DEFAULT-VALUE})",
      defaultValue = "30")
  int eventDays;

  @Option(names = "--broken-row-share", paramLabel = "SHARE",
      description = "share of rows written broken (default: ${DEFAULT-VALUE})",
      defaultValue = "0.002")
  double brokenRowShare;

  @Option(names = "--no-gzip", description = "write plain .csv files instead of .csv.gz")
  boolean noGzip;

  @Option(names = "--variations", paramLabel = "LIST", defaultValue = "none",
      converter = VariationsOption.Converter.class,
      description = VariationsOption.DESCRIPTION + " (default: ${DEFAULT-VALUE}: the base company)")
  VariationsOption variations;

  @Override
  public Integer call() {
    GeneratorOptions options = new GeneratorOptions(workers, seed, asOf, eventDays,
        brokenRowShare, !noGzip, variations.set());
    GenerationSummary summary = CompanyGenerator.generate(options, out);
    System.out.println(summary.oneLine(Datasets.TABLES));
    return 0;
  }
}
