package io.ringwatch.score.signals;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/** A laptop shipped to an address, not the holder's home, where laptops of other workers went too ({@link LaptopShipments}). */
@AutoService(WorkerSignal.class)
public final class LaptopFarm implements WorkerSignal {
  public static final Signal ABOUT = new Signal("laptop_farm",
      "Laptop shipped to a shared address that is not the worker's home",
      "A company laptop of the worker was shipped to an address that is not their home, where laptops of "
          + "other workers who do not live there were shipped too.",
      List.of("DOJ: Chapman hosted more than 90 laptops (sentenced 24 Jul 2025)",
          "DOJ 30 Jun 2025: 29 laptop farms in 16 states", "signals.md D1, D2"),
      "Shipments to a small satellite office not recognised as infrastructure.", 40);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> LaptopShipments.of(ctx).farm();
  }
}
