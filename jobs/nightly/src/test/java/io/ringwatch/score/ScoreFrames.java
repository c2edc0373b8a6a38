package io.ringwatch.score;

import io.ringwatch.enrich.EventSummaries;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.enrich.EnrichSettings;
import io.ringwatch.enrich.EnrichStage;
import io.ringwatch.graph.GraphSettings;
import io.ringwatch.graph.GraphStage;
import io.ringwatch.components.SizedConnectedComponents;
import io.ringwatch.components.StarConnectedComponents;
import io.ringwatch.link.LinkSettings;
import io.ringwatch.link.LinkStage;
import io.ringwatch.normalize.InputFrames;
import io.ringwatch.normalize.NormalizeSettings;
import io.ringwatch.normalize.NormalizeStage;
import io.ringwatch.screen.ScreenStage;
import io.ringwatch.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import io.ringwatch.reference.ip.IpTablesLoader;
import io.ringwatch.reference.sanctions.SanctionsList;
import io.ringwatch.reference.sanctions.SanctionsLoader;
import io.ringwatch.screen.ScreenSettings;

/**
 * Tiny inputs for signal tests, run through the real normalize, enrich, screen, link and graph
 * stages so the score stage gets exactly the frames (frames.md §2-§6) it gets in a nightly run.
 * Rows are given as column/value pairs of the input contract (InputFrames); the rest are null.
 *
 * <p>IP geolocation reads a small reference written here ({@link #IP_RANGES}), sanctions the
 * OFAC fixture of the screen tests. {@link #settings()} gives every signal one point more than
 * its default, so a test that sees the configured points proves they come from configuration.
 */
public final class ScoreFrames {
  /** start, end, country, AS number, organisation: the whole IP world of the tests. */
  public static final String[][] IP_RANGES = {
      {"73.0.0.0", "73.255.255.255", "US", "7922", "Comcast Cable Communications, LLC"},
      {"98.0.0.0", "98.255.255.255", "US", "7018", "AT&T Services, Inc."},
      {"36.110.0.0", "36.110.255.255", "CN", "4134", "CHINANET-BACKBONE"},
      {"95.24.0.0", "95.31.255.255", "RU", "8402", "PJSC Vimpelcom"},
      {"112.198.0.0", "112.198.255.255", "PH", "9299", "Philippine Long Distance Telephone Company"},
      {"81.2.64.0", "81.2.127.255", "GB", "20712", "Andrews & Arnold Ltd"},
      {"185.244.0.0", "185.244.255.255", "NL", "9009", "M247 Europe SRL"},
      {"175.45.176.0", "175.45.179.255", "KP", "131279", "Ryugyong-dong"},
      {"117.192.0.0", "117.255.255.255", "IN", "9829", "National Internet Backbone"},
      {"165.225.0.0", "165.225.255.255", "US", "22616", "ZSCALER, INC."},
      {"20.40.0.0", "20.47.255.255", "US", "8075", "Microsoft Corporation"},
  };
  /** The company VPN the tests' settings declare (ringwatch.enrich.company-egress). */
  public static final String COMPANY_VPN = "98.7.0.0/16";
  private static EnrichStage enrich;
  private static Settings base;

  private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();

  public ScoreFrames() {
    for (String d : List.of("hr_workers", "payroll_payments", "devices", "auth_events", "endpoint_events")) {
      rows.put(d, new ArrayList<>());
    }
  }

  public ScoreFrames worker(String... kv) {
    return add("hr_workers", kv);
  }

  public ScoreFrames payment(String... kv) {
    return add("payroll_payments", kv);
  }

  public ScoreFrames device(String... kv) {
    return add("devices", kv);
  }

  public ScoreFrames signIn(String... kv) {
    return add("auth_events", kv);
  }

  public ScoreFrames endpoint(String... kv) {
    return add("endpoint_events", kv);
  }

  private ScoreFrames add(String dataset, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    rows.get(dataset).add(m);
    return this;
  }

  /** The settings of conf/ with the tests' IP reference, the screen fixture's extra file and shifted points. */
  public static synchronized Settings settings() {
    if (base == null) {
      base = Settings.from(overrides().withFallback(SettingsLoader.loadConfig(null)).resolve());
    }
    return base;
  }

  /** The score settings of {@link #settings()}. */
  public static ScoreSettings scoreSettings() {
    return ScoreSettings.from(settings());
  }

  /** The score settings of {@link #settings()} with these HOCON lines on top (e.g. {@code "ringwatch.score.trip-max-days = 3"}). */
  public static ScoreSettings scoreSettings(String hocon) {
    return ScoreSettings.from(Settings.from(ConfigFactory.parseString(hocon)
        .withFallback(overrides()).withFallback(SettingsLoader.loadConfig(null)).resolve()));
  }

