package io.ringwatch.lab.cli;

import io.ringwatch.lab.bench.Bench;
import io.ringwatch.lab.bench.GraphBench;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.synth.CompanyGenerator;
import io.ringwatch.synth.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ringwatch bench-graph}: links, components and Leiden beside GraphX and GraphFrames (jobs/docs/benchmark.md). */
@Command(name = "bench-graph", mixinStandardHelpOptions = true,
    description = "On generated companies (reused under --work), times link building, connected components "
        + "(large-star/small-star), Leiden communities and, beside them, GraphX and GraphFrames connectedComponents on the same "
        + "bipartite worker-value graph; prints a table of times and sizes. Runs in this JVM (RINGWATCH_HEAP).")
public final class BenchGraphCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", paramLabel = "N[,N…]", defaultValue = "100000,1000000",
      description = "company sizes in workers (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--work", required = true, paramLabel = "DIR",
      description = "work folder holding (or receiving) company-<size>-<seed>")
  Path work;

  @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "generator seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--run-date", defaultValue = "2026-11-20", paramLabel = "YYYY-MM-DD",
      description = "run date (default: ${DEFAULT-VALUE})")
  LocalDate runDate;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf")
  Path conf;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the table to FILE")
  Path report;

  @Override
  public Integer call() throws IOException {
    Settings settings = SettingsLoader.load(conf);
    SparkSession spark = Bench.session(settings);
    Path checkpoints = Files.createDirectories(work.resolve("_checkpoints-graph"));
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
    List<GraphBench.Figures> figures = new ArrayList<>();
    try {
      for (int size : sizes) {
        Path company = work.resolve("company-" + size + "-" + seed);
        if (!CompanyGenerator.isComplete(company)) {
          System.err.printf("bench-graph: generating %d workers into %s%n", size, company);
          CompanyGenerator.generate(GeneratorOptions.of(size, seed), company);
        }
        System.err.printf("bench-graph: %d workers…%n", size);
        GraphBench.Figures f = GraphBench.run(spark, settings, company, runDate, size);
        System.err.printf("bench-graph: %s%n", f);
        figures.add(f);
        spark.catalog().clearCache();
      }
    } finally {
      try {
        Bench.deleteTree(checkpoints);
      } catch (UncheckedIOException e) {
        // leftovers under the work folder only
      }
    }
    String text = "# ringwatch graph benchmark\n\n- command: `ringwatch bench-graph --sizes "
        + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --work " + work + "`\n- machine: "
        + Bench.machineLine() + "\n\n" + GraphBench.table(figures);
    System.out.println(text);
    if (report != null) {
      Files.writeString(report, text);
    }
    return 0;
  }
}
