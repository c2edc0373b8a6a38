package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import com.google.auto.service.AutoService;
import io.ringwatch.enrich.EventSummaries;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A USB device that IP-KVM boxes present attached to the worker's laptop (signals.md R3; enrich names it). */
@AutoService(WorkerSignal.class)
public final class IpKvm implements WorkerSignal {
  public static final Signal ABOUT = new Signal("ip_kvm", "IP-KVM hardware attached",
      "A USB device that IP-KVM boxes (PiKVM, TinyPilot, JetKVM, GL.iNet) present was attached to the worker's laptop.",
      List.of("MITRE ATT&CK T1219.003 Remote Access Hardware", "DOJ June 2025 (KVM switches in laptop farms)",
          "chelmzy.tech, Detecting spoofed IP-KVMs", "signals.md R3"),
      "Lab or data-centre staff who use KVMs for servers.", 35);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return IpKvm::rows;
  }

  private static Dataset<Row> rows(SignalContext ctx) {
    Dataset<Row> e = ctx.endpointWithWorker().filter(col("ip_kvm_device").isNotNull())
        .groupBy("worker_id", "device_id", "ip_kvm_device", "usb_id")
        .agg(min("first_time").as("first"), sum("n").as("n"), min(EventSummaries.firstId()).as("event"),
            SignalContext.allEventIds().as("ids"));
    return SignalContext.found(e, concat(lit("USB device "), col("ip_kvm_device"), lit(" ("),
        coalesce(col("usb_id"), lit("?")), lit(") attached to laptop "), col("device_id"), lit(" on "),
        date_format(col("first"), "yyyy-MM-dd"), lit(" (event "), col("event"), lit(", "), col("n").cast("string"),
        lit(" time(s))")),
        SignalContext.records("endpoint_events", col("ids")));
  }
}
