package io.ringwatch.score;

import io.ringwatch.testing.SparkTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.testing.SharedSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkTest
class PopulationWeightsTest {
  static final StructType WORKERS = new StructType().add("worker_id", DataTypes.StringType)
      .add("claimed_work_country", DataTypes.StringType).add("home_country", DataTypes.StringType)
      .add("employment_type", DataTypes.StringType);
  static final StructType SIGNALS = new StructType().add("worker_id", DataTypes.StringType)
      .add("signal", DataTypes.StringType).add("points", DataTypes.IntegerType).add("evidence", DataTypes.StringType);
  static Dataset<Row> workers;
  static Dataset<Row> signals;

  @BeforeAll
  static void company() {
    List<Row> w = new ArrayList<>();
    List<Row> s = new ArrayList<>();
    // 40 contractors in India: half paid through a platform, half sharing one IP; one with a VPN
    for (int i = 0; i < 40; i++) {
      w.add(RowFactory.create("IN" + i, "IN", "IN", "contractor"));
      if (i % 2 == 0) {
        s.add(RowFactory.create("IN" + i, "platform_payout", 10, "paid via Wise"));
        s.add(RowFactory.create("IN" + i, "shared_ip", 10, "ip shared"));
      }
    }
    s.add(RowFactory.create("IN1", "vpn_provider", 20, "Astrill"));
    // 60 US employees: 3 with hosting sign-ins; a group of 10 US contractors all with hosting
    for (int i = 0; i < 60; i++) {
      w.add(RowFactory.create("US" + i, null, "US", "employee"));
      if (i < 3) {
        s.add(RowFactory.create("US" + i, "hosting_network", 10, "M247"));
      }
    }
    for (int i = 0; i < 10; i++) {
      w.add(RowFactory.create("UC" + i, "US", "US", "contractor"));
      s.add(RowFactory.create("UC" + i, "hosting_network", 10, "M247"));
    }
    workers = SharedSpark.get().createDataFrame(w, WORKERS);
    // Each signal row names one input row: the weight lowers points and keeps the rows.
    signals = SharedSpark.get().createDataFrame(s, SIGNALS).withColumn("records",
        io.ringwatch.score.signals.SignalContext.record("auth_events", org.apache.spark.sql.functions.col("worker_id")));
  }

  static Map<String, Row> run(ScoreSettings.Population p) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : PopulationWeights.apply(signals, workers, p).collectAsList()) {
      out.put(r.getString(0) + "/" + r.getString(1), r);
    }
    return out;
  }

  @Test
  void aSignalCommonInItsGroupIsWeighedDown() {
    Map<String, Row> r = run(ScoreFrames.scoreSettings().population());
    Row platform = r.get("IN0/platform_payout");
    assertEquals(2, platform.getInt(2), "10 points x 0.1 / 0.5");
    assertTrue(platform.getString(3).endsWith("(weighed down: fires for 50% of IN contractors tonight)"),
        platform.getString(3));
    // shared values are exempt; a rare signal in the group and a rare one in a large group stay
    assertEquals(10, r.get("IN0/shared_ip").getInt(2));
    assertEquals(20, r.get("IN1/vpn_provider").getInt(2));
    assertEquals(10, r.get("US0/hosting_network").getInt(2));
    // a group below min-group-workers says nothing about its habits
    assertEquals(10, r.get("UC0/hosting_network").getInt(2));
    assertEquals(signals.count(), r.size(), "no row added or lost");
    assertEquals("auth_events", platform.<Row>getList(4).get(0).getString(0), "a weighed-down signal keeps its rows");
  }

  @Test
  void offLeavesEveryPoint() {
    ScoreSettings.Population on = ScoreFrames.scoreSettings().population();
    Map<String, Row> r = run(new ScoreSettings.Population(false, on.maxShare(), on.minGroupWorkers(), on.exempt()));
    assertEquals(10, r.get("IN0/platform_payout").getInt(2));
  }
}
