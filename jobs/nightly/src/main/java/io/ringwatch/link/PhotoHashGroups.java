package io.ringwatch.link;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import io.ringwatch.components.SizedConnectedComponents;
import io.ringwatch.components.StarConnectedComponents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Near-identical profile photos as one value. A photo re-saved, cropped or re-compressed keeps
 * its 64-bit perceptual hash up to a few bits, so hashes at most {@code d} bits apart (Hamming
 * distance) are grouped, and every photo link carries its group's representative hash.
 *
 * <p>Without comparing all pairs (multi-index hashing, Norouzi, Punjani, Fleet, "Fast Search in
 * Hamming Space with Multi-Index Hashing", CVPR 2012): the 64 bits are cut into {@code b} bands.
 * Two hashes within distance {@code d} have a band in which they differ by at most
 * {@code r = floor(d / b)} bits (pigeonhole: if every band differed by more, the distance would
 * exceed {@code b·(r+1) > d}). So each hash is indexed under its exact band values and probes
 * every value within {@code r} flipped bits of its own; hashes meeting on a key are candidate
 * pairs, and only candidates are compared. With {@code b = d + 1}, {@code r = 0}: the plain
 * "share one band exactly" rule. Fewer, wider bands with {@code r = 1} give far fewer candidates
 * on large sets for a few dozen probes per hash (see {@link BandPlan}).
 *
 * <p>Grouping: connected components over the verified pairs (a chain A~B~C is one group even
 * when A and C are further apart, so every group is a set of photos each within {@code d} of
 * another); the representative is the group's smallest hash (as lower-case hex), so the result
 * does not depend on the order of the rows. Components are found on Spark, never on the driver:
 * in one task while the pairs are few ({@link SizedConnectedComponents}), else with
 * {@link StarConnectedComponents}.
 */
public final class PhotoHashGroups {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoHashGroups.class);
  /**
   * Near-duplicate pairs grouped in one task up to this many (16 bytes a pair there). A pair is a
   * look-alike photo: even a million workers give far fewer, so the star rounds run only on
   * pathological photo sets, where their fixed cost no longer matters.
   */
  static final long ONE_TASK_MAX_PAIRS = 2_000_000;

  private PhotoHashGroups() {}

  /**
   * How the 64 bits are cut: {@code bands} bands (the first {@code 64 % bands} one bit wider, from
   * the least significant bit up), each probed within {@code tolerance() = maxDistance / bands}
   * flipped bits. A key is {@code band << 32 | band value}.
   */
  public record BandPlan(int maxDistance, int bands) implements java.io.Serializable {
    public static final int MAX_DISTANCE = 16;
    public static final int MAX_PROBES = 4096;

    public BandPlan {
      if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
        throw new IllegalArgumentException("the maximum distance must be between 0 and " + MAX_DISTANCE
            + ", was " + maxDistance);
      }
      if (bands < 2 || bands > 64) {
        throw new IllegalArgumentException("the number of bands must be between 2 and 64, was " + bands);
      }
    }

    public int tolerance() {
      return maxDistance / bands;
    }

    public int width(int band) {
      return 64 / bands + (band < 64 % bands ? 1 : 0);
    }

    public int offset(int band) {
      int o = 0;
      for (int i = 0; i < band; i++) {
        o += width(i);
      }
      return o;
    }

    /** The band's bits of {@code hash}, shifted down. */
    public long bandValue(long hash, int band) {
      return (hash >>> offset(band)) & ((1L << width(band)) - 1);
    }

    /** The keys a hash is indexed under: one per band, its exact band value. */
    public long[] exactKeys(long hash) {
      long[] keys = new long[bands];
      for (int b = 0; b < bands; b++) {
        keys[b] = key(b, bandValue(hash, b));
      }
      return keys;
    }

    /** The keys a hash probes: per band, every value within {@link #tolerance()} flipped bits. */
    public long[] probeKeys(long hash) {
      List<Long> keys = new ArrayList<>();
      for (int b = 0; b < bands; b++) {
        long v = bandValue(hash, b);
        flips(v, width(b), 0, tolerance(), b, keys);
      }
      return keys.stream().mapToLong(Long::longValue).toArray();
    }

    private static void flips(long v, int width, int from, int left, int band, List<Long> out) {
      out.add(key(band, v));
      if (left == 0) {
        return;
      }
      for (int bit = from; bit < width; bit++) {
        flips(v ^ (1L << bit), width, bit + 1, left - 1, band, out);
      }
    }

    /** How many keys one hash probes (the sum over bands of the Hamming-ball sizes). */
    public long probesPerHash() {
      long n = 0;
      for (int b = 0; b < bands; b++) {
        long c = 1;
        for (int k = 0; k <= tolerance(); k++) {
          n += c;
          c = c * (width(b) - k) / (k + 1);
        }
      }
      return n;
    }

    private static long key(int band, long value) {
      return ((long) band << 32) | value;
    }
  }

  /** A 16-digit hex hash as a 64-bit number, or null when it is not one. */
  public static Long parse(String hex) {
    if (hex == null || hex.length() != 16) {
      return null;
    }
    try {
      return Long.parseUnsignedLong(hex, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The hash as 16 lower-case hex digits. */
  public static String hex(long hash) {
    return String.format(Locale.ROOT, "%016x", hash);
  }

  public static int hamming(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static final UserDefinedFunction PARSE = udf((UDF1<String, Long>) PhotoHashGroups::parse,
      DataTypes.LongType).withName("phash_parse");
  private static final UserDefinedFunction HEX = udf((UDF1<Long, String>) PhotoHashGroups::hex,
      DataTypes.StringType).withName("phash_hex");

  private static UserDefinedFunction keys(BandPlan plan, boolean probe) {
    UDF1<Long, long[]> f = h -> probe ? plan.probeKeys(h) : plan.exactKeys(h);
    return udf(f, DataTypes.createArrayType(DataTypes.LongType)).withName(probe ? "phash_probe_keys" : "phash_keys");
  }

  /**
   * Distinct candidate pairs among the distinct hashes of column {@code hash}: columns {@code a},
   * {@code b} (hex, {@code a < b}), {@code ha}, {@code hb} (the numbers). Not yet verified.
   */
  public static Dataset<Row> candidatePairs(Dataset<Row> hashes, BandPlan plan) {
    Dataset<Row> parsed = hashes.select(col("hash")).distinct()
        .withColumn("h", PARSE.apply(col("hash"))).filter(col("h").isNotNull());
    Dataset<Row> indexed = parsed.select(col("hash").as("b"), col("h").as("hb"),
        explode(keys(plan, false).apply(col("h"))).as("key"));
    Dataset<Row> probing = parsed.select(col("hash").as("a"), col("h").as("ha"),
        explode(keys(plan, true).apply(col("h"))).as("key"));
    return probing.join(indexed, "key").filter(col("a").lt(col("b")))
        .select("a", "b", "ha", "hb").distinct();
  }

  /** The candidate pairs within the plan's distance: columns {@code a}, {@code b} (hex). */
  public static Dataset<Row> nearPairs(Dataset<Row> hashes, BandPlan plan) {
    return candidatePairs(hashes, plan)
        .filter(expr("bit_count(ha ^ hb)").leq(plan.maxDistance()))
        .select("a", "b");
  }

  /**
   * Per hash that has a near-identical other: {@code hash} and {@code representative} (the
   * smallest hash of its group). Hashes alone in their group are not listed.
   */
  public static Dataset<Row> representatives(Dataset<Row> hashes, BandPlan plan) {
    // Vertex ids with the sign bit flipped: signed order = unsigned order = hex order, so the
    // component id (the smallest vertex) is the smallest hash.
    Dataset<Row> edges = nearPairs(hashes, plan).select(
        PARSE.apply(col("a")).bitwiseXOR(lit(Long.MIN_VALUE)).as("src"),
        PARSE.apply(col("b")).bitwiseXOR(lit(Long.MIN_VALUE)).as("dst"));
    boolean canCheckpoint = hashes.sparkSession().sparkContext().getCheckpointDir().isDefined();
    Dataset<Row> components = new SizedConnectedComponents(ONE_TASK_MAX_PAIRS,
        new StarConnectedComponents().setCheckpointInterval(canCheckpoint ? 2 : 0)).run(edges);
    return components.select(
        HEX.apply(col("id").bitwiseXOR(lit(Long.MIN_VALUE))).as("hash"),
        HEX.apply(col("component").bitwiseXOR(lit(Long.MIN_VALUE))).as("representative"));
  }

  /**
   * The raw links of {@link LinkStage} with every {@code photo} value replaced by its group's
   * representative; other kinds untouched. {@code maxDistance = 0} leaves them all as they are.
   */
  public static Dataset<Row> regroup(Dataset<Row> raw, BandPlan plan) {
    if (plan.maxDistance() == 0) {
      return raw;
    }
    Dataset<Row> photos = raw.filter(col("kind").equalTo("photo"));
    Dataset<Row> rest = raw.filter(col("kind").notEqual("photo"));
    Dataset<Row> reps = representatives(photos.select(col("value").as("hash")), plan)
        .select(col("hash").as("_hash"), col("representative").as("_rep"));
    LOG.info("photo hashes: grouping near-identical hashes within {} bits ({} bands, {} probes per hash)",
        plan.maxDistance(), plan.bands(), plan.probesPerHash());
    Dataset<Row> mapped = photos.join(reps, col("value").equalTo(col("_hash")), "left")
        .withColumn("value", coalesce(col("_rep"), col("value")))
        .drop("_hash", "_rep");
    return rest.unionByName(mapped);
  }
}
