package io.ringwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ringwatch.run.RunFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ringwatch report --deliver-to`: the night's report lands where people read it, the latest one. */
class ReportDeliveryTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);
  @TempDir Path dir;

  @Test
  void theNightsFolderIsCopiedAndAReRunReplacesIt() throws Exception {
    Path report = Files.createDirectories(dir.resolve("out/report/2026-11-20"));
    Files.writeString(report.resolve("report.html"), "<html>first</html>");
    Files.writeString(report.resolve("report.pdf"), "%PDF-first");
    Path shared = dir.resolve("shared/ringwatch");
    assertEquals(2, ReportDelivery.deliver(new Configuration(), report.toUri().toString(), shared.toString(), NIGHT)
        .size());
    assertEquals("<html>first</html>", Files.readString(shared.resolve("2026-11-20/report.html")));

    Files.delete(report.resolve("report.pdf"));
    Files.writeString(report.resolve("report.html"), "<html>again</html>");
    ReportDelivery.deliver(new Configuration(), report.toString(), shared.toString(), NIGHT);
    assertEquals("<html>again</html>", Files.readString(shared.resolve("2026-11-20/report.html")));
    assertFalse(Files.exists(shared.resolve("2026-11-20/report.pdf")), "the latest report, nothing stale beside it");
  }

  @Test
  void anUnusableTargetIsAnOutputFailure() throws Exception {
    Path report = Files.createDirectories(dir.resolve("out/report/2026-11-20"));
    Files.writeString(report.resolve("report.html"), "x");
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    RunFailure f = assertThrows(RunFailure.class,
        () -> ReportDelivery.deliver(new Configuration(), report.toString(), file.toString(), NIGHT));
    assertEquals(RunFailure.Kind.OUTPUT, f.kind());
  }
}
