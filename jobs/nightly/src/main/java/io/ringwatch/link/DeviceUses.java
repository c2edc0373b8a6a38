package io.ringwatch.link;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Device links from use: a sign-in or endpoint logon carrying a company device's id makes its
 * user a holder of that device, so a laptop worked from by several identities ties them. The uses
 * that IT practice explains tie no one and say why ({@code pre_ignored}; conf/link.conf,
 * device-use): a device with no holder (loaner pool, meeting-room PC), uses all before the device
 * was shipped to its current holder (a reassigned laptop), a user in a support role, and a user
 * on more than {@code max-other-holders} colleagues' devices.
 */
final class DeviceUses {
  private DeviceUses() {}

  /**
   * Rows in the shape of {@link LinkStage#link}: worker_id, kind, value, source, record_ids, n,
   * pre_ignored, junk; from the event summaries ({@code signin_day_network},
   * {@code endpoint_day_device}: the event's own worker, not the device holder).
   */
  static Dataset<Row> links(Dataset<Row> workers, Dataset<Row> devices, Column deviceKey, Dataset<Row> signIns,
      Dataset<Row> endpointDays, LinkSettings.DeviceUse rules) {
    Dataset<Row> uses = withDevices(devices, deviceKey, signIns, endpointDays);

    // Uses of a colleague's device are few: when each user last used each such device, and how
    // many colleagues' devices each user signs in on.
    Dataset<Row> others = uses.filter(col("_holder").isNotNull().and(col("_holder").notEqual(col("worker_id"))))
        .groupBy(col("worker_id").as("_ow"), col("device_key").as("_ok"), col("_holder").as("_oh"))
        .agg(max("event_time").as("_last"));
    Dataset<Row> breadth = others.groupBy(col("_ow").as("_bw")).agg(countDistinct("_oh").as("_colleagues"));
    Dataset<Row> roles = broadcast(workers.select(col("worker_id").as("_rw"),
        concat_ws(" / ", LinkStage.optional(workers, "job_title"), LinkStage.optional(workers, "department"))
            .as("_role")));
    Dataset<Row> judged = uses
        .join(others, col("worker_id").equalTo(col("_ow")).and(col("device_key").equalTo(col("_ok"))), "left")
        .join(breadth, col("worker_id").equalTo(col("_bw")), "left")
        .join(roles, col("worker_id").equalTo(col("_rw")), "left");

    Column reason = when(col("_holder").isNull(),
            lit("unassigned device (a loaner pool or shared PC): its users share it by design"))
        .when(col("_holder").equalTo(col("worker_id")), lit(null).cast(DataTypes.StringType))
        .when(col("_shipped").isNotNull().and(to_date(col("_last")).lt(col("_shipped"))),
            concat(lit("used only before the device was shipped to its current holder on "),
                col("_shipped").cast(DataTypes.StringType), lit(" (a reassigned device)")))
        .when(coalesce(col("_role"), lit("")).rlike(rules.supportRolePattern()),
            concat(lit("IT support ("), col("_role"), lit(") signing in on a colleague's device")))
        .when(col("_colleagues").gt(rules.maxOtherHolders()),
            concat(lit("signs in on "), col("_colleagues").cast(DataTypes.StringType),
                lit(" colleagues' devices (support work or a shared pool), more than "),
                lit(rules.maxOtherHolders()), lit(" of them")));
    return judged.select(col("worker_id"), lit("device").as("kind"), col("device_key").as("value"), col("source"),
            col("record_ids"), col("n"), reason.as("pre_ignored"), lit(null).cast(DataTypes.StringType).as("junk"))
        .filter(col("value").isNotNull());
  }

  /**
   * The same rows unjudged ({@code pre_ignored} null): the records behind device links already
   * decided, for their evidence.
   */
  static Dataset<Row> uses(Dataset<Row> devices, Column deviceKey, Dataset<Row> signIns, Dataset<Row> endpointDays) {
    return withDevices(devices, deviceKey, signIns, endpointDays).select(col("worker_id"), lit("device").as("kind"),
            col("device_key").as("value"), col("source"), col("record_ids"), col("n"),
            lit(null).cast(DataTypes.StringType).as("pre_ignored"), lit(null).cast(DataTypes.StringType).as("junk"))
        .filter(col("value").isNotNull());
  }

  /** Every use of a known device, with the device's key, holder and shipping date. */
  private static Dataset<Row> withDevices(Dataset<Row> devices, Column deviceKey, Dataset<Row> signIns,
      Dataset<Row> endpointDays) {
    Dataset<Row> uses = null;
    for (var e : List.of(Map.entry("auth_events", signIns), Map.entry("endpoint_events", endpointDays))) {
      Dataset<Row> u = e.getValue().filter(col("device_id").isNotNull().and(col("worker_id").isNotNull()))
          .select(col("worker_id"), col("device_id"), col("event_ids").as("record_ids"), col("n"),
              col("last_time").as("event_time"), lit(e.getKey()).as("source"));
      uses = uses == null ? u : uses.unionByName(u);
    }
    // Devices are a row or two per worker: sent to every task, so the summaries are not shuffled.
    Dataset<Row> info = broadcast(devices.select(col("device_id").as("_d"), deviceKey.as("device_key"),
        col("assigned_worker_id").as("_holder"), LinkStage.optional(devices, "shipped_at").cast(DataTypes.DateType)
            .as("_shipped")));
    return uses.join(info, col("device_id").equalTo(col("_d")));
  }
}
