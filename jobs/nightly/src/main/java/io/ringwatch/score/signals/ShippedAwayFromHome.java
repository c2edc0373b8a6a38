package io.ringwatch.score.signals;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;

/** A laptop shipped away from the holder's home within their state or region ({@link LaptopShipments}). */
@AutoService(WorkerSignal.class)
public final class ShippedAwayFromHome implements WorkerSignal {
  public static final Signal ABOUT = new Signal("shipped_away_from_home",
      "Laptop shipped away from home",
      "A laptop of a remote worker was shipped to an address that is not their home, in the same state or region "
          + "(farther away is 'Laptop shipped far from home').",
      List.of("Unit 42, 13 Nov 2024 (suspicious shipping addresses)", "signals.md D2"),
      "Shipping to a relative or a workplace.", 5);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> LaptopShipments.of(ctx).near();
  }
}
