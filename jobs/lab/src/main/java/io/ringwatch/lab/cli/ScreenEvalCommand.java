package io.ringwatch.lab.cli;

import io.ringwatch.reference.sanctions.OfacParser;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.screen.ScreenSettings;
import io.ringwatch.lab.screening.ScreeningEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ringwatch screen-eval}: recall and false-positive rate of sanctions name screening on the
 * real OFAC list ({@link ScreeningEvaluation}), at the configured thresholds.
 */
@Command(name = "screen-eval", mixinStandardHelpOptions = true,
    description = "Measures sanctions name screening: recall on generated variants (romanisation, order, "
        + "typo, dropped/joined/hyphenated token, company suffix) of every DPRK-related SDN entry, and the "
        + "false-positive rate on 10,000+ benign names (half common Korean-American names), by name alone "
        + "and with date of birth, at the thresholds of conf/screen.conf.")
public final class ScreenEvalCommand implements Callable<Integer> {

  @Option(names = "--sanctions", paramLabel = "DIR",
      description = "folder with the OFAC legacy CSV files (default: ../shared/data/sanctions/ofac beside the "
          + "checkout, else data/reference/ofac)")
  Path sanctions;

  @Option(names = "--entity-resolution", paramLabel = "DIR",
      description = "folder with the FEBRL and splink person data for the non-Korean benign names "
          + "(default: ../shared/data/entity-resolution beside the checkout)")
  Path entityResolution;

  @Option(names = "--conf", paramLabel = "FILE", description = "settings layered over conf/application.conf")
  Path conf;

  @Option(names = "--max-entries", paramLabel = "N", defaultValue = "2147483647",
      description = "use every n-th DPRK entry so that at most N are used (default: all)")
  int maxEntries;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--benign", paramLabel = "N", defaultValue = "0",
      description = "use at most N benign people, half Korean-American (default: all, 10,000+)")
  int benignLimit;

  @Option(names = "--show", paramLabel = "N", defaultValue = "40",
      description = "misses and false positives to print per mode (default: ${DEFAULT-VALUE})")
  int show;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("ringwatch.home", "."));
    Path shared = home.toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
    Path dir = sanctions != null ? sanctions
        : Files.isRegularFile(shared.resolve("sanctions/ofac/sdn.csv")) ? shared.resolve("sanctions/ofac")
        : home.resolve("data/reference/ofac");
    Path er = entityResolution != null ? entityResolution : shared.resolve("entity-resolution");
    if (!Files.isDirectory(er)) {
      throw new IllegalArgumentException("entity-resolution folder " + er + " not found (give --entity-resolution)");
    }
    ScreenSettings s = conf == null ? ScreenSettings.defaults() : ScreenSettings.fromFile(conf);
    SanctionsList list = OfacParser.parse(dir, s.extraSdnFiles(), false);
    List<ScreeningEvaluation.Person> benign = ScreeningEvaluation.benignPopulation(er, seed);
    if (benignLimit > 0 && benignLimit < benign.size()) {
      int half = ScreeningEvaluation.koreanAmericanPeople(seed).size();
      List<ScreeningEvaluation.Person> cut = new java.util.ArrayList<>(benign.subList(0, Math.min(half, benignLimit / 2)));
      cut.addAll(benign.subList(half, Math.min(benign.size(), half + benignLimit - cut.size())));
      benign = cut;
    }
    ScreeningEvaluation.Report r = ScreeningEvaluation.run(list, s, benign, maxEntries, seed);
    System.out.println("list " + dir + ": " + list.size() + " entries");
    System.out.print(r.summary());
    for (var mode : List.of(java.util.Map.entry("name only", r.nameOnly()), java.util.Map.entry("name + DOB", r.withDob()))) {
      System.out.println("misses, " + mode.getKey() + " (first " + show + "):");
      mode.getValue().misses().stream().limit(show).forEach(m -> System.out.println("  " + m));
      System.out.println("false positives, " + mode.getKey() + " (first " + show + "):");
      mode.getValue().fpExamples().stream().limit(show).forEach(m -> System.out.println("  " + m));
    }
    return 0;
  }
}
