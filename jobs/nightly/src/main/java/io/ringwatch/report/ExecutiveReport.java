package io.ringwatch.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ringwatch report}: reads the published tables of one run date and writes
 * {@code <output>/report/<run-date>/report.html} (self-contained, pictures inlined) and
 * {@code report.pdf} (the same document, printed with openhtmltopdf). Writes through Hadoop's
 * file system, so the output root may be a local folder or cluster storage. Beside them,
 * {@code cases/<cluster_id>.html}: a case file per high and critical cluster ({@link CaseFiles}).
 */
public final class ExecutiveReport {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutiveReport.class);

  /** Where the report was written, what it said, and its case files (one per high and critical cluster). */
  public record Written(String html, String pdf, ReportData data, List<String> cases) {}

  /**
   * TrueType fonts looked for on the machine: with one of them the PDF embeds a font that covers
   * every character; without, openhtmltopdf falls back to the standard PDF Helvetica.
   */
  static final List<String> FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
      "/usr/share/fonts/TTF", "/Library/Fonts", "C:/Windows/Fonts");

  static {
    // openhtmltopdf logs every step at INFO: warnings are enough.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, java.util.logging.Level.WARNING);
    }
  }

  private ExecutiveReport() {}

  public static Written write(SparkSession spark, ReportSettings settings, String output, LocalDate runDate,
      double[] bands) {
    ReportData data = new ReportReader(spark, output, settings).read(runDate, bands);
    String html = ReportHtml.render(data, settings);
    byte[] pdf = pdf(html);
    Path dir = new Path(new Path(output, "report"), runDate.toString());
    Path htmlPath = new Path(dir, "report.html");
    Path pdfPath = new Path(dir, "report.pdf");
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(dir);
      writeBytes(fs, htmlPath, html.getBytes(StandardCharsets.UTF_8));
      writeBytes(fs, pdfPath, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report under " + dir, e);
    }
    // The report links each described cluster to its case file: written beside it, in cases/.
    List<String> cases = new CaseFiles(spark, output).write(runDate, dir);
    LOG.info("report of {} written: {} and {}, and {} case files in {}", runDate, htmlPath, pdfPath, cases.size(),
        new Path(dir, CaseFiles.FOLDER));
    return new Written(htmlPath.toString(), pdfPath.toString(), data, cases);
  }

  private static void writeBytes(FileSystem fs, Path path, byte[] bytes) throws IOException {
    try (OutputStream o = fs.create(path, true)) {
      o.write(bytes);
    }
  }

  /** Prints the XHTML document to PDF. */
  public static byte[] pdf(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("ringwatch");
    registerFonts(builder);
    builder.useUnicodeLineBreaker(new LineBreaks());
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the report to PDF", e);
    }
    return out.toByteArray();
  }

  private static void registerFonts(PdfRendererBuilder builder) {
    for (String d : FONT_DIRS) {
      File regular = new File(d, "DejaVuSans.ttf");
      File bold = new File(d, "DejaVuSans-Bold.ttf");
      if (regular.isFile()) {
        builder.useFont(regular, "DejaVu Sans", 400, FontStyle.NORMAL, true);
        if (bold.isFile()) {
          builder.useFont(bold, "DejaVu Sans", 700, FontStyle.NORMAL, true);
        }
        return;
      }
    }
  }
}
