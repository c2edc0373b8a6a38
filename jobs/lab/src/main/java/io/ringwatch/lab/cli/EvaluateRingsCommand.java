package io.ringwatch.lab.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.graph.GraphStage;
import io.ringwatch.graph.Leiden;
import io.ringwatch.components.StarConnectedComponents;
import io.ringwatch.lab.graphs.RingEvaluation;
import io.ringwatch.run.RunFailure;
import io.ringwatch.spark.SparkSessionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ringwatch evaluate-rings}: the graph stage against a generated company's rings. Reads the
 * identity_links a nightly run published, reruns the graph stage on them with components only and
 * with Leiden (the configured settings, plus any extra CPM resolutions), and compares the
 * clusters with {@code truth/workers.csv} ({@link RingEvaluation}). Outside CI.
 */
@Command(name = "evaluate-rings", mixinStandardHelpOptions = true,
    description = "Scores the graph stage's clusters against a generated company's rings and benign look-alikes.")
public final class EvaluateRingsCommand implements Callable<Integer> {
  @Option(names = "--company", required = true, paramLabel = "DIR", description = "generated company (has truth/workers.csv)")
  Path company;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "output root of a nightly run on it")
  String output;

  @Option(names = "--conf", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  @Option(names = "--cpm-resolutions", split = ",", description = "extra CPM resolutions to try, e.g. 0.01,0.1")
  double[] resolutions = new double[0];

  @Option(names = "--modularity", description = "also try modularity at resolution 1")
  boolean modularity;

  @Override
  public Integer call() {
    Path truthFile = company.resolve("truth").resolve("workers.csv");
    if (!Files.isRegularFile(truthFile)) {
      throw RunFailure.input("no ground truth at " + truthFile);
    }
    Settings settings = SettingsLoader.load(conf);
    GraphSettings configured = GraphSettings.from(settings);
    SparkSession spark = SparkSessionFactory.create(settings.spark());
    spark.sparkContext().setCheckpointDir(Path.of(System.getProperty("java.io.tmpdir"), "ringwatch-eval-checkpoints")
        .toString());

    Map<String, RingEvaluation.Truth> truth = new HashMap<>();
    for (Row r : spark.read().option("header", true).csv(truthFile.toString()).collectAsList()) {
      String ring = r.getAs("ring_id");
      String benign = r.getAs("benign_group");
      truth.put(r.getAs("worker_id"), new RingEvaluation.Truth(ring == null || ring.isBlank() ? null : ring,
          benign == null ? Set.of() : Arrays.stream(benign.split(";")).filter(s -> !s.isBlank()).collect(Collectors.toSet())));
    }
    Dataset<Row> all = new io.ringwatch.publish.PublishedTables(spark, output.toString()).committed("identity_links");
    Object latest = all.agg(max("run_date")).first().get(0);
    Dataset<Row> links = all.filter(col("run_date").equalTo(latest)).cache();
    // Components once; every variant splits the same components.
    Dataset<Row> components = GraphStage.components(links, new StarConnectedComponents()).checkpoint(true);

    Map<String, GraphSettings> variants = new LinkedHashMap<>();
    variants.put("components only", configured.withMinComponentSize(Integer.MAX_VALUE));
    Leiden.Params p = configured.leiden();
    variants.put("Leiden " + p.quality().name().toLowerCase() + " " + p.resolution() + " (configured)", configured);
    for (double r : resolutions) {
      variants.put("Leiden cpm " + r, configured.withLeiden(new Leiden.Params(Leiden.Quality.CPM, r, p.iterations(),
          p.randomness(), p.seed())));
    }
    if (modularity) {
      variants.put("Leiden modularity 1.0", configured.withLeiden(new Leiden.Params(Leiden.Quality.MODULARITY, 1.0,
          p.iterations(), p.randomness(), p.seed())));
    }
    System.out.printf("%d workers, %d in rings; identity_links of %s%n%n", truth.size(),
        truth.values().stream().filter(t -> t.ring() != null).count(), latest);
    System.out.println(RingEvaluation.Report.header());
    StringBuilder groups = new StringBuilder("\nBenign groups: clusters with such a non-ring worker / largest of them\n");
    for (var v : variants.entrySet()) {
      Map<String, String> cluster = new HashMap<>();
      for (Row r : GraphStage.clusters(components, links, new StarConnectedComponents(), v.getValue())
          .select("worker_id", "cluster_id").collectAsList()) {
        cluster.put(r.getString(0), r.getString(1));
      }
      RingEvaluation.Report report = RingEvaluation.evaluate(v.getKey(), cluster, truth);
      System.out.println(report.line());
      groups.append("- ").append(v.getKey()).append(':');
      report.benignByGroup().forEach((g, s) -> groups.append(' ').append(g).append(' ').append(s[0]).append('/').append(s[1]));
      groups.append('\n');
    }
    System.out.print(groups);
    return 0;
  }
}
