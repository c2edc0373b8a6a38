package io.ringwatch.lab.bench;

import io.ringwatch.pipeline.StageLog;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Collects per-stage figures of a nightly run while it runs, as a {@link StageLog.Listener}:
 *
 * <ul>
 *   <li><b>wall time</b>: a stage runs from its start to the next stage's start (or the end of the
 *       run), so the datasets the nightly materializes between its timed blocks count in the stage
 *       they follow; the time before the first stage is {@link Stages#OTHER};
 *   <li><b>CPU time</b> of the JVM (all threads) over the same span: on a shared machine the
 *       wall time grows with the load, the CPU time much less;
 *   <li><b>shuffle and input bytes</b>: a {@link SparkListener} sums the shuffle bytes written and
 *       the file bytes read by every task;
 *       each job carries the running stage's name as a Spark local property, so a task is
 *       attributed by its job, not by when the (asynchronous) listener bus delivers it;
 *   <li><b>heap</b>: a daemon thread samples heap in use every {@link #SAMPLE_MILLIS} ms (the peak,
 *       garbage included) and the heap left in use after each collection that happened during the
 *       stage (live data plus old garbage not yet collected), keeping the largest of each per
 *       stage; GC time from the collectors' counters.
 * </ul>
 */
public final class StageRecorder implements StageLog.Listener, AutoCloseable {
  static final long SAMPLE_MILLIS = 50;
  static final String PROPERTY = "ringwatch.bench.stage";

  private final SparkContext sc;
  private final Listener sparkListener = new Listener();
  private final Map<Integer, String> stageOfSparkStage = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> shuffle = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> input = new ConcurrentHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<Segment> segments = new ArrayList<>();
  private final Thread sampler;
  private volatile Segment current;
  private volatile boolean running = true;
  private long endedAt = -1;

  private static final class Segment {
    final String stage;
    final long startedAt = System.nanoTime();
    final long gcAtStart = gcMillis();
    final long cpuAtStart = cpuNanos();
    long endedAt = -1;
    long gcAtEnd = -1;
    long cpuAtEnd = -1;
    volatile long peakHeap;
    volatile long liveHeap;

    Segment(String stage) {
      this.stage = stage;
    }
  }

  private final class Listener extends SparkListener {
    @Override
    public void onJobStart(SparkListenerJobStart job) {
      String stage = job.properties() == null ? null : job.properties().getProperty(PROPERTY);
      String name = stage == null ? Stages.OTHER : stage;
      scala.collection.Iterator<Object> ids = job.stageIds().iterator();
      while (ids.hasNext()) {
        stageOfSparkStage.put((Integer) ids.next(), name);
      }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
      if (task.taskMetrics() == null) {
        return;
      }
      long bytes = task.taskMetrics().shuffleWriteMetrics().bytesWritten();
      String stage = stageOfSparkStage.getOrDefault(task.stageId(), Stages.OTHER);
      shuffle.computeIfAbsent(stage, s -> new AtomicLong()).addAndGet(bytes);
      input.computeIfAbsent(stage, s -> new AtomicLong()).addAndGet(task.taskMetrics().inputMetrics().bytesRead());
    }
  }

  /** Starts recording: the time from now to the first stage is {@link Stages#OTHER}. */
  public StageRecorder(SparkContext sc) {
    this.sc = sc;
    sc.addSparkListener(sparkListener);
    begin(Stages.OTHER);
    sampler = new Thread(this::sample, "ringwatch-bench-heap");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public synchronized void stageStarted(String stage) {
    begin(stage);
    sc.setLocalProperty(PROPERTY, stage);
  }

  @Override
  public synchronized void rows(String dataset, long rows) {
    counts.merge(dataset, rows, Long::sum);
  }

  /** Adds counts known from elsewhere ({@code run_audit}, the tables written). */
  public synchronized void count(String key, long rows) {
    counts.merge(key, rows, Long::sum);
  }

  /** Ends the last stage (call when the run returns); further Spark work is not attributed. */
  public synchronized void end() {
    if (endedAt < 0) {
      endedAt = System.nanoTime();
      close(current, endedAt);
      sc.setLocalProperty(PROPERTY, null);
    }
  }

  private void begin(String stage) {
    Segment next = new Segment(stage);
    if (current != null) {
      close(current, next.startedAt);
    }
    segments.add(next);
    current = next;
  }

  private static void close(Segment s, long at) {
    if (s.endedAt < 0) {
      s.endedAt = at;
      s.gcAtEnd = gcMillis();
      s.cpuAtEnd = cpuNanos();
    }
  }

  /**
   * The figures of every stage in run order, {@link Stages#OTHER} last, with rows from the
   * counts. Waits for the Spark listener bus to deliver every task end first.
   */
  public synchronized List<StageFigures> figures() {
    end();
    try {
      sc.listenerBus().waitUntilEmpty();
    } catch (Exception e) {
      // the bus drains within moments; figures then miss at most the last tasks' shuffle bytes
    }
    Map<String, StageFigures> byStage = new LinkedHashMap<>();
    StageFigures other = null;
    for (Segment s : segments) {
      StageFigures f = new StageFigures(s.stage, s.endedAt - s.startedAt, s.cpuAtEnd - s.cpuAtStart, -1, -1, 0, s.peakHeap, s.liveHeap,
          s.gcAtEnd - s.gcAtStart, 0);
      if (s.stage.equals(Stages.OTHER)) {
        other = other == null ? f : merge(other, f);
      } else {
        byStage.merge(s.stage, f, StageRecorder::merge);
      }
    }
    List<StageFigures> out = new ArrayList<>();
    for (StageFigures f : byStage.values()) {
      out.add(withShuffle(f).withRows(Stages.total(Stages.reads(f.stage()), counts),
          Stages.total(Stages.produces(f.stage()), counts)));
    }
    if (other != null) {
      out.add(withShuffle(other));
    }
    return out;
  }

  public synchronized Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** The stage's figures with the shuffle bytes written and the input bytes read by its tasks. */
  private StageFigures withShuffle(StageFigures f) {
    AtomicLong b = shuffle.get(f.stage());
    AtomicLong in = input.get(f.stage());
    return new StageFigures(f.stage(), f.wallNanos(), f.cpuNanos(), f.rowsIn(), f.rowsOut(), b == null ? 0 : b.get(),
        f.peakHeapBytes(), f.liveHeapBytes(), f.gcMillis(), in == null ? 0 : in.get());
  }

  private static StageFigures merge(StageFigures a, StageFigures b) {
    return new StageFigures(a.stage(), a.wallNanos() + b.wallNanos(), a.cpuNanos() + b.cpuNanos(), -1, -1, 0,
        Math.max(a.peakHeapBytes(), b.peakHeapBytes()), Math.max(a.liveHeapBytes(), b.liveHeapBytes()),
        a.gcMillis() + b.gcMillis(), 0);
  }

  private void sample() {
    var memory = ManagementFactory.getMemoryMXBean();
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(p -> heapPools.add(p.getName()));
    Map<String, Long> lastGc = new java.util.HashMap<>();
    while (running) {
      Segment s = current;
      long used = memory.getHeapMemoryUsage().getUsed();
      long live = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof com.sun.management.GarbageCollectorMXBean sun) {
          com.sun.management.GcInfo info = sun.getLastGcInfo();
          if (info != null && !Long.valueOf(info.getId()).equals(lastGc.put(gc.getName(), info.getId()))) {
            // a collection since the last sample: the heap it left behind
            long after = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
              }
            }
            live = Math.max(live, after);
          }
        }
      }
      if (s != null && s.endedAt < 0) {
        s.peakHeap = Math.max(s.peakHeap, used);
        s.liveHeap = Math.max(s.liveHeap, live);
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** CPU time of this JVM (all threads), or -1 where the platform does not tell. */
  static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    sc.removeSparkListener(sparkListener);
    synchronized (this) {
      end();
    }
  }
}
