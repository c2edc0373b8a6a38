package io.ringwatch.score.signals;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;

import com.google.auto.service.AutoService;
import io.ringwatch.config.ConfigReader;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sign-ins from the high-risk countries ({@code ringwatch.score.high-risk-countries}) while
 * claiming another country, beyond what a trip explains ({@link Trips}); sign-ins through the
 * company's egress are left out and counted in the evidence.
 */
@AutoService(WorkerSignal.class)
public final class SigninHighRiskCountry implements WorkerSignal {
  public static final Signal ABOUT = new Signal("signin_high_risk_country",
      "Sign-ins from China, Russia or North Korea beyond a trip",
      "Successful sign-ins came from {high-risk-countries} address space while the worker claims to "
          + "work from another country, beyond what a trip explains: on days scattered over more stretches, or a "
          + "longer stay, or a larger share of sign-ins, than a business trip.",
      List.of("Mandiant UNC5267, 23 Sep 2024: workers primarily in China and Russia",
          "LevelBlue SpiderLabs case: usual login region China", "signals.md N3"),
      "Business trips (one or two short stretches of days, a small share of sign-ins) are not counted.", 25);

  @Override
  public Signal about() {
    return ABOUT;
  }

  @Override
  public SignalRule configure(ConfigReader block, CommonSignalSettings common) {
    return ctx -> rows(ctx, common);
  }

  private static Dataset<Row> rows(SignalContext ctx, CommonSignalSettings t) {
    Dataset<Row> a = Trips.countrySignIns(ctx);
    Column highRisk = col("ip_country").isin(t.highRiskCountries().toArray());
    Column notClaimed = col("claimed").isNull().or(col("ip_country").notEqual(col("claimed")));
    Dataset<Row> risky = Trips.beyondTrip(ctx, a.filter(highRisk.and(notClaimed)), t.trip());
    return SignalContext.found(ctx.withLeftOut(risky), concat(Trips.stayEvidence(), col("left_out")),
        SignalContext.records("auth_events", col("ids")));
  }
}
