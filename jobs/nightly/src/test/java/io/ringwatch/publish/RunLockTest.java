package io.ringwatch.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.run.RunFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  private static final Duration BEAT = Duration.ofSeconds(20);
  private static final Duration STALE = Duration.ofMinutes(10);
  @TempDir Path dir;

  private OutputLayout layout() {
    return new OutputLayout(dir.resolve("output").toString());
  }

  private FileSystem fs() throws Exception {
    return OutputLayout.fileSystem(layout().control(), new Configuration());
  }

  @Test
  void aSecondRunStopsAtOnceNamingTheHolderUntilTheFirstReleases() throws Exception {
    try (RunLock first = RunLock.acquire(fs(), layout(), "run-a", "2026-11-20", BEAT, STALE)) {
      RunFailure e = assertThrows(RunFailure.class,
          () -> RunLock.acquire(fs(), layout(), "run-b", "2026-11-20", BEAT, STALE));
      assertTrue(e.getMessage().contains("in use by run run-a (2026-11-20"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
    assertTrue(Files.notExists(dir.resolve("output/_ringwatch/lock")), "released");
    RunLock.acquire(fs(), layout(), "run-b", "2026-11-20", BEAT, STALE).close();
  }

  @Test
  void theLockOfAProcessThatEndedOnThisHostIsTakenOverAtOnce() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeLock("run-killed", java.net.InetAddress.getLocalHost().getHostName(), gone.pid());
    try (RunLock lock = RunLock.acquire(fs(), layout(), "run-next", "2026-11-21", BEAT, STALE)) {
      assertTrue(Files.readString(dir.resolve("output/_ringwatch/lock")).contains("run_id=run-next"));
    }
  }

  @Test
  void aLockOfAnotherHostIsTakenOverOnlyWhenItsHeartbeatStopped() throws Exception {
    Path lock = writeLock("run-elsewhere", "another-host.example", 4242);
    assertThrows(RunFailure.class, () -> RunLock.acquire(fs(), layout(), "run-next", "2026-11-21", BEAT, STALE));
    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    try (RunLock taken = RunLock.acquire(fs(), layout(), "run-next", "2026-11-21", BEAT, STALE)) {
      assertTrue(Files.readString(lock).contains("run_id=run-next"));
    }
  }

  @Test
  void theHolderKeepsItsLockFresh() throws Exception {
    try (RunLock lock = RunLock.acquire(fs(), layout(), "run-a", "2026-11-20", Duration.ofMillis(50), STALE)) {
      Path file = dir.resolve("output/_ringwatch/lock");
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
      Thread.sleep(500);
      long age = Instant.now().toEpochMilli() - Files.getLastModifiedTime(file).toMillis();
      assertTrue(age < 60_000, "heartbeat renewed the lock, age " + age + " ms");
    }
  }

  private Path writeLock(String runId, String host, long pid) throws Exception {
    Path lock = dir.resolve("output/_ringwatch/lock");
    Files.createDirectories(lock.getParent());
    Files.writeString(lock, "run_id=" + runId + "\nrun_date=2026-11-20\nhost=" + host + "\npid=" + pid
        + "\nstarted_at=2026-11-20T01:00:00Z\n");
    assertEquals(runId, RunLock.Holder.read(fs(), layout().lock()).runId());
    return lock;
  }
}
