package io.ringwatch.score.signals;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/** A laptop shipped to another country or region than the holder's home, no laptop farm ({@link LaptopShipments}). */
@AutoService(WorkerSignal.class)
public final class ShippedFarFromHome implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shipped_far_from_home",
      "Laptop shipped far from home",
      "A company laptop of the worker was shipped to another country, or another state or province, than the "
          + "worker's home (and not to an address the data shows to be an office or a laptop farm).",
      List.of("FBI/ROK PSA I-101823-PSA, 18 Oct 2023 (company laptops freight-forwarded overseas)",
          "DOJ, US v. Chapman (May 2024): laptops of workers claiming homes across the US hosted in Arizona; "
              + "49 devices shipped overseas",
          "Unit 42, 13 Nov 2024 (suspicious shipping addresses)", "signals.md D1, D2"),
      "A small satellite office in another state; a worker who moved and whose HR home is not updated.", 20);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> LaptopShipments.of(ctx).far();
  }
}
