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
 * Sign-ins from another country than the claimed one, beyond what a trip explains ({@link Trips}).
 * High-risk countries are {@link SigninHighRiskCountry}'s, North Korean address space has its own
 * signal, and a VPN or hosting exit says where the server is, not the worker.
 */
@AutoService(WorkerSignal.class)
public final class SigninForeignCountry implements WorkerSignal {
  public static final Signal ABOUT = new Signal("signin_foreign_country",
      "Sign-ins from another country than the claimed one, beyond a trip",
      "Successful sign-ins (not through a VPN or hosting network) came from a country other than the one the "
          + "worker claims to work from, beyond what a trip explains: on days scattered over more stretches, or a "
          + "longer stay, or a larger share of sign-ins, than a business trip.",
      List.of("State/Treasury/FBI DPRK IT worker advisory, 16 May 2022: logins from IP addresses in different "
              + "countries; inconsistent alleged work location",
          "Mandiant UNC5267, 23 Sep 2024: smaller numbers in Africa and Southeast Asia",
          "OFAC, 16 Jan 2025: IT worker delegations in Laos", "signals.md N3"),
      "Business trips and holidays (one or two short stretches) are not counted; staff who moved abroad without "
          + "telling HR.", 15);

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
    Column elsewhere = col("claimed").isNotNull().and(col("ip_country").notEqual(col("claimed")))
        .and(highRisk.unary_$bang()).and(col("ip_dprk_range").isNull())
        .and(col("vpn_provider").isNull()).and(col("ip_hosting_provider").isNull());
    Dataset<Row> foreign = Trips.beyondTrip(ctx, a.filter(elsewhere), t.trip());
    return SignalContext.found(ctx.withLeftOut(foreign), concat(Trips.stayEvidence(), col("left_out")),
        SignalContext.records("auth_events", col("ids")));
  }
}
