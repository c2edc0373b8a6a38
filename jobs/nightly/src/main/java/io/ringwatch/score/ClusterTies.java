package io.ringwatch.score;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.privacy.Hashing;
import io.ringwatch.score.signals.SignalContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The values that tie the members of each cluster: one row per cluster and shared value with the
 * members holding it, whether they all live at one home or are records of one person (a
 * household's or a rehire's ties are no evidence), and
 * a sentence a person can check, such as "3 workers paid into one bank account ending 4821" or
 * "4 laptops of 3 workers shipped to 12 Elm St, Springfield, IL, which is no worker's home".
 */
final class ClusterTies {
  private ClusterTies() {}

  /**
   * @return {@code cluster_id, kind, value_id, value_masked, workers (sorted ids), n, household, sentence}
   */
  static Dataset<Row> of(ScoreInputs in, Dataset<Row> members) {
    Dataset<Row> homes = in.workers().select(col("worker_id"),
        SignalContext.knownHome(in.workers()).as("home_address_key"), SignalContext.personKey().as("person_key"));
    Dataset<Row> perValue = in.links().filter(col("ignored_reason").isNull().and(col("holders").geq(2)))
        .join(members.select("worker_id", "cluster_id"), "worker_id")
        .join(homes, "worker_id", "left")
        .groupBy("cluster_id", "kind", "value_id", "value_hash", "value_masked")
        .agg(sort_array(collect_set("worker_id")).as("workers"),
            // a worker without a known home counts as living alone
            countDistinct(coalesce(col("home_address_key"), concat(lit("#"), col("worker_id")))).as("homes"),
            // the records of one person (rehire, conversion) share their values as a matter of course
            countDistinct(coalesce(col("person_key"), concat(lit("#"), col("worker_id")))).as("persons"))
        .filter(size(col("workers")).geq(2))
        .withColumn("n", size(col("workers")))
        .withColumn("household", col("homes").lt(2).or(col("persons").lt(2)));

    // Ship-to addresses: how many laptops went there, how it reads, and whether anyone lives there.
    Column shipHash = Hashing.valueHash(in.key(), lit("ship_address"), col("ship_address_key"));
    Dataset<Row> shipped = in.devices().filter(col("ship_address_key").isNotNull())
        .groupBy(shipHash.as("value_hash"))
        .agg(countDistinct("device_id").as("laptops"),
            min(concat_ws(", ", col("ship_to_line1"), col("ship_to_city"), col("ship_to_region"))).as("display"));
    Dataset<Row> homesAsShip = in.workers().filter(col("home_address_key").isNotNull())
        .select(Hashing.valueHash(in.key(), lit("ship_address"), col("home_address_key")).as("value_hash"))
        .distinct().withColumn("is_home", lit(true));
    Dataset<Row> withShip = perValue
        .join(shipped.withColumn("kind", lit("ship_address")), new String[] {"kind", "value_hash"}, "left")
        .join(homesAsShip.withColumn("kind", lit("ship_address")), new String[] {"kind", "value_hash"}, "left");
    return withShip.withColumn("sentence", sentence())
        .select("cluster_id", "kind", "value_id", "value_masked", "workers", "n", "household", "sentence");
  }

  private static Column sentence() {
    Column n = col("n").cast("string");
    Column workers = concat(n, lit(" workers "));
    Column ending = regexp_replace(col("value_masked"), "^\\*+", "");
    Column kind = col("kind");
    Column text = when(kind.equalTo("bank_account"), concat(workers, lit("paid into one bank account ending "), ending))
        .when(kind.equalTo("payout_account"), concat(workers, lit("paid through one payout-platform account "),
            col("value_masked")))
        .when(kind.equalTo("wallet"), concat(workers, lit("paid into one crypto wallet ending "), ending))
        .when(kind.equalTo("device"), concat(workers, lit("assigned one laptop, serial "), col("value_masked")))
        .when(kind.equalTo("mac"), concat(workers, lit("with one network card, MAC "), col("value_masked")))
        .when(kind.equalTo("ship_address"), concat(coalesce(col("laptops"), col("n")).cast("string"),
            lit(" laptops of "), workers, lit("shipped to "), coalesce(col("display"), col("value_masked")),
            when(col("is_home").isNull(), lit(", which is no worker's home")).otherwise(lit(", a worker's home"))))
        .when(kind.equalTo("national_id"), concat(workers, lit("give one national id "), col("value_masked")))
        .when(kind.equalTo("phone"), concat(workers, lit("give one phone number ending "), ending))
        .when(kind.equalTo("email"), concat(workers, lit("give one personal email "), col("value_masked")))
        .when(kind.equalTo("resume"), concat(workers, lit("submitted the same CV (file hash "), col("value_masked"),
            lit(")")))
        .when(kind.equalTo("photo"), concat(workers, lit("have the same or a near-identical profile photo")))
        .when(kind.equalTo("github"), concat(workers, lit("give one GitHub handle "), col("value_masked")))
        .when(kind.equalTo("address"), concat(workers, lit("give one home address "),
            regexp_replace(col("value_masked"), "\\|", ", ")))
        .when(kind.equalTo("ip"), concat(workers, lit("signed in from one public IP "), col("value_masked")))
        .when(kind.equalTo("payee_name"), concat(workers, lit("paid into accounts held by one other person, '"),
            col("value_masked"), lit("'")))
        .when(kind.equalTo("listed_vendor"), concat(workers, lit("supplied by one vendor on a sanctions list, "),
            col("value_masked")))
        .otherwise(concat(workers, lit("share one "), kind, lit(" "), col("value_masked")));
    return concat(text, when(col("homes").lt(2), lit(" (all live at one address)"))
        .when(col("persons").lt(2), lit(" (records of one person: same name and date of birth)")).otherwise(lit("")));
  }

  /** The configured tie points of each row's kind, to order the sentences strongest first. */
  static Column kindPoints(ClusterScoreSettings s) {
    Column points = lit(0);
    for (var e : s.tiePoints().entrySet()) {
      points = when(col("kind").equalTo(e.getKey()), lit(e.getValue())).otherwise(points);
    }
    return points;
  }
}
