package io.ringwatch.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.normalize.Ips;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A table of IP ranges ({@code start_ip, end_ip, payload…}) prepared for lookups that scale:
 * never a scan per row and never a cartesian or nested-loop join.
 *
 * <p>Addresses are compared in the fixed-width hex form of {@link Ips} (8 digits for IPv4, 32
 * for IPv6), whose string order is the numeric order. Each range is cut into buckets at the
 * finest configured prefix length (level) where it spans at most {@code maxBuckets} buckets
 * (the coarsest level when none does), one row per (family, level, bucket). A lookup takes the
 * distinct addresses, gives each one row per level with its bucket at that level, equi-joins on
 * (family, level, bucket), keeps rows with {@code start <= ip <= end}, and, where ranges nest (the
 * public databases have nested and a few overlapping ranges), keeps the narrowest: the one with
 * the greatest start, then the smallest end. The prepared table is persisted; it is broadcast
 * when it has at most {@code broadcastMaxRows} rows, else joined by shuffle.
 */
public final class IpRangeTable implements Serializable {
  private final transient Dataset<Row> prepared;
  private final List<String> payload;
  private final int[] v4Levels;
  private final int[] v6Levels;
  private final long rows;
  private final boolean broadcast;

  private IpRangeTable(Dataset<Row> prepared, List<String> payload, int[] v4Levels, int[] v6Levels,
      long rows, boolean broadcast) {
    this.prepared = prepared;
    this.payload = payload;
    this.v4Levels = v4Levels;
    this.v6Levels = v6Levels;
    this.rows = rows;
    this.broadcast = broadcast;
  }

  /**
   * Prepares {@code ranges}, whose first two columns are the start and end address (text) and
   * whose other columns are the payload returned by lookups. Rows whose addresses do not parse,
   * mix families or run backwards are dropped.
   */
  public static IpRangeTable prepare(Dataset<Row> ranges, int[] v4Levels, int[] v6Levels,
      int maxBuckets, long broadcastMaxRows) {
    StructType in = ranges.schema();
    List<String> payload = new ArrayList<>();
    StructType out = new StructType()
        .add("r_fam", DataTypes.IntegerType, false)
        .add("r_lvl", DataTypes.IntegerType, false)
        .add("r_bucket", DataTypes.LongType, false)
        .add("r_start", DataTypes.StringType, false)
        .add("r_end", DataTypes.StringType, false);
    for (int i = 2; i < in.size(); i++) {
      StructField f = in.fields()[i];
      payload.add(f.name());
      out = out.add(f);
    }
    int[] l4 = v4Levels.clone();
    int[] l6 = v6Levels.clone();
    int payloadSize = payload.size();
    FlatMapFunction<Row, Row> explode = r -> explode(r, l4, l6, maxBuckets, payloadSize);
    Dataset<Row> prepared = ranges.flatMap(explode, Encoders.row(out))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long rows = prepared.count();
    return new IpRangeTable(prepared, List.copyOf(payload), l4, l6, rows,
        broadcastMaxRows > 0 && rows <= broadcastMaxRows);
  }

  /** Number of prepared (bucket) rows. */
  public long rows() {
    return rows;
  }

  public boolean isBroadcast() {
    return broadcast;
  }

  public Dataset<Row> prepared() {
    return prepared;
  }

  public void unpersist() {
    prepared.unpersist();
  }

  /**
   * For each distinct non-null address in column {@code ipColumn} of {@code ips} (canonical text,
   * see {@link Ips#canonical}), the payload of the narrowest range holding it: columns
   * {@code ipColumn} and the payload columns; addresses in no range are absent.
   */
  public Dataset<Row> lookup(Dataset<Row> ips, String ipColumn) {
    UserDefinedFunction keys = keysUdf(v4Levels, v6Levels);
    Dataset<Row> probes = ips.select(col(ipColumn)).where(col(ipColumn).isNotNull()).distinct()
        .withColumn("_k", keys.apply(col(ipColumn)))
        .where(col("_k").isNotNull())
        .select(col(ipColumn), col("_k.fam").as("_fam"), col("_k.hex").as("_hex"),
            posexplode(col("_k.buckets")).as(new String[] {"_lvl", "_bucket"}));
    Dataset<Row> table = broadcast ? org.apache.spark.sql.functions.broadcast(prepared) : prepared;
    Column on = col("_fam").equalTo(col("r_fam"))
        .and(col("_lvl").equalTo(col("r_lvl")))
        .and(col("_bucket").equalTo(col("r_bucket")));
    Dataset<Row> hits = probes.join(table, on)
        .where(col("_hex").geq(col("r_start")).and(col("_hex").leq(col("r_end"))));
    List<Column> cols = new ArrayList<>();
    cols.add(col(ipColumn));
    for (String p : payload) {
      cols.add(col(p));
    }
    return hits
        .withColumn("_rank", row_number().over(Window.partitionBy(col(ipColumn))
            .orderBy(col("r_start").desc(), col("r_end").asc())))
        .where(col("_rank").equalTo(1))
        .select(cols.toArray(new Column[0]));
  }

