package io.ringwatch.lab.bench;

import io.ringwatch.enrich.EventSummaries;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import io.ringwatch.config.Settings;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.graph.GraphStage;
import io.ringwatch.components.GraphFramesConnectedComponents;
import io.ringwatch.components.StarConnectedComponents;
import io.ringwatch.graph.WorkerProjection;
import io.ringwatch.ingest.IngestSettings;
import io.ringwatch.ingest.IngestStage;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.link.LinkSettings;
import io.ringwatch.link.LinkStage;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.reflect.ClassTag;

/**
 * The graph benchmark of issue 4: on one company, the time to build the links, the connected
 * components of the bipartite worker–value graph ({@link StarConnectedComponents}, as the nightly
 * runs it) and the Leiden communities ({@link GraphStage#clusters}), and beside them GraphX
 * {@code connectedComponents} and GraphFrames' on the very same edges, with the graph's sizes. Ingest and normalize
 * run first (timed as "prepare", not part of the graph figures), each result stored; of the
 * events only what the link stage reads is kept (ids, the IP and the one enrich column links use,
 * {@code ip_is_private}), so the IP reference lookups, which no link depends on, stay out of it.
 */
public final class GraphBench {
  private GraphBench() {}

  /** One company's figures. Times in nanoseconds; counts of the graph kept (values held by ≥ 2, not ignored). */
  public record Figures(int size, long prepareNanos, long linkNanos, long componentsNanos, long leidenNanos,
      long graphxNanos, long graphFramesNanos, long linkRows, long workers, long values, long edges, long components,
      long graphxComponents, long graphFramesComponents, long clusters, long clusteredWorkers) {}

