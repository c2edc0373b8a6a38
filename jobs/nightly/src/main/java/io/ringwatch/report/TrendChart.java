package io.ringwatch.report;

import io.ringwatch.report.ReportData.TrendPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** The trend over past runs: workers in the critical and high bands per run date (JFreeChart). */
public final class TrendChart {
  private TrendChart() {}

  static JFreeChart chart(List<TrendPoint> trend, float fontSize) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (TrendPoint p : trend) {
      String day = ReportFormat.shortDay(p.runDate());
      data.addValue(p.critical(), "critical", day);
      data.addValue(p.high(), "high", day);
    }
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(fontSize);
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font);
    x.setCategoryMargin(0.25);
    // Twelve nights leave a date less room than "15 Sep": wrapped to two lines, never cut to "…".
    x.setMaximumCategoryLabelLines(2);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    x.setAxisLineVisible(false);
    x.setTickMarksVisible(false);
    NumberAxis y = new NumberAxis("flagged workers");
    // Room above the tallest bar for the label of a thin top segment.
    y.setUpperMargin(0.14);
    y.setLabelFont(font);
    y.setTickLabelFont(font);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setAxisLineVisible(false);
    y.setTickMarksVisible(false);
    StackedBarRenderer bars = new LabelledBars();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.09);
    bars.setSeriesPaint(0, NetworkPicture.bandColor("critical"));
    bars.setSeriesPaint(1, NetworkPicture.bandColor("high"));
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        Number v = dataset.getValue(row, column);
        return v == null || v.doubleValue() == 0 ? null : ReportFormat.num(v.longValue());
      }
    });
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(font.deriveFont(Font.BOLD));
    bars.setDefaultItemLabelPaint(Color.WHITE);
    CategoryPlot plot = new CategoryPlot(data, x, y, bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    JFreeChart chart = new JFreeChart(null, font, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(font);
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.TOP);
    return chart;
  }

  /**
   * Labels every segment with its number: inside it, in white, when the number fits; else a thin
   * top segment's (nothing above it) above the bar, a lower one's beside it, in its colour (the
   * stock renderer leaves out a label that does not fit, so a band of 1 went unlabelled).
   */
  static final class LabelledBars extends StackedBarRenderer {
    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
        CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
      String label = generator.generateLabel(data, row, column);
      if (label == null) {
        return;
      }
      g2.setFont(getItemLabelFont(row, column));
      FontMetrics fm = g2.getFontMetrics();
      float w = fm.stringWidth(label);
      float x;
      float y;
      if (bar.getHeight() >= fm.getAscent() + 2 && bar.getWidth() >= w + 2) {
        g2.setPaint(getItemLabelPaint(row, column));
        x = (float) (bar.getCenterX() - w / 2);
        y = (float) (bar.getCenterY() + fm.getAscent() / 2.0 - 1);
      } else {
        g2.setPaint(((Color) getSeriesPaint(row)).darker());
        boolean top = true;
        for (int above = row + 1; above < data.getRowCount(); above++) {
          Number v = data.getValue(above, column);
          top &= v == null || v.doubleValue() == 0;
        }
        x = top ? (float) (bar.getCenterX() - w / 2) : (float) (bar.getMaxX() + 2);
        y = top ? (float) (bar.getMinY() - 2) : (float) (bar.getCenterY() + fm.getAscent() / 2.0);
      }
      g2.drawString(label, x, y);
    }
  }

  /** The chart as a PNG of {@code width x height} CSS pixels drawn at {@code scale}. */
  public static byte[] png(List<TrendPoint> trend, int width, int height, double scale, float fontSize) {
    JFreeChart chart = chart(trend, fontSize);
    BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = img.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      javax.imageio.ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