  static final StructType KEY = new StructType()
      .add("fam", DataTypes.IntegerType)
      .add("hex", DataTypes.StringType)
      .add("buckets", DataTypes.createArrayType(DataTypes.LongType, false));

  static UserDefinedFunction keysUdf(int[] v4Levels, int[] v6Levels) {
    return udf((UDF1<String, Row>) ip -> {
      Long v4 = Ips.v4ToLong(ip);
      if (v4 != null) {
        List<Long> b = new ArrayList<>();
        for (int l : v4Levels) {
          b.add(Ips.v4Prefix(v4, l));
        }
        return RowFactory.create(4, hex8(v4), b);
      }
      String hex = Ips.v6ToHex(ip);
      if (hex == null) {
        return null;
      }
      List<Long> b = new ArrayList<>();
      for (int l : v6Levels) {
        b.add(Ips.v6Prefix(hex, l));
      }
      return RowFactory.create(6, hex, b);
    }, KEY);
  }

  static String hex8(long v) {
    String h = Long.toHexString(v);
    return "0".repeat(8 - h.length()) + h;
  }

  private static Iterator<Row> explode(Row r, int[] l4, int[] l6, int maxBuckets, int payloadSize) {
    String s = r.isNullAt(0) ? null : r.getString(0);
    String e = r.isNullAt(1) ? null : r.getString(1);
    List<Row> out = new ArrayList<>();
    Long s4 = Ips.v4ToLong(s);
    Long e4 = Ips.v4ToLong(e);
    int fam;
    String startHex;
    String endHex;
    long[] starts;
    long[] ends;
    int[] levels;
    if (s4 != null && e4 != null) {
      if (s4 > e4) {
        return out.iterator();
      }
      fam = 4;
      startHex = hex8(s4);
      endHex = hex8(e4);
      levels = l4;
      starts = Arrays.stream(l4).mapToLong(l -> Ips.v4Prefix(s4, l)).toArray();
      ends = Arrays.stream(l4).mapToLong(l -> Ips.v4Prefix(e4, l)).toArray();
    } else {
      String s6 = Ips.v6ToHex(s);
      String e6 = Ips.v6ToHex(e);
      if (s6 == null || e6 == null || s6.compareTo(e6) > 0) {
        return out.iterator();
      }
      fam = 6;
      startHex = s6;
      endHex = e6;
      levels = l6;
      starts = Arrays.stream(l6).mapToLong(l -> Ips.v6Prefix(s6, l)).toArray();
      ends = Arrays.stream(l6).mapToLong(l -> Ips.v6Prefix(e6, l)).toArray();
    }
    int chosen = 0;
    for (int i = levels.length - 1; i >= 0; i--) {
      // Unsigned span - 1 (bucket counts at level 64 use all bits of a long).
      long spanMinusOne = ends[i] - starts[i];
      if (Long.compareUnsigned(spanMinusOne, maxBuckets - 1L) <= 0) {
        chosen = i;
        break;
      }
    }
    Object[] payload = new Object[payloadSize];
    for (int i = 0; i < payloadSize; i++) {
      payload[i] = r.get(2 + i);
    }
    BigInteger count = new BigInteger(Long.toUnsignedString(ends[chosen] - starts[chosen])).add(BigInteger.ONE);
    long n = count.longValueExact();
    for (long k = 0; k < n; k++) {
      Object[] cells = new Object[5 + payloadSize];
      cells[0] = fam;
      cells[1] = chosen;
      cells[2] = starts[chosen] + k;
      cells[3] = startHex;
      cells[4] = endHex;
      System.arraycopy(payload, 0, cells, 5, payloadSize);
      out.add(RowFactory.create(cells));
    }
    return out.iterator();
  }
}