  public static Figures run(SparkSession spark, Settings settings, Path input, LocalDate runDate, int size) {
    long t = System.nanoTime();
    IngestedInputs in = IngestStage.run(spark, IngestSettings.from(settings), input.toString(), runDate);
    NormalizeStage normalize = new NormalizeStage(NormalizeSettings.from(settings));
    Dataset<Row> workers = stored(normalize.workers(in.workers()));
    Dataset<Row> payments = stored(normalize.payments(in.payments()));
    Dataset<Row> devices = stored(normalize.devices(in.devices()));
    Dataset<Row> auth = stored(EventSummaries.signInDayNetwork(EnrichStage.AUTH_EVENTS.withAbsentAsNull(
        linkColumns(normalize.authEvents(in.authEvents()), "ip_norm"))));
    Dataset<Row> endpoint = stored(EventSummaries.endpointDayDevice(EnrichStage.ENDPOINT_EVENTS.withAbsentAsNull(
        linkColumns(normalize.endpointEvents(in.endpointEvents()), "public_ip_norm"))));
    long prepare = System.nanoTime() - t;

    t = System.nanoTime();
    Dataset<Row> links = stored(LinkStage.build(LinkSettings.from(settings),
        io.ringwatch.privacy.PseudonymKey.ephemeral("graph benchmark"), workers, payments,
        devices, auth, endpoint));
    long link = System.nanoTime() - t;
    long linkRows = links.count();

    Dataset<Row> edges = links.filter(WorkerProjection.inGraph())
        .select(GraphStage.workerVertex(col("worker_id")).as("src"), GraphStage.valueVertex(col("value_id")).as("dst"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row sizes = edges.agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
        countDistinct(col("src")), countDistinct(col("dst"))).first();

    StarConnectedComponents star = new StarConnectedComponents().setCheckpointInterval(2);
    t = System.nanoTime();
    Dataset<Row> workerComponents = stored(GraphStage.components(links, star));
    long components = System.nanoTime() - t;
    long componentCount = workerComponents.select(countDistinct(col("component_id"))).first().getLong(0);

    t = System.nanoTime();
    Dataset<Row> clusters = stored(GraphStage.clusters(workerComponents, links, star, GraphSettings.from(settings)));
    long leiden = System.nanoTime() - t;
    Row c = clusters.agg(countDistinct(col("cluster_id")), org.apache.spark.sql.functions.count(
        org.apache.spark.sql.functions.lit(1))).first();

    t = System.nanoTime();
    long graphxComponents = graphxComponents(edges);
    long graphx = System.nanoTime() - t;
    edges.unpersist();

    // GraphFrames' rounds, the night's other choice (ringwatch.graph.components.algorithm), as the stage runs them.
    t = System.nanoTime();
    Dataset<Row> graphFramesWorkers = stored(GraphStage.components(links, new GraphFramesConnectedComponents().setCheckpointInterval(2)));
    long graphFrames = System.nanoTime() - t;
    long graphFramesComponents = graphFramesWorkers.select(countDistinct(col("component_id"))).first().getLong(0);
    return new Figures(size, prepare, link, components, leiden, graphx, graphFrames, linkRows, sizes.getLong(1),
        sizes.getLong(2), sizes.getLong(0), componentCount, graphxComponents, graphFramesComponents, c.getLong(0), c.getLong(1));
  }

  /**
   * The columns of normalised events the link stage reads, with enrich's {@code ip_is_private};
   * {@code ip_shared_egress} is left empty (recognising a secure-access service needs the ASN
   * lookups this benchmark leaves out, and generated companies declare no egress).
   */
  static Dataset<Row> linkColumns(Dataset<Row> events, String ipColumn) {
    return events.select(col("event_id"), col("event_time"), col("worker_id"), col("device_id"), col(ipColumn))
        .withColumn("ip_is_private", EnrichStage.ipIsPrivate(col(ipColumn)))
        .withColumn("ip_shared_egress", org.apache.spark.sql.functions.lit(null).cast("string"));
  }

  /** GraphX {@code connectedComponents} on the edges ({@code src}, {@code dst}): the number of components. */
  static long graphxComponents(Dataset<Row> edges) {
    ClassTag<Object> tag = scala.reflect.ClassTag$.MODULE$.apply(Object.class);
    JavaRDD<Edge<Object>> rdd = edges.javaRDD().map(r -> new Edge<>(r.getLong(0), r.getLong(1), (Object) 1));
    Graph<Object, Object> g = Graph.fromEdges(rdd.rdd(), (Object) 0, StorageLevel.MEMORY_AND_DISK(),
        StorageLevel.MEMORY_AND_DISK(), tag, tag);
    Graph<Object, Object> cc = org.apache.spark.graphx.lib.ConnectedComponents.run(g, tag, tag);
    long n = cc.vertices().toJavaRDD().map(v -> (Long) v._2()).distinct().count();
    cc.unpersist(false);
    g.unpersist(false);
    return n;
  }

  private static Dataset<Row> stored(Dataset<Row> df) {
    Dataset<Row> s = df.checkpoint(true);
    s.count();
    return s;
  }

  public static String table(List<Figures> figures) {
    List<List<String>> rows = new ArrayList<>();
    for (Figures f : figures) {
      rows.add(List.of(Markdown.size(f.size()), Markdown.count(f.linkRows()), Markdown.count(f.workers()),
          Markdown.count(f.values()), Markdown.count(f.edges()), Markdown.count(f.components()),
          Markdown.count(f.clusters()), Markdown.count(f.clusteredWorkers()), Markdown.seconds(f.prepareNanos()),
          Markdown.seconds(f.linkNanos()), Markdown.seconds(f.componentsNanos()), Markdown.seconds(f.leidenNanos()),
          Markdown.seconds(f.graphxNanos()), Markdown.count(f.graphxComponents()), Markdown.seconds(f.graphFramesNanos()),
          Markdown.count(f.graphFramesComponents())));
    }
    return Markdown.table(List.of("company", "link rows", "graph workers", "values", "edges", "components",
        "clusters", "clustered workers", "prepare s", "link s", "components s (star)", "Leiden s",
        "GraphX CC s", "GraphX components", "GraphFrames CC s", "GraphFrames components"), rows, false, true, true,
        true, true, true, true, true, true, true, true, true, true, true, true, true);
  }
}
