package io.ringwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringwatch.testing.SharedSpark;
import io.ringwatch.testing.SparkTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rule 6: a kept day is read again when an id its rows name came into or left tonight's exports. */
@SparkTest
class ReferenceDriftTest {
  private static final LocalDate D1 = LocalDate.parse("2026-11-18");
  private static final LocalDate D2 = LocalDate.parse("2026-11-19");
  private static final LocalDate D3 = LocalDate.parse("2026-11-20");
  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> frame(String ddl, Object[]... rows) {
    return spark.createDataFrame(Arrays.stream(rows).map(RowFactory::create).toList(), StructType.fromDDL(ddl));
  }

  /** Kept: sign-ins of W1 (D1, D2) and W2 (D2) accepted; a sign-in of W9 rejected on D3 (not in HR then). */
  private Map<String, Set<LocalDate>> drift(List<String> workersTonight, List<String> devicesTonight) {
    Dataset<Row> endpoint = frame("worker_id STRING, device_id STRING, n BIGINT, drop_day DATE",
        new Object[] {null, "L1", 4L, Date.valueOf(D2)});
    Map<String, Set<LocalDate>> out = new java.util.TreeMap<>();
    ReferenceDrift.changes(refs(), Map.of("auth_events", signIns(), "endpoint_events", endpoint),
        tonight(workersTonight, devicesTonight))
        .forEach(c -> out.computeIfAbsent(c.dataset(), d -> new java.util.TreeSet<>()).add(c.day()));
    return out;
  }

  private List<ReferenceDrift.Change> changes(List<String> workersTonight, List<String> devicesTonight) {
    return ReferenceDrift.changes(refs(), Map.of("auth_events", signIns()), tonight(workersTonight, devicesTonight));
  }

  private Dataset<Row> refs() {
    return frame(IngestedInputs.EVENT_DAY_REFS.columns().toDDL(),
        new Object[] {"auth_events", Date.valueOf(D3), "worker_id", "W9", false},
        new Object[] {"endpoint_events", Date.valueOf(D1), "device_id", "L7", false},
        new Object[] {"endpoint_events", Date.valueOf(D1), "worker_id", "W1", true});
  }

  private Dataset<Row> signIns() {
    return frame("worker_id STRING, device_id STRING, n BIGINT, drop_day DATE",
        new Object[] {"W1", "X1", 3L, Date.valueOf(D1)}, new Object[] {"W1", "X1", 2L, Date.valueOf(D2)},
        new Object[] {"W2", null, 1L, Date.valueOf(D2)}, new Object[] {null, null, 1L, Date.valueOf(D3)});
  }

  private Map<String, Dataset<Row>> tonight(List<String> workersTonight, List<String> devicesTonight) {
    Dataset<Row> workers = frame("worker_id STRING", workersTonight.stream().map(w -> new Object[] {w})
        .toArray(Object[][]::new));
    Dataset<Row> devices = frame("device_id STRING", devicesTonight.stream().map(d -> new Object[] {d})
        .toArray(Object[][]::new));
    return Map.of(Datasets.HR_WORKERS, workers, Datasets.DEVICES, devices);
  }

  @Test
  void exportsAsTheyWereChangeNoDay() {
    assertEquals(Map.of(), drift(List.of("W1", "W2", "W5"), List.of("L1", "L2")));
  }

  @Test
  void aWorkerRemovedFromTheExportChangesEveryDayNamingHim() {
    assertEquals(Map.of("auth_events", Set.of(D1, D2), "endpoint_events", Set.of(D1)),
        drift(List.of("W2", "W5"), List.of("L1")), "W1's sign-ins and the endpoint reject naming him");
  }

  @Test
  void anIdMissedThenAndPresentNowChangesItsDay() {
    assertEquals(Map.of("auth_events", Set.of(D3), "endpoint_events", Set.of(D1)),
        drift(List.of("W1", "W2", "W9"), List.of("L1", "L7")), "W9 hired, L7 registered late");
  }

  @Test
  void anIdThatCameIsToldFromOneThatWentAndNamedAsARejectNamesIt() {
    List<ReferenceDrift.Change> changes = changes(List.of("W2", "W9"), List.of("L1", "L7"));
    assertEquals(List.of(new ReferenceDrift.Change("auth_events", D1, "worker_id", "hr_workers", "W1", false, false),
        new ReferenceDrift.Change("auth_events", D2, "worker_id", "hr_workers", "W1", false, false),
        new ReferenceDrift.Change("auth_events", D3, "worker_id", "hr_workers", "W9", true, false),
        new ReferenceDrift.Change("endpoint_events", D1, "device_id", "devices", "L7", true, false),
        new ReferenceDrift.Change("endpoint_events", D1, "worker_id", "hr_workers", "W1", false, false)), changes);
    assertEquals("device_id 'L7' is not in devices", changes.get(3).dangling());
  }

  @Test
  void aDeviceGoneChangesTheDaysOfItsEvents() {
    assertEquals(Map.of("endpoint_events", Set.of(D2)), drift(List.of("W1", "W2"), List.of()));
  }
}
