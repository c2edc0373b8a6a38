package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The trend chart labels every segment, a band of 1 beside 50 included. */
class TrendChartTest {
  /** Pixels of the label colour of a thin high segment (the band's orange, darker) in each third of the chart. */
  static int[] darkOrangeByThird(BufferedImage img) {
    Color label = NetworkPicture.bandColor("high").darker();
    int[] thirds = new int[3];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        Color c = new Color(img.getRGB(x, y));
        if (Math.abs(c.getRed() - label.getRed()) < 25 && Math.abs(c.getGreen() - label.getGreen()) < 25
            && Math.abs(c.getBlue() - label.getBlue()) < 25) {
          thirds[Math.min(2, 3 * x / img.getWidth())]++;
        }
      }
    }
    return thirds;
  }

  @Test
  void aSegmentTooThinForItsNumberIsLabelledAboveItsBar() throws Exception {
    // 6 Nov and 13 Nov: 1 high worker on top of about 50 critical ones, far too thin to hold a "1".
    List<ReportData.TrendPoint> trend = SampleNight.threeNights();
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(TrendChart.png(trend, 430, 158, 3, 8f)));
    int[] labels = darkOrangeByThird(img);
    assertTrue(labels[0] > 20 && labels[1] > 20, "the 1 high worker of 6 and 13 Nov is labelled: "
        + java.util.Arrays.toString(labels));
  }
}
