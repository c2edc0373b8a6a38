package io.ringwatch.report;

import io.ringwatch.link.ValueKinds;
import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.Member;
import io.ringwatch.report.ReportData.SharedValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A cluster as a small network: its workers (dots coloured by risk band) and the shared values
 * that tie them (labelled boxes, masked as in the tables), a line for every worker holding a
 * value. The workers stand in the middle, the values in a column on either side at the height of
 * their holders; the layout is deterministic, so the same cluster always gives the same picture.
 */
public final class NetworkPicture {
  /** A node: a worker or a shared value. */
  record Node(String key, String label, boolean worker, String band, String kind) {}

  /** What gets drawn: nodes, edges (indices into nodes), and what was left out. */
  record Graph(List<Node> nodes, List<int[]> edges, int workersLeftOut, int valuesLeftOut) {}

  private NetworkPicture() {}

  /** Picks the nodes to draw: the strongest members and the values tying most of them. */
  static Graph graph(ClusterView c, int maxWorkers, int maxValues) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Member> members = c.members().stream().limit(maxWorkers).toList();
    for (Member m : members) {
      index.put(m.workerId(), nodes.size());
      nodes.add(new Node(m.workerId(), m.workerId(), true, m.band(), null));
    }
    List<int[]> edges = new ArrayList<>();
    int valuesDrawn = 0;
    for (SharedValue v : c.shared()) {
      List<Integer> holders = v.workers().stream().filter(index::containsKey).map(index::get).toList();
      if (holders.size() < 2 || valuesDrawn >= maxValues) {
        continue;
      }
      int at = nodes.size();
      nodes.add(new Node(v.kind() + ":" + v.valueMasked(), v.valueMasked(), false, null, v.kind()));
      holders.forEach(h -> edges.add(new int[] {h, at}));
      valuesDrawn++;
    }
    return new Graph(nodes, edges, Math.max(0, c.size() - members.size()), Math.max(0, c.shared().size() - valuesDrawn));
  }

  /**
   * Places the nodes in a {@code width x height} picture: the workers on an ellipse in the middle
   * (two workers one above the other), the shared values in a column on either side, each on
   * the side and at the height of the workers holding it, evenly spaced so that no two boxes
   * touch. Deterministic: the same cluster always gives the same picture.
   *
   * @param halfWidth half the width of each value's box (ignored for workers)
   * @param workerLabel the width of the widest worker's label: neighbouring columns of workers
   *     stand at least that far apart, so that every worker's label shows
   */
  static double[][] layout(Graph g, double width, double height, double[] halfWidth, double margin,
      double workerLabel) {
    int n = g.nodes().size();
    double[][] p = new double[n][2];
    List<Integer> workers = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (g.nodes().get(i).worker() ? workers : values).add(i);
    }
    double maxHalf = values.stream().mapToDouble(i -> halfWidth[i]).max().orElse(0);
    double cx = width / 2;
    double cy = height / 2;
    double sideRoom = values.isEmpty() ? 0 : 2 * maxHalf + margin;
    double ry = Math.max(margin, height / 2 - 2.2 * margin);
    int nw = workers.size();
    // Workers stand in a column between the value columns, room for a label under each; when
    // they do not fit, in several columns, neighbouring columns shifted by half a row and at
    // least a label's width apart.
    int cols = workerColumns(nw, height, margin);
    int perCol = (nw + cols - 1) / cols;
    double middle = width - 2 * sideRoom - 2 * margin;
    double colGap = cols == 1 ? 0
        : Math.max(workerLabel + margin, Math.min(margin * 5, (middle - workerLabel) / (cols - 1)));
    for (int k = 0; k < nw; k++) {
      int i = workers.get(k);
      int c = k / perCol;
      int r = k % perCol;
      int inThisCol = Math.min(perCol, nw - c * perCol);
      double slot = (height - 2 * margin) / inThisCol;
      double x = cx + (c - (cols - 1) / 2.0) * colGap;
      double y = nw == 2 ? cy + (r == 0 ? -0.55 : 0.55) * ry
          : margin + (r + 0.5) * slot + (cols > 1 ? (c % 2 == 0 ? -0.25 : 0.25) * slot : 0);
      p[i] = new double[] {x, y};
    }
    // Where the holders of each value are.
    Map<Integer, double[]> mean = new HashMap<>();
    for (int v : values) {
      mean.put(v, new double[3]);
    }
    for (int[] e : g.edges()) {
      double[] m = mean.get(e[1]);
      m[0] += p[e[0]][0];
      m[1] += p[e[0]][1];
      m[2]++;
    }
    mean.values().forEach(m -> {
      m[0] /= Math.max(1, m[2]);
      m[1] /= Math.max(1, m[2]);
    });
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int v : values) {
      double dx = mean.get(v)[0] - cx;
      if (dx < -1e-6) {
        left.add(v);
      } else if (dx > 1e-6) {
        right.add(v);
      } else {
        (left.size() <= right.size() ? left : right).add(v);
      }
    }
    // Balance the columns, moving the values whose holders sit nearest the middle.
    while (Math.abs(left.size() - right.size()) > 1) {
      List<Integer> from = left.size() > right.size() ? left : right;
      List<Integer> to = from == left ? right : left;
      Integer move = from.stream().min((a, b) -> Double.compare(Math.abs(mean.get(a)[0] - cx),
          Math.abs(mean.get(b)[0] - cx))).orElseThrow();
      from.remove(move);
      to.add(move);
    }
    for (List<Integer> column : List.of(left, right)) {
      column.sort((a, b) -> Double.compare(mean.get(a)[1], mean.get(b)[1]));
      double slot = (height - 2 * margin) / Math.max(1, column.size());
      for (int k = 0; k < column.size(); k++) {
        int v = column.get(k);
        double x = column == left ? margin + maxHalf : width - margin - maxHalf;
        p[v] = new double[] {x, margin + (k + 0.5) * slot};
      }
    }
    return p;
  }

  /** How many columns {@code workers} workers stand in: as few as give each a row with room for its label. */
  static int workerColumns(int workers, double height, double margin) {
    int rows = Math.max(1, (int) Math.floor((height - 2 * margin) / (margin * 2.6)));
    return Math.max(1, (workers + rows - 1) / rows);
  }

  /** The width of the workers' columns with their labels, as {@link #layout} places them at the least. */
  static double workersWidth(int columns, double workerLabel, double margin) {
    return workerLabel + (columns - 1) * (workerLabel + margin);
  }

  /** Where everything goes and what the value boxes say, in fonts of the picture's size. */
  record Plan(double[][] at, double[] halfWidth, Map<Integer, String[]> labels, Font valueFont, Font kindFont,
      Font workerFont) {}

  static Plan plan(Graph g, double width, double height, float fontSize, Graphics2D g2) {
    Font valueFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(fontSize);
    Font kindFont = valueFont.deriveFont(fontSize * 0.82f);
    Font workerFont = valueFont.deriveFont(fontSize * 0.9f);
    FontMetrics vm = g2.getFontMetrics(valueFont);
    FontMetrics km = g2.getFontMetrics(kindFont);
    FontMetrics wm = g2.getFontMetrics(workerFont);
    double margin = fontSize * 0.9;
    double pad = fontSize * 0.45;
    double workerLabel = g.nodes().stream().filter(Node::worker).mapToDouble(n -> wm.stringWidth(n.label()))
        .max().orElse(0);
    long workers = g.nodes().stream().filter(Node::worker).count();
    double middle = workersWidth(workerColumns((int) workers, height, margin), workerLabel, margin);
    // A value's box says what the value is in words above the value (both cut after a whole
    // word to fit): its column takes what the workers leave, at most 36% of the picture.
    double maxLabel = Math.min(width * 0.36, (width - middle) / 2 - 1.5 * margin) - 2 * pad;
    double[] halfWidth = new double[g.nodes().size()];
    Map<Integer, String[]> labels = new HashMap<>();
    for (int i = 0; i < g.nodes().size(); i++) {
      Node node = g.nodes().get(i);
      if (!node.worker()) {
        String[] lines = {fit(ValueKinds.words(node.kind()), km, maxLabel),
            fit(ReportFormat.readable(node.label()), vm, maxLabel)};
        labels.put(i, lines);
        halfWidth[i] = Math.max(km.stringWidth(lines[0]), vm.stringWidth(lines[1])) / 2.0 + pad;
      }
    }
    return new Plan(layout(g, width, height, halfWidth, margin, workerLabel), halfWidth, labels, valueFont, kindFont,
        workerFont);
  }

  /**
   * The PNG of a cluster, {@code width x height} in CSS pixels drawn at {@code scale} device
   * pixels each (3 gives print quality at the size the report shows it).
   */
  public static byte[] png(ClusterView c, int maxWorkers, int maxValues, int width, int height, double scale,
      float fontSize) {
    Graph g = graph(c, maxWorkers, maxValues);
    BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = img.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.scale(scale, scale);
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, width, height);
      Plan plan = plan(g, width, height, fontSize, g2);
      double[][] at = plan.at();
      FontMetrics vm = g2.getFontMetrics(plan.valueFont());
      FontMetrics km = g2.getFontMetrics(plan.kindFont());
      FontMetrics wm = g2.getFontMetrics(plan.workerFont());
      g2.setStroke(new BasicStroke(Math.max(0.6f, fontSize / 10f)));
      g2.setColor(new Color(0xB0, 0xB7, 0xC3));
      for (int[] e : g.edges()) {
        g2.draw(new Line2D.Double(at[e[0]][0], at[e[0]][1], at[e[1]][0], at[e[1]][1]));
      }
      double r = fontSize * 0.55;
      for (int i = 0; i < g.nodes().size(); i++) {
        Node node = g.nodes().get(i);
        double x = at[i][0];
        double y = at[i][1];
        if (node.worker()) {
          g2.setColor(bandColor(node.band()));
          g2.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
          g2.setColor(Color.WHITE);
          g2.setStroke(new BasicStroke(Math.max(0.6f, fontSize / 12f)));
          g2.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
          g2.setFont(plan.workerFont());
          String label = node.label();
          double top = y + r;
          double lw = wm.stringWidth(label);
          g2.setColor(new Color(255, 255, 255, 215));
          g2.fill(new RoundRectangle2D.Double(x - lw / 2 - 1, top + 0.5, lw + 2, wm.getHeight() - 1, 2, 2));
          g2.setColor(new Color(0x33, 0x33, 0x33));
          g2.drawString(label, (float) (x - lw / 2.0), (float) (top + wm.getAscent()));
        } else {
          String[] lines = plan.labels().get(i);
          double bw = 2 * plan.halfWidth()[i];
          double bh = valueBoxHeight(fontSize);
          RoundRectangle2D box = new RoundRectangle2D.Double(x - bw / 2, y - bh / 2, bw, bh, fontSize * 0.9,
              fontSize * 0.9);
          Color kc = familyColor(ValueKinds.family(node.kind()));
          g2.setColor(tint(kc, 0.12));
          g2.fill(box);
          g2.setColor(kc);
          g2.setStroke(new BasicStroke(Math.max(0.6f, fontSize / 12f)));
          g2.draw(box);
          double text = km.getAscent() + km.getDescent() + vm.getAscent() + vm.getDescent();
          double kindBase = y - text / 2 + km.getAscent();
          g2.setFont(plan.kindFont());
          g2.drawString(lines[0], (float) (x - km.stringWidth(lines[0]) / 2.0), (float) kindBase);
          g2.setFont(plan.valueFont());
          g2.setColor(kc.darker());
          g2.drawString(lines[1], (float) (x - vm.stringWidth(lines[1]) / 2.0),
              (float) (kindBase + km.getDescent() + vm.getAscent()));
        }
      }
    } finally {
      g2.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether every worker's label fits under its dot without running into another's. */
  static boolean labelsFit(Graph g, double[][] at, FontMetrics fm, double r) {
    List<Integer> workers = new ArrayList<>();
    double widest = 0;
    for (int i = 0; i < g.nodes().size(); i++) {
      if (g.nodes().get(i).worker()) {
        workers.add(i);
        widest = Math.max(widest, fm.stringWidth(g.nodes().get(i).label()));
      }
    }
    for (int a = 0; a < workers.size(); a++) {
      for (int b = a + 1; b < workers.size(); b++) {
        double dx = Math.abs(at[workers.get(a)][0] - at[workers.get(b)][0]);
        double dy = Math.abs(at[workers.get(a)][1] - at[workers.get(b)][1]);
        if (dx < widest + 2 && dy < fm.getHeight() + 2 * r) {
          return false;
        }
      }
    }
    return true;
  }

  /** The text cut after a whole word ({@link ReportFormat#truncate}) to at most {@code max} wide. */
  static String fit(String text, FontMetrics fm, double max) {
    String t = text;
    for (int n = text.length(); fm.stringWidth(t) > max && n > 2; n--) {
      t = ReportFormat.truncate(text, n);
    }
    return t;
  }

  /** A value's box: two lines, the kind in words and the value. */
  static double valueBoxHeight(double fontSize) {
    return fontSize * 2.55;
  }

  /** Colours of the risk bands, shared with the chart and the HTML. */
  public static Color bandColor(String band) {
    return switch (band == null ? "" : band) {
      case "critical" -> new Color(0xB7, 0x1C, 0x1C);
      case "high" -> new Color(0xEF, 0x6C, 0x00);
      case "medium" -> new Color(0xF9, 0xA8, 0x25);
      default -> new Color(0x90, 0xA4, 0xAE);
    };
  }

  /** The colour mixed with white: {@code share} of the colour, the rest white. */
  static Color tint(Color c, double share) {
    return new Color((int) Math.round(255 - (255 - c.getRed()) * share),
        (int) Math.round(255 - (255 - c.getGreen()) * share), (int) Math.round(255 - (255 - c.getBlue()) * share));
  }

  /** Money green, laptops purple, network grey, identity blue (the legend under the pictures says so). */
  static Color familyColor(String family) {
    return switch (family) {
      case ValueKinds.MONEY -> new Color(0x2E, 0x7D, 0x32);
      case ValueKinds.LAPTOPS -> new Color(0x6A, 0x1B, 0x9A);
      case ValueKinds.NETWORK -> new Color(0x54, 0x6E, 0x7A);
      default -> new Color(0x15, 0x65, 0xC0);
    };
  }
}