  private static Config overrides() {
    StringBuilder points = new StringBuilder();
    for (var s : SignalCatalogue.SIGNALS) {
      points.append("ringwatch.score.signals.").append(s.about().id()).append(".points = ")
          .append(s.about().defaultPoints() + 1).append('\n');
    }
    Path dir = referenceDir();
    return ConfigFactory.parseString(points
        + "ringwatch.screen.extra-sdn-files = [\"sdn_extra.csv\"]\n"
        + "ringwatch.enrich.company-egress = [{ cidr = \"" + COMPANY_VPN + "\", purpose = vpn, note = \"test VPN\" }]\n"
        + "ringwatch.enrich.ip-country = [\"" + dir.resolve("country.csv") + "\"]\n"
        + "ringwatch.enrich.ip-asn = [\"" + dir.resolve("asn.csv") + "\"]\n");
  }

  private static Path referenceDir() {
    try {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ringwatch-score-frames-ip");
      Files.createDirectories(dir);
      StringBuilder country = new StringBuilder();
      StringBuilder asn = new StringBuilder();
      for (String[] r : IP_RANGES) {
        country.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
        asn.append(r[0]).append(',').append(r[1]).append(',').append(r[3]).append(",\"").append(r[4]).append("\"\n");
      }
      Files.writeString(dir.resolve("country.csv"), country);
      Files.writeString(dir.resolve("asn.csv"), asn);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized EnrichStage enrich() {
    if (enrich == null) {
      EnrichSettings s = EnrichSettings.from(settings());
      enrich = new EnrichStage(SharedSpark.get(), s,
          IpTablesLoader.load(s.ipReference(), null, SharedSpark.get().sparkContext().hadoopConfiguration()));
    }
    return enrich;
  }

  private Dataset<Row> frame(StructType schema, String dataset) {
    @SuppressWarnings("unchecked")
    Map<String, String>[] r = rows.get(dataset).toArray(new Map[0]);
    return InputFrames.frame(schema, r);
  }

  /**
   * The score stage's inputs for these rows. Every frame is checkpointed as the nightly pipeline
   * does (locally here), so the plans the signals build stay small.
   */
  public ScoreInputs inputs() {
    Settings settings = settings();
    NormalizeStage normalize = new NormalizeStage(NormalizeSettings.from(settings));
    Dataset<Row> workers = stored(normalize.workers(frame(InputFrames.HR_WORKERS, "hr_workers")));
    Dataset<Row> payments = stored(normalize.payments(frame(InputFrames.PAYROLL_PAYMENTS, "payroll_payments")));
    Dataset<Row> devices = stored(normalize.devices(frame(InputFrames.DEVICES, "devices")));
    Dataset<Row> authEvents = enrich().authEvents(normalize.authEvents(frame(InputFrames.AUTH_EVENTS, "auth_events")));
    Dataset<Row> auth = stored(EventSummaries.signInDayNetwork(authEvents));
    Dataset<Row> visits = stored(EventSummaries.signInVisits(authEvents));
    Dataset<Row> endpoint = stored(EventSummaries.endpointDayDevice(enrich().endpointEvents(
        normalize.endpointEvents(frame(InputFrames.ENDPOINT_EVENTS, "endpoint_events")))));
    ScreenSettings screenSettings = ScreenSettings.from(settings);
    SanctionsList list = SanctionsLoader.load(screenSettings.sanctionsFiles(), ofacFixture(), null,
        SharedSpark.get().sparkContext().hadoopConfiguration());
    Dataset<Row> hits = stored(ScreenStage.run(SharedSpark.get(), screenSettings, workers, payments, auth, list).hits());
    io.ringwatch.link.Linked linked = LinkStage.decide(LinkSettings.from(settings), io.ringwatch.testing.TestKeys.KEY,
        workers, payments, devices, auth, endpoint, LinkStage.listedVendors(hits)).linked((name, frame) -> stored(frame));
    Dataset<Row> links = linked.links();
    GraphSettings graphSettings = GraphSettings.from(settings);
    Dataset<Row> clusters = stored(GraphStage.clusters(links, new SizedConnectedComponents(graphSettings.maxEdgesPerTask(),
        new StarConnectedComponents().setCheckpointInterval(2)), graphSettings));
    return new ScoreInputs(workers, payments, devices, auth, visits, endpoint, links, linked.evidence(), hits, clusters,
        io.ringwatch.testing.TestKeys.KEY);
  }

  private static Dataset<Row> stored(Dataset<Row> df) {
    return df.localCheckpoint(true);
  }

  private static String ofacFixture() {
    try {
      return Path.of(ScoreFrames.class.getResource("/screen/ofac-fixture/sdn.csv").toURI()).getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
