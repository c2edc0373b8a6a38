package io.ringwatch.report;

import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.DatasetRows;
import io.ringwatch.report.ReportData.Member;
import io.ringwatch.report.ReportData.SignalCount;
import java.util.Base64;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The report as one self-contained XHTML page (pictures inlined as data URIs), written for
 * print: the first A4 page is the executive summary, the pages after it the detail. The same
 * document is the HTML report and the input of the PDF. Every text that comes from the tables
 * passes through {@link ReportFormat#masked} before it is written, so no identifier can show in
 * clear even if a table carried one.
 */
public final class ReportHtml {
  /** Pictures are drawn at this many device pixels per CSS pixel (about 290 dpi on paper). */
  static final double SCALE = 3.0;

  private final ReportData d;
  private final ReportSettings settings;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private ReportHtml(ReportData data, ReportSettings settings) {
    this.d = data;
    this.settings = settings;
  }

  public static String render(ReportData data, ReportSettings settings) {
    return new ReportHtml(data, settings).document();
  }

  private String document() {
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>ringwatch report, run of ").append(d.runDate()).append("</title>\n")
        .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
    firstPage();
    detailPages();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private String css() {
    return """
        @page { size: A4; margin: 12mm 13mm 14mm 13mm;
          @bottom-left { content: "ringwatch \\2022  run of %s \\2022  confidential: for management, HR and security";
            font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 6.5pt; color: #8a8f98; }
          @bottom-right { content: "page " counter(page) " of " counter(pages);
            font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 6.5pt; color: #8a8f98; } }
        @media screen { body { max-width: 190mm; margin: 8mm auto; } }
        body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 8.4pt; line-height: 1.32;
          color: #1f2430; }
        h1 { font-size: 15pt; margin: 0; font-weight: bold; color: #1f2430; }
        h2 { font-size: 10.5pt; margin: 9pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 0.8pt solid #d5d9e0;
          color: #1f2430; }
        h3 { font-size: 9.5pt; margin: 0 0 3pt 0; }
        p { margin: 0 0 4pt 0; }
        table { border-collapse: collapse; }
        .brand { font-size: 8pt; letter-spacing: 1.5pt; color: #b71c1c; font-weight: bold; text-transform: uppercase; }
        .head { width: 100%%; border-bottom: 2pt solid #1f2430; margin-bottom: 6pt; table-layout: fixed; }
        .head td { vertical-align: bottom; padding: 0 0 4pt 0; }
        .head td.when { width: 26%%; }
        .head .when { text-align: right; font-size: 8pt; color: #4a5160; }
        .lead { font-size: 10pt; line-height: 1.4; margin: 2pt 0 7pt 0; }
        .kpis { width: 100%%; border-collapse: separate; border-spacing: 4pt 0; margin: 0 -4pt; table-layout: fixed; }
        .kpi { background: #f3f5f8; border-top: 2.5pt solid #1f2430; padding: 5pt 6pt 6pt 6pt; vertical-align: top; }
        .kpi.alert { border-top-color: #b71c1c; }
        .kpi.money { border-top-color: #2e7d32; }
        .kpi .label { font-size: 6.8pt; text-transform: uppercase; letter-spacing: 0.3pt; color: #4a5160; height: 16pt; }
        .kpi .value { font-size: 19pt; font-weight: bold; line-height: 1.1; margin: 2pt 0 2pt 0; }
        .kpi .value.small { font-size: 15pt; }
        .kpi .sub { font-size: 7.2pt; color: #4a5160; }
        .two { width: 100%%; table-layout: fixed; }
        .two td { vertical-align: top; }
        .bands td { padding: 1.6pt 5pt 1.6pt 0; font-size: 8pt; }
        .bands td.n { text-align: right; font-weight: bold; }
        .dot { display: inline-block; width: 7pt; height: 7pt; border-radius: 3.5pt; margin-right: 3pt; }
        .b-critical { background: #b71c1c; } .b-high { background: #ef6c00; }
        .b-medium { background: #f9a825; } .b-low { background: #90a4ae; }
        .badge { font-size: 6.5pt; font-weight: bold; color: #fff; padding: 0.5pt 3pt; border-radius: 2pt;
          text-transform: uppercase; }
        .new { background: #1565c0; }
        .cards { width: 100%%; border-collapse: separate; border-spacing: 5pt 0; margin: 0 -5pt; table-layout: fixed; }
        .card { border: 0.8pt solid #d5d9e0; padding: 4pt 5pt 5pt 5pt; vertical-align: top; }
        .card .title { font-size: 8.6pt; font-weight: bold; margin-top: 2pt; }
        .card .meta { font-size: 7.4pt; color: #4a5160; margin-bottom: 2pt; }
        .card ul { margin: 0; padding-left: 9pt; font-size: 7.3pt; }
        .how { font-size: 8pt; }
        .how ul { margin: 2pt 0 3pt 0; padding-left: 11pt; }
        .how li { margin-bottom: 1.5pt; }
        .muted { color: #6b7280; }
        .legend { font-size: 7pt; color: #4a5160; margin-top: 3pt; }
        .legend .sw { display: inline-block; width: 9pt; height: 6pt; border: 0.8pt solid; margin: 0 2pt 0 6pt; }
        .pb { page-break-before: always; }
        .cluster { page-break-inside: avoid; border-top: 0.8pt solid #d5d9e0; padding-top: 6pt; margin-top: 6pt; }
        .cluster td { vertical-align: top; }
        .grid { width: 100%%; table-layout: fixed; }
        .grid th { text-align: left; font-size: 7pt; text-transform: uppercase; color: #4a5160; font-weight: normal;
          border-bottom: 0.8pt solid #d5d9e0; padding: 2pt 4pt 2pt 0; }
        .grid td { font-size: 7.6pt; padding: 2pt 4pt 2pt 0; border-bottom: 0.4pt solid #eceef2; vertical-align: top; }
        .grid td.n, .grid th.n { text-align: right; white-space: nowrap; }
        .grid td.nw { white-space: nowrap; }
        .reasons { margin: 0 0 4pt 0; padding-left: 10pt; font-size: 7.8pt; }
        """.formatted(ReportFormat.longDay(d.runDate()));
  }

  // ---- first page: the executive summary ----------------------------------------------------

  private void firstPage() {
    out.append("<table class=\"head\"><tr><td><div class=\"brand\">ringwatch</div>")
        .append("<h1>Fake remote IT workers: nightly screening</h1></td>")
        .append("<td class=\"when\">Run of <b>").append(ReportFormat.longDay(d.runDate())).append("</b><br/>")
        .append(d.previousRunDate() == null ? "first run" : "previous run " + ReportFormat.shortDayYear(d.previousRunDate()))
        .append("</td></tr></table>\n");
    out.append("<p class=\"lead\">").append(leadSentence()).append("</p>\n");
    kpis();

    out.append("<table class=\"two\"><tr><td style=\"width: 64%\">");
    out.append("<h2>Trend over the last ").append(d.trend().size() == 1 ? "run" : d.trend().size() + " runs")
        .append("</h2>");
    out.append(img(TrendChart.png(d.trend(), 430, 158, SCALE, 8f), 430, 158, "Workers in the critical and high bands per run"));
    out.append("</td><td style=\"width: 36%; padding-left: 12pt\">");
    out.append("<h2>Clusters of linked workers</h2>");
    out.append("<p class=\"muted\" style=\"font-size: 7.4pt\">Workers tied together by a bank account, a laptop "
        + "address, an identity document or a network they share.</p>");
    out.append("<table class=\"bands\">");
    for (String band : ReportData.BANDS) {
      out.append("<tr><td><span class=\"dot b-").append(band).append("\"></span>").append(band).append("</td>")
          .append("<td class=\"n\">").append(ReportFormat.num(d.clustersByBand().getOrDefault(band, 0L))).append("</td>")
          .append("<td class=\"muted\">").append(band.equals("critical") || band.equals("high")
              ? "act on these" : band.equals("medium") ? "watch" : "likely benign").append("</td></tr>");
    }
    out.append("</table>");
    out.append("<p style=\"margin-top: 5pt; font-size: 7.6pt\"><b>Sanctions lists</b>: ")
        .append(ReportFormat.num(d.sanctionsConfirmed())).append(d.sanctionsConfirmed() == 1 ? " worker matches" : " workers match")
        .append(" a listed identifier (wallet, e-mail, phone, vendor) or name and date of birth; ")
        .append(ReportFormat.num(d.sanctionsWorkers() - d.sanctionsConfirmed()))
        .append(" more only resemble a listed name.</p>");
    out.append("</td></tr></table>\n");

    // Only clusters to act on are pictured on the first page.
    List<ClusterView> first = d.topClusters().stream().filter(c -> flagged(c.band()))
        .limit(settings.firstPageClusters()).toList();
    if (first.isEmpty()) {
      out.append("<h2>Clusters to review first</h2><p>No cluster is at high or critical risk tonight.</p>\n");
    } else {
      out.append("<h2>Clusters to review first</h2>\n<table class=\"cards\"><tr>");
      for (ClusterView c : first) {
        card(c);
      }
      for (int i = first.size(); i < settings.firstPageClusters(); i++) {
        out.append("<td></td>");
      }
      out.append("</tr></table>\n");
      legend();
    }
    howItDecidesShort();
  }

  private String leadSentence() {
    StringBuilder s = new StringBuilder();
    s.append("Tonight ringwatch screened <b>").append(ReportFormat.num(d.workersScreened())).append(" workers</b>. ");
    long flagged = d.flaggedWorkers();
    if (flagged == 0) {
      s.append("None is at high or critical risk.");
    } else {
      s.append("<b>").append(ReportFormat.num(flagged)).append(flagged == 1 ? " is" : " are").append(" at high or critical risk")
          .append("</b> (").append(ReportFormat.pct(flagged, d.workersScreened())).append(")");
      if (d.flaggedClusters() > 0) {
        s.append(", and so ").append(d.flaggedClusters() == 1 ? "is <b>1 cluster</b>" : "are <b>"
            + ReportFormat.num(d.flaggedClusters()) + " clusters</b>").append(" of workers who share bank accounts, laptops or identities");
      }
      s.append(".");
      if (d.paidToFlagged() != null && !d.paidToFlagged().isEmpty()) {
        s.append(" Payroll paid them <b>").append(esc(ReportFormat.money(d.paidToFlagged()))).append("</b> in the last 12 months.");
      }
    }
    if (d.previousRunDate() != null) {
      s.append(" Since ").append(ReportFormat.longDay(d.previousRunDate())).append(": ")
          .append(ReportFormat.num(d.newClusters())).append(d.newClusters() == 1 ? " new cluster" : " new clusters")
          .append(" and ").append(ReportFormat.num(d.newlyFlaggedWorkers()))
          .append(d.newlyFlaggedWorkers() == 1 ? " newly flagged worker." : " newly flagged workers.");
    }
    return s.toString();
  }

  private void kpis() {
    out.append("<table class=\"kpis\"><tr>");
    kpi("", "Workers screened", ReportFormat.num(d.workersScreened()), false,
        "from " + d.datasets().size() + " input datasets; " + ReportFormat.num(d.datasets().stream().mapToLong(DatasetRows::rejected).sum())
            + " rows set aside");
    kpi("alert", "High or critical risk", ReportFormat.num(d.flaggedWorkers()), false,
        bandSpan("critical", d.workersByBand().get("critical")) + " &#160; " + bandSpan("high", d.workersByBand().get("high")));
    kpi("alert", "Risky clusters", ReportFormat.num(d.flaggedClusters()), false,
        "high or critical, of " + ReportFormat.num(d.clusters()) + " clusters");
    if (d.previousRunDate() == null) {
      kpi("", "New since the last run", "&#8212;", false, "first run: nothing to compare with");
    } else {
      kpi("", "New since " + ReportFormat.shortDay(d.previousRunDate()),
          ReportFormat.num(d.newClusters()) + (d.newClusters() == 1 ? " cluster" : " clusters"), true,
          ReportFormat.num(d.newFlaggedClusters()) + " high or critical; " + ReportFormat.num(d.newlyFlaggedWorkers()) + " workers newly flagged"
              + (d.grownClusters() > 0 ? "; " + ReportFormat.num(d.grownClusters()) + " grew" : ""));
    }
    if (d.paidToFlagged() == null) {
      kpi("money", "Paid to them in 12 months", "n/a", true, "not recorded by the tables of this run");
    } else {
      String rest = ReportFormat.otherMoney(d.paidToFlagged());
      kpi("money", "Paid to them in 12 months", esc(ReportFormat.headlineMoney(d.paidToFlagged())),
          true, rest.isEmpty() ? "payroll to the high and critical workers" : "and " + esc(rest));
    }
    out.append("</tr></table>\n");
  }

  private void kpi(String cls, String label, String value, boolean small, String sub) {
    out.append("<td class=\"kpi ").append(cls).append("\"><div class=\"label\">").append(esc(label)).append("</div>")
        .append("<div class=\"value").append(small ? " small" : "").append("\">").append(value).append("</div>")
        .append("<div class=\"sub\">").append(sub).append("</div></td>");
  }

  /** "new" for a cluster the previous run did not have, "+N members" for one that grew. */
  private static String badge(ClusterView c) {
    if (c.isNew()) {
      return "<span class=\"badge new\">new</span> ";
    }
    return c.newMembers() > 0 ? "<span class=\"badge new\">+" + c.newMembers() + " members</span> " : "";
  }

  static boolean flagged(String band) {
    return "high".equals(band) || "critical".equals(band);
  }

  private static String bandSpan(String band, Long n) {
    return "<span class=\"dot b-" + band + "\"></span>" + ReportFormat.num(n == null ? 0 : n) + " " + band;
  }

  private void card(ClusterView c) {
    out.append("<td class=\"card\">");
    out.append(img(NetworkPicture.png(c, settings.pictureMaxWorkers(), settings.pictureMaxValues(), 210, 138, SCALE, 6.8f),
        210, 138, "Network of cluster " + c.clusterId()));
    out.append("<div class=\"title\"><span class=\"dot b-").append(c.band()).append("\"></span>")
        .append(esc(c.clusterId())).append(" &#183; ").append(c.band()).append(" ").append(ReportFormat.score(c.score()));
    out.append("</div><div class=\"meta\">").append(badge(c)).append(ReportFormat.num(c.size())).append(" workers");
    if (c.paid() != null && !c.paid().isEmpty()) {
      out.append(" &#183; paid ").append(esc(ReportFormat.money(c.paid()))).append(" in 12 months");
    }
    out.append("</div><ul>");
    c.reasons().stream().limit(2).forEach(r -> out.append("<li>").append(esc(ReportFormat.masked(r, 72)))
        .append("</li>"));
    out.append("</ul></td>");
  }

  private void legend() {
    out.append("<div class=\"legend\">Workers: ");
    for (String band : ReportData.BANDS) {
      out.append("<span class=\"dot b-").append(band).append("\"></span>").append(band).append(" &#160;");
    }
    out.append(" &#160; Shared values (masked):")
        .append("<span class=\"sw\" style=\"border-color: #2e7d32; background: #e5f0e6\"></span>money")
        .append("<span class=\"sw\" style=\"border-color: #6a1b9a; background: #ede3f3\"></span>laptops")
        .append("<span class=\"sw\" style=\"border-color: #1565c0; background: #e2ecf8\"></span>identity")
        .append("<span class=\"sw\" style=\"border-color: #546e7a; background: #e9edef\"></span>network")
        .append("</div>\n");
  }

  private void howItDecidesShort() {
    out.append("<h2>How ringwatch decides</h2>\n<div class=\"how\"><p>Every night ringwatch reads the HR, payroll, "
        + "laptop-inventory, sign-in and endpoint records and looks for the signs that public cases of North Korean "
        + "IT workers hired under false identities have in common:</p>"
        + "<table class=\"two\"><tr><td style=\"padding-right: 10pt\"><ul>"
        + "<li><b>Money</b>: pay going into an account, payout platform or crypto wallet that other workers are also "
        + "paid into, or that is held by somebody else.</li>"
        + "<li><b>Laptops</b>: company laptops shipped to an address that is nobody's home (a \u201Claptop farm\u201D), "
        + "remote-control tools and IP-KVM boxes on them.</li></ul></td><td><ul>"
        + "<li><b>Sign-ins</b>: from China, Russia or North Korean networks, through the VPNs these workers favour, "
        + "or in Asian office hours while claiming to work in the Americas.</li>"
        + "<li><b>Identity</b>: one national id, phone, e-mail, CV or photo on several workers; names, wallets "
        + "or e-mails on the US Treasury sanctions list.</li></ul></td></tr></table>")
        .append("<p>Each sign adds points to a score from 0 to 100").append(bandsInWords())
        .append(". Workers tied by shared values form a cluster, and every member of a risky cluster is raised "
            + "towards the cluster's score, because rings share their infrastructure. A flag is a reason to look, "
            + "not a verdict: each one lists its evidence for the auditors. Account numbers and identifiers are "
            + "masked in this report.</p></div>\n");
  }

  private String bandsInWords() {
    double[] b = d.bands();
    if (b == null || b.length != 3) {
      return "";
    }
    return " (critical from " + ReportFormat.score(b[2]) + ", high from " + ReportFormat.score(b[1]) + ", medium from " + ReportFormat.score(b[0]) + ")";
  }

  // ---- detail pages ---------------------------------------------------------------------------

  private void detailPages() {
    out.append("<div class=\"pb\"></div>\n");
    if (!d.topClusters().isEmpty()) {
      out.append("<h2 style=\"margin-top: 0\">The ").append(d.topClusters().size() == 1 ? "cluster" : d.topClusters().size()
          + " clusters").append(" with the highest risk</h2>\n");
      legend();
      for (ClusterView c : d.topClusters()) {
        clusterDetail(c);
      }
    }
    out.append("<div class=\"cluster\">");
    signals();
    out.append("</div>");
    out.append("<div class=\"cluster\">");
    aboutTheRun();
    out.append("</div>");
  }

  private void clusterDetail(ClusterView c) {
    int maxWorkers = settings.pictureMaxWorkers() * 2;
    int maxValues = settings.pictureMaxValues() * 2;
    NetworkPicture.Graph g = NetworkPicture.graph(c, maxWorkers, maxValues);
    // Taller for a large cluster, so that its workers stand in at most two columns.
    long drawn = g.nodes().stream().filter(NetworkPicture.Node::worker).count();
    int height = (int) Math.max(200, Math.min(330, Math.ceil(drawn / 2.0) * 2.6 * 6.8 + 20));
    out.append("<div class=\"cluster\"><table class=\"two\"><tr><td style=\"width: 330px\">");
    out.append(img(NetworkPicture.png(c, maxWorkers, maxValues, 320, height, SCALE, 7.6f), 320, height,
        "Network of cluster " + c.clusterId()));
    if (g.workersLeftOut() > 0 || g.valuesLeftOut() > 0) {
      out.append("<div class=\"legend\">Not drawn: ").append(ReportFormat.num(g.workersLeftOut())).append(" workers, ")
          .append(ReportFormat.num(g.valuesLeftOut())).append(" shared values.</div>");
    }
    out.append("</td><td style=\"padding-left: 10pt\">");
    out.append("<h3><span class=\"dot b-").append(c.band()).append("\"></span>Cluster ").append(esc(c.clusterId()))
        .append(" &#183; ").append(c.band()).append(", score ").append(ReportFormat.score(c.score()));
    out.append("</h3><p class=\"muted\">").append(badge(c)).append(ReportFormat.num(c.size())).append(" workers");
    if (c.paid() != null) {
      out.append(" &#183; payroll of the last 12 months: ").append(esc(c.paid().isEmpty() ? "none" : ReportFormat.money(c.paid())));
    }
    out.append("</p><ul class=\"reasons\">");
    c.reasons().forEach(r -> out.append("<li>").append(txt(r)).append("</li>"));
    out.append("</ul></td></tr></table>");
    out.append("<table class=\"grid\" style=\"margin-top: 4pt\"><tr><th style=\"width: 44pt\">worker</th>"
        + "<th style=\"width: 46pt\">band</th><th class=\"n\" style=\"width: 26pt\">score</th>"
        + "<th style=\"padding-left: 6pt\">strongest reason</th></tr>");
    int shown = 0;
    for (Member m : c.members()) {
      if (shown++ == 10) {
        out.append("<tr><td colspan=\"4\" class=\"muted\">and ").append(ReportFormat.num(c.members().size() - 10))
            .append(" more members (cluster_members table)</td></tr>");
        break;
      }
      out.append("<tr><td>").append(esc(m.workerId())).append("</td><td class=\"nw\"><span class=\"dot b-")
          .append(m.band()).append("\"></span>").append(m.band()).append("</td><td class=\"n\">")
          .append(ReportFormat.score(m.score())).append("</td><td style=\"padding-left: 6pt\">")
          .append(esc(ReportFormat.masked(m.topReason(), 150))).append("</td></tr>");
    }
    out.append("</table></div>\n");
  }

  private void signals() {
    out.append("<h2 style=\"margin-top: 0\">What the flags rest on</h2>");
    if (d.signals().isEmpty()) {
      out.append("<p>No worker is at high or critical risk tonight.</p>");
      return;
    }
    out.append("<p class=\"muted\">How many of the ").append(ReportFormat.num(d.flaggedWorkers()))
        .append(" high and critical workers show each sign (a worker usually shows several).</p>");
    out.append("<table class=\"grid\"><tr><th style=\"width: 34%\">sign</th><th class=\"n\" style=\"width: 9%\">workers</th>"
        + "<th style=\"padding-left: 8pt\">what it means</th></tr>");
    for (SignalCount s : d.signals()) {
      out.append("<tr><td><b>").append(esc(s.title())).append("</b></td><td class=\"n\">")
          .append(ReportFormat.num(s.workers())).append("</td><td style=\"padding-left: 8pt\">").append(esc(s.description()))
          .append("</td></tr>");
    }
    out.append("</table>");
  }

  private void aboutTheRun() {
    out.append("<h2 style=\"margin-top: 0\">About this run</h2><p>Run <b>").append(esc(d.runId())).append("</b>");
    if (d.finishedAt() != null) {
      out.append(", finished ").append(ReportFormat.minuteUtc(d.finishedAt()));
    }
    out.append(", code version ").append(esc(d.codeVersion())).append(". Figures come from the published tables "
        + "worker_risk, clusters, cluster_members, sanctions_hits and run_audit of this run date; auditors find every "
        + "flag's evidence there. Rows that broke an input rule are in rejected_records, not in the figures.");
    if (d.key() != null) {
      out.append(" Identifiers appear only masked or as keyed hashes (pseudonym key ").append(esc(d.key().keyId()))
          .append(").");
      if (d.key().previousKeyId() != null) {
        out.append(" <b>The key changed on this night</b> (from ").append(esc(d.key().previousKeyId())).append("): hashes"
            + " of earlier nights cannot be compared with this night's. Nothing carried from night to night depends"
            + " on them (cluster ids follow workers, auditors' decisions name workers and clusters), so no history"
            + " needed re-keying.");
      }
    }
    out.append("</p>");
    out.append("<table class=\"grid\" style=\"width: 70%\"><tr><th>input dataset</th><th class=\"n\">rows read</th>"
        + "<th class=\"n\">accepted</th><th class=\"n\">set aside</th></tr>");
    for (DatasetRows r : d.datasets()) {
      out.append("<tr><td>").append(esc(r.dataset())).append("</td><td class=\"n\">").append(ReportFormat.num(r.read()))
          .append("</td><td class=\"n\">").append(ReportFormat.num(r.accepted())).append("</td><td class=\"n\">")
          .append(ReportFormat.num(r.rejected())).append("</td></tr>");
    }
    out.append("</table>");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String img(byte[] png, int width, int height, String alt) {
    return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" style=\"width: "
        + width + "px; height: " + height + "px\" alt=\"" + esc(alt) + "\"/>";
  }

  /** Escaped text from the tables, with anything that looks like an identifier masked. */
  static String txt(String s) {
    return esc(ReportFormat.masked(s));
  }

  static String esc(String s) {
    return s == null ? "" : StringEscapeUtils.escapeXml10(s);
  }
}
