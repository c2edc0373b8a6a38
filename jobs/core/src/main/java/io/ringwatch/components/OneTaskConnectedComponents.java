package io.ringwatch.components;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Connected components of a graph small enough for one task: its edges are brought into one
 * partition and joined by union–find there (never on the driver). One Spark job instead of the
 * dozen joins and checkpoints of every {@link StarConnectedComponents} round, whose fixed cost
 * dominates a small night. Same output as every {@link ConnectedComponents}: each vertex with
 * the smallest vertex id of its component.
 */
public final class OneTaskConnectedComponents implements ConnectedComponents {

  @Override
  public Dataset<Row> run(Dataset<Row> edges) {
    return edges.select("src", "dst").repartition(1)
        .mapPartitions((MapPartitionsFunction<Row, Tuple2<Long, Long>>) OneTaskConnectedComponents::solve,
            Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
        .toDF("id", "component");
  }

  private static Iterator<Tuple2<Long, Long>> solve(Iterator<Row> rows) {
    long[] src = new long[1024];
    long[] dst = new long[1024];
    int n = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (n == src.length) {
        src = Arrays.copyOf(src, n * 2);
        dst = Arrays.copyOf(dst, n * 2);
      }
      src[n] = r.getLong(0);
      dst[n] = r.getLong(1);
      n++;
    }
    long[][] components = components(Arrays.copyOf(src, n), Arrays.copyOf(dst, n));
    List<Tuple2<Long, Long>> out = new ArrayList<>(components[0].length);
    for (int i = 0; i < components[0].length; i++) {
      out.add(new Tuple2<>(components[0][i], components[1][i]));
    }
    return out.iterator();
  }

  /**
   * Union–find over an edge list.
   *
   * @return {vertices, components}: every vertex of an edge once, in ascending order, and beside
   *     it the smallest vertex of its component
   */
  static long[][] components(long[] src, long[] dst) {
    long[] all = new long[src.length * 2];
    System.arraycopy(src, 0, all, 0, src.length);
    System.arraycopy(dst, 0, all, src.length, dst.length);
    Arrays.sort(all);
    int count = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[count++] = all[i];
      }
    }
    long[] vertices = Arrays.copyOf(all, count);
    // Parents point to smaller indices only, so a root is the smallest vertex of its set.
    int[] parent = new int[count];
    for (int i = 0; i < count; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < src.length; e++) {
      int a = root(parent, Arrays.binarySearch(vertices, src[e]));
      int b = root(parent, Arrays.binarySearch(vertices, dst[e]));
      if (a < b) {
        parent[b] = a;
      } else if (b < a) {
        parent[a] = b;
      }
    }
    long[] component = new long[count];
    for (int i = 0; i < count; i++) {
      component[i] = vertices[root(parent, i)];
    }
    return new long[][] {vertices, component};
  }

  private static int root(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) { // path compression
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }
}
