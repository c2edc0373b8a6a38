package io.ringwatch.publish;

import io.ringwatch.run.RunFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an output root at a time. The lock is a small file ({@link OutputLayout#lock()})
 * created only if absent: on a local disk with an exclusive create, on HDFS and other stores with
 * Hadoop's create-without-overwrite (atomic where the store's create is; on object stores without
 * conditional writes let the scheduler keep one run at a time, see README "Operations").
 *
 * <p>The holder touches the file every {@code heartbeat}; a lock whose holder is gone — a dead
 * process on this host, or no heartbeat for {@code staleAfter} — is taken over (renamed away
 * first, so of two runs taking it over only one wins). A second run finds a live lock and stops
 * at once with a one-line reason.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  private final FileSystem fs;
  private final Path path;
  private final String runId;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path path, String runId, Duration every) {
    this.fs = fs;
    this.path = path;
    this.runId = runId;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ringwatch-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    long ms = Math.max(1, every.toMillis());
    heartbeat.scheduleAtFixedRate(this::touch, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Takes the lock of {@code layout}'s output root for {@code runId}, or fails with who holds it. */
  public static RunLock acquire(FileSystem fs, OutputLayout layout, String runId, String runDate,
      Duration heartbeat, Duration staleAfter) {
    Path path = layout.lock();
    try {
      fs.mkdirs(path.getParent());
      String content = describe(runId, runDate);
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, path, content)) {
          return new RunLock(fs, path, runId, heartbeat);
        }
        Holder h = Holder.read(fs, path);
        if (h == null) {
          continue; // released between our create and our read
        }
        String stale = h.staleReason(staleAfter);
        if (stale == null) {
          throw RunFailure.output("output " + layout.root() + " is in use by run " + h.runId + " (" + h.runDate + ", host "
              + h.host + ", pid " + h.pid + ", started " + h.startedAt + "); wait for it to finish, or if it is no longer"
              + " running remove " + path);
        }
        Path aside = new Path(path.getParent(), "lock.stale-" + UUID.randomUUID());
        if (fs.rename(path, aside)) {
          LOG.warn("taking over the lock of run {} ({}): {}", h.runId, h.host, stale);
          fs.delete(aside, false);
        }
      }
      throw RunFailure.output("output " + layout.root() + " is in use: another run took its lock " + path + " just now");
    } catch (IOException e) {
      throw RunFailure.output("cannot take the run lock " + path + ": " + e.getMessage());
    }
  }

  private static boolean create(FileSystem fs, Path path, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if ("file".equals(fs.getUri().getScheme())) {
      // The local file system's create-without-overwrite checks, then creates: not atomic.
      try {
        Files.write(java.nio.file.Path.of(fs.makeQualified(path).toUri()), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(path)) {
        return false;
      }
      throw e;
    }
  }

  private static String describe(String runId, String runDate) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown";
    }
    return "run_id=" + runId + "\nrun_date=" + runDate + "\nhost=" + host + "\npid=" + ProcessHandle.current().pid()
        + "\nstarted_at=" + Instant.now() + "\n";
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (java.io.FileNotFoundException e) {
      // released (or taken over) meanwhile: nothing to renew
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not renew the run lock {}: {}", path, e.toString());
    }
  }

  /** Releases the lock if this run still holds it. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Holder h = Holder.read(fs, path);
      if (h != null && runId.equals(h.runId)) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      LOG.warn("could not release the run lock {}: {}", path, e.toString());
    }
  }

  /** Who holds a lock, as its file says. */
  record Holder(String runId, String runDate, String host, long pid, String startedAt, long touchedMillis) {
    static Holder read(FileSystem fs, Path path) throws IOException {
      byte[] bytes;
      long touched;
      try (InputStream in = fs.open(path)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        bytes = out.toByteArray();
        touched = fs.getFileStatus(path).getModificationTime();
      } catch (java.io.FileNotFoundException e) {
        return null;
      }
      Properties p = new Properties();
      p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
      long pid;
      try {
        pid = Long.parseLong(p.getProperty("pid", "-1"));
      } catch (NumberFormatException e) {
        pid = -1;
      }
      return new Holder(p.getProperty("run_id", "?"), p.getProperty("run_date", "?"), p.getProperty("host", "?"), pid,
          p.getProperty("started_at", "?"), touched);
    }

    /** Why the holder is gone, or null while it may still be running. */
    String staleReason(Duration staleAfter) {
      String here;
      try {
        here = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        here = null;
      }
      if (host.equals(here) && pid > 0 && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        return "its process " + pid + " on this host has ended";
      }
      long silent = System.currentTimeMillis() - touchedMillis;
      if (silent > staleAfter.toMillis()) {
        return "no heartbeat for " + Duration.ofMillis(silent).toSeconds() + " s";
      }
      return null;
    }
  }
}
