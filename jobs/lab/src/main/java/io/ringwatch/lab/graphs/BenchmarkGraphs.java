package io.ringwatch.lab.graphs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The community-detection benchmark graphs with ground truth of {@code ../shared/data/graphs}
 * (each folder's SOURCE.md gives origin and format), loaded as simple undirected graphs: node
 * ids renumbered {@code 0..n-1} in increasing order of their original (integer) id, every edge
 * once with weight 1, self-loops and repeated or reciprocal edges dropped (email-Eu-core is
 * directed). {@code jobs/eval/leiden_reference.py} loads them the same way.
 */
public final class BenchmarkGraphs {
  private BenchmarkGraphs() {}

  /** One graph with its ground-truth partition ({@code truth[i]} = community of node i). */
  public record Graph(String name, int n, int[] from, int[] to, double[] weight, int[] truth) {
    public int communities() {
      return (int) java.util.Arrays.stream(truth).distinct().count();
    }
  }

  /** Names of every graph present under {@code root} (the graphs folder), small ones first. */
  public static List<String> available(Path root) {
    List<String> names = new ArrayList<>();
    for (String g : List.of("karate", "dolphins", "polbooks", "football", "email-eu-core")) {
      if (Files.isDirectory(root.resolve(g))) {
        names.add(g);
      }
    }
    Path lfr = root.resolve("lfr").resolve("networks");
    if (Files.isDirectory(lfr)) {
      try (Stream<Path> files = Files.list(lfr)) {
        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv.gz"))
            .map(f -> f.substring(0, f.length() - ".csv.gz".length()))
            .sorted((a, b) -> {
              int na = lfrNodes(a);
              int nb = lfrNodes(b);
              return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
            })
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static int lfrNodes(String name) {
    return Integer.parseInt(name.replaceAll("^LFR_N(\\d+)_.*$", "$1"));
  }

  /** Loads one graph by name: karate, dolphins, polbooks, football, email-eu-core or an LFR_… name. */
  public static Graph load(Path root, String name) {
    Map<Long, Integer> truth = new TreeMap<>();
    List<long[]> edges = new ArrayList<>();
    try {
      switch (name) {
        case "karate", "dolphins", "polbooks", "football" -> {
          Path dir = root.resolve(name);
          lines(dir.resolve("edges.csv"), true, (line, n) -> {
            String[] f = line.split(",");
            edges.add(new long[] {Long.parseLong(f[0].trim()), Long.parseLong(f[1].trim())});
          });
          // node_id,[label,]community; labels may hold quoted commas, so take the first and last field.
          Map<String, Integer> labelIds = new HashMap<>();
          lines(dir.resolve("communities.csv"), true, (line, n) -> {
            String id = line.substring(0, line.indexOf(',')).trim();
            String community = line.substring(line.lastIndexOf(',') + 1).trim();
            truth.put(Long.parseLong(id), labelIds.computeIfAbsent(community, k -> labelIds.size()));
          });
        }
        case "email-eu-core" -> {
          Path dir = root.resolve(name);
          lines(dir.resolve("email-Eu-core.txt"), false, (line, n) -> {
            String[] f = line.trim().split("\\s+");
            edges.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
          });
          lines(dir.resolve("email-Eu-core-department-labels.txt"), false, (line, n) -> {
            String[] f = line.trim().split("\\s+");
            truth.put(Long.parseLong(f[0]), Integer.parseInt(f[1]));
          });
        }
        default -> {
          if (!name.startsWith("LFR_")) {
            throw new IllegalArgumentException("unknown benchmark graph '" + name + "'");
          }
          Path lfr = root.resolve("lfr");
          lines(lfr.resolve("networks").resolve(name + ".csv.gz"), false, (line, n) -> {
            String[] f = line.split("\t");
            edges.add(new long[] {Long.parseLong(f[0].trim()), Long.parseLong(f[1].trim())});
          });
          JsonNode json;
          try (InputStream in = new GZIPInputStream(Files.newInputStream(
              lfr.resolve("ground_truth").resolve(name + ".json.gz")))) {
            json = new ObjectMapper().readTree(in);
          }
          int c = 0;
          for (JsonNode community : json.get("communities")) {
            for (JsonNode node : community) {
              truth.put(node.asLong(), c);
            }
            c++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark graph " + name + ": " + e.getMessage(), e);
    }
    return build(name, edges, truth);
  }

  /** Renumbers nodes, drops self-loops and repeated edges; nodes without truth get their own label. */
  static Graph build(String name, List<long[]> edges, Map<Long, Integer> truth) {
    TreeSet<Long> ids = new TreeSet<>(truth.keySet());
    for (long[] e : edges) {
      ids.add(e[0]);
      ids.add(e[1]);
    }
    Map<Long, Integer> index = new HashMap<>();
    for (long id : ids) {
      index.put(id, index.size());
    }
    Set<Long> seen = new LinkedHashSet<>();
    for (long[] e : edges) {
      int a = index.get(e[0]);
      int b = index.get(e[1]);
      if (a != b) {
        seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
      }
    }
    int m = seen.size();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    int i = 0;
    for (long key : seen) {
      from[i] = (int) (key >>> 32);
      to[i] = (int) key;
      weight[i] = 1.0;
      i++;
    }
    int[] labels = new int[ids.size()];
    int next = truth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    for (long id : ids) {
      Integer t = truth.get(id);
      labels[index.get(id)] = t != null ? t : next++;
    }
    return new Graph(name, ids.size(), from, to, weight, labels);
  }

  private static void lines(Path file, boolean header, BiConsumer<String, Integer> each) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        if (n++ == 0 && header) {
          continue;
        }
        if (!line.isBlank()) {
          each.accept(line, n);
        }
      }
    }
  }
}
