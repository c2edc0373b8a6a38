package io.ringwatch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Runs the dataset checks side by side, at most {@code slots} at a time, each once the datasets
 * it references are checked; of the checks that are ready, the one first in priority order starts.
 *
 * <p>Why not simply all at once: a gzipped export is read by one task for its whole file, and a
 * task keeps its core until it ends, so whichever check happened to submit its job first held a
 * core. On 100k workers the endpoint events (the largest file, which waits for the devices)
 * started only after the payments, submitted a moment before the devices, had held a core for
 * 35 s. Deciding here, with the priorities the caller gives (the datasets others wait for, then
 * the largest), makes the order the same on every run.
 *
 * @param <R> a check's result
 */
public final class CheckScheduler<R> {
  private final List<String> priority;
  private final Map<String, Set<String>> dependsOn;
  private final int slots;

  /**
   * @param priority every check, highest priority first
   * @param dependsOn for each check, the checks that must succeed before it starts
   * @param slots how many checks run at a time (at least one)
   */
  public CheckScheduler(List<String> priority, Map<String, Set<String>> dependsOn, int slots) {
    this.priority = List.copyOf(priority);
    this.dependsOn = Map.copyOf(dependsOn);
    this.slots = Math.max(1, slots);
  }

  /** What happened to one check: its result, its failure, or skipped because a dependency failed. */
  public record Outcome<R>(R result, Throwable failure) {
    public boolean skipped() {
      return result == null && failure == null;
    }
  }

  /**
   * Runs every check, given the results of the checks it depends on, and waits for all of them;
   * a check whose dependency failed is skipped. The
   * outcomes are keyed in priority order; {@code started} (when not null) receives the names in
   * the order they were started.
   */
  public Map<String, Outcome<R>> run(BiFunction<String, Map<String, R>, R> check, List<String> started) {
    ExecutorService threads = Executors.newFixedThreadPool(slots, r -> {
      Thread t = new Thread(r, "ringwatch-ingest");
      t.setDaemon(true);
      return t;
    });
    ExecutorCompletionService<String> done = new ExecutorCompletionService<>(threads);
    Map<String, Outcome<R>> outcomes = new LinkedHashMap<>();
    Map<String, Future<String>> running = new LinkedHashMap<>();
    Map<String, R> results = new ConcurrentHashMap<>();
    Map<String, Throwable> failures = new LinkedHashMap<>();
    List<String> waiting = new ArrayList<>(priority);
    // Checks whose end this thread has taken: a dependent is ready only then, so the order of
    // starts does not depend on how fast a check ends while a round is being scheduled.
    Set<String> collected = new java.util.HashSet<>();
    try {
      while (!waiting.isEmpty() || !running.isEmpty()) {
        // Skip what can no longer run, then start the ready checks in priority order.
        waiting.removeIf(name -> dependsOn.getOrDefault(name, Set.of()).stream()
            .anyMatch(d -> failures.containsKey(d) || (!waiting.contains(d) && !running.containsKey(d)
                && !collected.contains(d))));
        for (String name : List.copyOf(waiting)) {
          if (running.size() >= slots) {
            break;
          }
          if (collected.containsAll(dependsOn.getOrDefault(name, Set.of()))) {
            waiting.remove(name);
            if (started != null) {
              started.add(name);
            }
            running.put(name, done.submit(() -> {
              Map<String, R> inputs = new LinkedHashMap<>();
              dependsOn.getOrDefault(name, Set.of()).forEach(d -> inputs.put(d, results.get(d)));
              results.put(name, check.apply(name, inputs));
              return name;
            }));
          }
        }
        if (running.isEmpty()) {
          break; // everything left waits on a check that failed
        }
        Future<String> finished = done.take();
        String name = running.entrySet().stream().filter(e -> e.getValue() == finished)
            .map(Map.Entry::getKey).findFirst().orElseThrow();
        running.remove(name);
        try {
          finished.get();
          collected.add(name);
        } catch (ExecutionException e) {
          failures.put(name, e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the inputs", e);
    } finally {
      threads.shutdownNow();
    }
    for (String name : priority) {
      outcomes.put(name, new Outcome<>(results.get(name), failures.get(name)));
    }
    return outcomes;
  }
}
