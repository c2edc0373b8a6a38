package io.ringwatch.report;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.Member;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained XHTML page (pictures inlined as data URIs), written for
 * print: the first A4 page is the executive summary, the pages after it the detail. The same
 * document is the HTML report and the input of the PDF.
 *
 * <p>The page comes from the FreeMarker templates under {@code ringwatch/report/} (HTML output
 * format, so every value is escaped unless a template says otherwise, which none does) with
 * {@code report.css} inlined. This class only draws the pictures and hands the templates
 * {@link ReportData} and {@link ReportFormat}; text from the tables is masked there with
 * {@link ReportFormat#masked}.
 */
public final class ReportHtml {
  static final Version FREEMARKER_VERSION = Configuration.VERSION_2_3_34;

  /** Pictures are drawn at this many device pixels per CSS pixel (about 290 dpi on paper). */
  static final double SCALE = 3.0;

  /** Thread-safe once set up; templates are parsed once and cached. */
  static final Configuration TEMPLATES = templates();

  /** A PNG inlined as a data URI, shown at {@code width x height} CSS pixels. */
  public record Picture(String src, int width, int height) {
    static Picture of(byte[] png, int width, int height) {
      return new Picture("data:image/png;base64," + Base64.getEncoder().encodeToString(png), width, height);
    }
  }

  /** A cluster on the first page: its card with a small picture. */
  public record Card(ClusterView cluster, Picture picture) {}

  /**
   * A cluster on the detail pages: a larger picture, how much of the cluster it leaves out, the
   * members listed and how many more there are.
   */
  public record Detail(ClusterView cluster, Picture picture, int workersLeftOut, int valuesLeftOut,
      List<Member> members, int moreMembers) {}

  /** The detail pictures' font size (CSS pixels). */
  static final float DETAIL_FONT = 7.6f;

  /** Members listed per cluster on the detail pages; the rest are counted. */
  static final int DETAIL_MEMBERS = 10;

  private ReportHtml() {}

  public static String render(ReportData data, ReportSettings settings) {
    // Every high and critical cluster is described, strongest first, up to top-clusters; the
    // page says how many more there are.
    List<ClusterView> risky = data.riskyClusters().stream().filter(c -> flagged(c.band()))
        .sorted(ClusterView.STRONGEST_FIRST).toList();
    List<ClusterView> described = risky.stream().limit(settings.topClusters()).toList();
    List<Card> cards = described.stream().limit(settings.firstPageClusters())
        .map(c -> new Card(c, Picture.of(NetworkPicture.png(c, settings.pictureMaxWorkers(),
            settings.pictureMaxValues(), 210, 138, SCALE, 6.8f), 210, 138)))
        .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("d", data);
    model.put("bands", ReportData.BANDS);
    model.put("fmt", staticsOf(ReportFormat.class));
    model.put("runDay", ReportFormat.longDay(data.runDate()));
    // One night is no trend: a single bar would pass for one.
    if (data.trend().size() >= 2) {
      model.put("trendChart", Picture.of(TrendChart.png(data.trend(), 430, 158, SCALE, 8f), 430, 158));
    }
    model.put("cards", cards);
    // Empty cells keep the cards at the same width however many there are.
    model.put("emptyCards", Math.max(0, settings.firstPageClusters() - cards.size()));
    model.put("detail", described.stream().map(c -> detail(c, settings)).toList());
    model.put("notDescribed", risky.size() - described.size());
    model.put("tiedScores", tiedScores(described));
    try {
      Template page = TEMPLATES.getTemplate("report.ftlh");
      StringWriter out = new StringWriter(64 * 1024);
      page.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the report's templates", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("could not render the report: " + e.getMessage(), e);
    }
  }

  /** The detail page's picture: twice the first page's workers and values, taller for a large cluster. */
  private static Detail detail(ClusterView c, ReportSettings settings) {
    int maxWorkers = settings.pictureMaxWorkers() * 2;
    int maxValues = settings.pictureMaxValues() * 2;
    NetworkPicture.Graph g = NetworkPicture.graph(c, maxWorkers, maxValues);
    // Taller for a large cluster, so that its workers stand in at most two columns and its
    // values' boxes, two lines each, do not touch.
    long drawn = g.nodes().stream().filter(NetworkPicture.Node::worker).count();
    long values = g.nodes().size() - drawn;
    double margin = DETAIL_FONT * 0.9;
    double needed = Math.max(Math.ceil(drawn / 2.0) * 2.6 * margin,
        Math.ceil(values / 2.0) * (NetworkPicture.valueBoxHeight(DETAIL_FONT) + margin)) + 2 * margin;
    int height = (int) Math.max(200, Math.min(360, Math.ceil(needed)));
    return new Detail(c, Picture.of(NetworkPicture.png(c, maxWorkers, maxValues, 320, height, SCALE, DETAIL_FONT),
        320, height), g.workersLeftOut(), g.valuesLeftOut(), c.members().stream().limit(DETAIL_MEMBERS).toList(),
        Math.max(0, c.members().size() - DETAIL_MEMBERS));
  }

  /** Whether two of the clusters share a score, so that the page says how it orders them. */
  static boolean tiedScores(List<ClusterView> clusters) {
    return clusters.stream().map(ClusterView::score).distinct().count() < clusters.size();
  }

  static boolean flagged(String band) {
    return "high".equals(band) || "critical".equals(band);
  }

  private static Configuration templates() {
    Configuration cfg = new Configuration(FREEMARKER_VERSION);
    cfg.setClassForTemplateLoading(ReportHtml.class, "/ringwatch/report");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    // .ftlh: HTML output format, every ${…} escaped.
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setObjectWrapper(new XmlSafeWrapper(FREEMARKER_VERSION));
    cfg.setLocale(Locale.US);
    // Numbers are formatted by ReportFormat; a bare ${n} (a picture's size) prints plain digits.
    cfg.setNumberFormat("computer");
    // CSS is included as a template: only ${…} is special in it, never #{…}.
    cfg.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    // The templates need nothing from Java but the model: no ?api, no ?new.
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    return cfg;
  }

  static TemplateModel staticsOf(Class<?> type) {
    try {
      return ((DefaultObjectWrapper) TEMPLATES.getObjectWrapper()).getStaticModels().get(type.getName());
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Drops from every string the templates see the characters XML 1.0 forbids (control
   * characters, lone surrogates): the page must parse as XHTML for the PDF whatever a table
   * holds. Escaping of markup is the HTML output format's.
   */
  static final class XmlSafeWrapper extends DefaultObjectWrapper {
    XmlSafeWrapper(Version version) {
      super(version);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
      return super.wrap(obj instanceof String s ? xmlSafe(s) : obj);
    }
  }

  static String xmlSafe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      if (!allowed && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }
}
