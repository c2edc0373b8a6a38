package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.report.ReportData.ClusterView;
import io.ringwatch.report.ReportData.Member;
import io.ringwatch.report.ReportData.SharedValue;
import io.ringwatch.link.ValueKinds;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cluster picture: which nodes are drawn, where, and that the PNG is what was asked for. */
class NetworkPictureTest {

  /** A laptop farm: {@code workers} workers at one ship-to address, pairs sharing a bank account. */
  static ClusterView farm(int workers) {
    List<Member> members = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      String id = String.format("%08d", 10_000 + i);
      ids.add(id);
      members.add(new Member(id, 100 - i, i < 3 ? "critical" : "high", "reason " + i));
    }
    List<SharedValue> shared = new ArrayList<>();
    shared.add(new SharedValue("ship_address", "5094 orchard ln apt 707|64165", ids));
    for (int i = 0; i + 1 < workers; i += 2) {
      shared.add(new SharedValue("bank_account", "***" + (1000 + i), List.of(ids.get(i), ids.get(i + 1))));
    }
    return new ClusterView("C-1", workers, 100, "critical", List.of(), shared, members, true, workers, null);
  }

  @Test
  void drawsTheStrongestMembersAndTheValuesTheyShare() {
    NetworkPicture.Graph g = NetworkPicture.graph(farm(10), 6, 2);
    assertEquals(6, g.nodes().stream().filter(NetworkPicture.Node::worker).count());
    assertEquals(List.of("00010000", "00010001", "00010002", "00010003", "00010004", "00010005"),
        g.nodes().stream().filter(NetworkPicture.Node::worker).map(NetworkPicture.Node::key).toList());
    assertEquals(2, g.nodes().stream().filter(n -> !n.worker()).count());
    assertEquals(4, g.workersLeftOut());
    assertEquals(4, g.valuesLeftOut());
    // The address ties the 6 drawn workers, the first bank account 2 of them.
    assertEquals(8, g.edges().size());
  }

  @Test
  void valueBoxesStayInsideThePictureAndApart() {
    NetworkPicture.Graph g = NetworkPicture.graph(farm(12), 12, 7);
    double width = 320;
    double height = 230;
    double[] half = new double[g.nodes().size()];
    for (int i = 0; i < half.length; i++) {
      half[i] = g.nodes().get(i).worker() ? 0 : 40;
    }
    double[][] p = NetworkPicture.layout(g, width, height, half, 7, 30);
    for (int i = 0; i < p.length; i++) {
      assertTrue(p[i][0] - half[i] >= 0 && p[i][0] + half[i] <= width, "x of node " + i);
      assertTrue(p[i][1] > 0 && p[i][1] < height, "y of node " + i);
      for (int j = i + 1; j < p.length; j++) {
        boolean bothValues = !g.nodes().get(i).worker() && !g.nodes().get(j).worker();
        if (bothValues && p[i][0] == p[j][0]) {
          assertTrue(Math.abs(p[i][1] - p[j][1]) >= 14, "boxes " + i + " and " + j + " touch");
        }
      }
    }
    // Same cluster, same picture.
    double[][] again = NetworkPicture.layout(g, width, height, half, 7, 30);
    for (int i = 0; i < p.length; i++) {
      assertArrayEquals(p[i], again[i]);
    }
  }

  @Test
  void thePngHasTheAskedSizeAndIsNotBlank() throws Exception {
    byte[] png = NetworkPicture.png(farm(5), 16, 10, 210, 140, 2.0, 7f);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(420, img.getWidth());
    assertEquals(280, img.getHeight());
    long coloured = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          coloured++;
        }
      }
    }
    assertTrue(coloured > 500, "something is drawn: " + coloured);
    assertFalse(ReportFormat.readable("1 main st|10001").contains("|"));
  }

  /**
   * In a first-page card and on a detail page, a laptop farm's every worker has its label (none
   * hidden for want of room) and every value box names its kind in words, whole.
   */
  @Test
  void everyWorkerAndValueIsLabelledInWords() {
    Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    record Size(int workers, int values, int width, int height, float font) {}
    for (Size size : List.of(new Size(16, 10, 210, 138, 6.8f), new Size(32, 20, 320, 330, 7.6f))) {
      NetworkPicture.Graph g = NetworkPicture.graph(farm(14), size.workers(), size.values());
      NetworkPicture.Plan plan = NetworkPicture.plan(g, size.width(), size.height(), size.font(), g2);
      FontMetrics wm = g2.getFontMetrics(plan.workerFont());
      assertTrue(NetworkPicture.labelsFit(g, plan.at(), wm, size.font() * 0.55), "worker labels fit: " + size);
      for (var e : plan.labels().entrySet()) {
        String kind = g.nodes().get(e.getKey()).kind();
        assertEquals(ValueKinds.words(kind), e.getValue()[0], size + ": the kind in words, whole");
        String value = e.getValue()[1];
        String whole = ReportFormat.readable(g.nodes().get(e.getKey()).label());
        String kept = value.substring(0, value.length() - 1);
        assertTrue(value.equals(whole) || whole.startsWith(kept) && !Character.isLetterOrDigit(whole.charAt(kept.length())),
            size + ": cut after a whole word: " + value);
      }
    }
  }
}
