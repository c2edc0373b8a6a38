package io.ringwatch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster of separate JVMs on loopback, started from the classpath of a Spark
 * distribution ({@link #distributionClasspath}): one master and {@code workers} workers of 1 core
 * and 1 GiB each, plus {@link #submit spark-submit} JVMs. Everything lives under one folder:
 * {@code home/} (a SPARK_HOME with the logging configuration in {@code conf/} and an empty
 * {@code jars/}: the distribution's jars come through SPARK_DIST_CLASSPATH, as in Spark's
 * "Hadoop free" builds), {@code worker-N/} (each worker's work folder, with its executors' logs and
 * the application jar they fetched) and {@code logs/} (each JVM's output).
 *
 * <p>{@link #close} always stops every JVM it started (destroy, then destroyForcibly).
 */
final class StandaloneCluster implements AutoCloseable {
  static final String HOST = "127.0.0.1";
  static final String WORKER_MEMORY = "1g";
  /** Master and workers: small daemons (a real installation gives them SPARK_DAEMON_MEMORY, 1g). */
  static final List<String> DAEMON_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final Path dir;
  /** The pseudonym key of the test's drivers (a test key, not a secret). */
  static final String PSEUDONYM_KEY = "standalone-cluster-test-key-0123456789abcdef";
  private final String classpath;
  private final List<String> javaOpts;
  private final List<Process> processes = new ArrayList<>();
  private final Map<String, Path> logs = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json = new ObjectMapper();
  private int masterPort;
  private int masterWebPort;
  private final List<Integer> workerWebPorts = new ArrayList<>();

  private StandaloneCluster(Path dir, String classpath, List<String> javaOpts) {
    this.dir = dir;
    this.classpath = classpath;
    this.javaOpts = javaOpts;
  }

  /**
   * The classpath of a Spark 3.5.7 distribution's {@code jars/}: the files the build's
   * maven-dependency-plugin wrote to {@code spark-dist/} (see jobs/nightly/pom.xml).
   */
  static String distributionClasspath(Path buildDir) throws IOException {
    List<String> parts = new ArrayList<>();
    for (String name : List.of("provided.classpath", "widened.classpath")) {
      Path f = buildDir.resolve("spark-dist").resolve(name);
      if (!Files.isRegularFile(f)) {
        throw new IllegalStateException(f + " is missing: run through `mvn verify` (its pre-integration-test "
            + "phase writes it), not from an IDE alone");
      }
      String cp = Files.readString(f).trim();
      if (!cp.isEmpty()) {
        parts.add(cp);
      }
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  /** Starts the master and the workers and waits until every worker has registered. */
  static StandaloneCluster start(Path dir, String distClasspath, List<String> javaOpts, int workers,
      Duration timeout) throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("jars"));
    Path conf = Files.createDirectories(home.resolve("conf"));
    try (InputStream log4j = StandaloneCluster.class.getResourceAsStream("/cluster/log4j2.properties")) {
      Files.copy(log4j, conf.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.createDirectories(dir.resolve("logs"));
    StandaloneCluster c = new StandaloneCluster(dir, conf + java.io.File.pathSeparator + distClasspath, javaOpts);
    try {
      c.masterPort = freePort();
      c.masterWebPort = freePort();
      c.launch("master", DAEMON_JVM, "org.apache.spark.deploy.master.Master",
          List.of("--host", HOST, "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(c.masterWebPort)),
          dir);
      c.awaitCluster(0, timeout);
      for (int i = 1; i <= workers; i++) {
        int web = freePort();
        c.workerWebPorts.add(web);
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        c.launch("worker-" + i, DAEMON_JVM, "org.apache.spark.deploy.worker.Worker",
            List.of("--host", HOST, "--cores", "1", "--memory", WORKER_MEMORY, "--work-dir", work.toString(),
                "--webui-port", String.valueOf(web), c.masterUrl()), dir);
      }
      c.awaitCluster(workers, timeout);
      return c;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      c.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://" + HOST + ":" + masterPort;
  }

  Path workDir(int worker) {
    return dir.resolve("worker-" + worker);
  }

  /** The master's state as its web UI publishes it ({@code /json/}). */
  JsonNode masterState() throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create("http://" + HOST + ":" + masterWebPort + "/json/")).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("master /json/ answered " + r.statusCode());
    }
    return json.readTree(r.body());
  }

  private void awaitCluster(int workers, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      int i = 0;
      for (Map.Entry<String, Path> e : logs.entrySet()) {
        Process p = processes.get(i++);
        if (!p.isAlive()) {
          throw new AssertionError("the standalone cluster did not come up: " + e.getKey() + " exited with "
              + p.exitValue() + "; its log " + e.getValue() + " ends with:\n" + tail(e.getValue(), 30));
        }
      }
      try {
        JsonNode state = masterState();
        last = "status " + state.path("status").asText() + ", " + state.path("aliveworkers").asInt() + " alive workers";
        if ("ALIVE".equals(state.path("status").asText()) && state.path("aliveworkers").asInt() >= workers) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    StringBuilder msg = new StringBuilder("the standalone cluster did not come up within " + timeout.toSeconds()
        + " s (waiting for " + workers + " workers; master says: " + last + ")");
    logs.forEach((name, log) -> msg.append("\n--- ").append(log).append(":\n").append(tail(log, 15)));
    throw new AssertionError(msg.toString());
  }

  /**
   * A spark-submit JVM (org.apache.spark.deploy.SparkSubmit, what bin/spark-submit runs in client
   * mode) started in {@code workingDir}, with {@code driverJvm} options; not waited for.
   */
  Process submit(String name, List<String> driverJvm, List<String> submitArgs, Path workingDir) throws IOException {
    return launch(name, driverJvm, "org.apache.spark.deploy.SparkSubmit", submitArgs, workingDir);
  }

  Path log(String name) {
    return logs.get(name);
  }

  private Process launch(String name, List<String> jvmOptions, String mainClass, List<String> args, Path workingDir)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(javaOpts);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(args);
    Path log = dir.resolve("logs").resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.equals("HADOOP_CONF_DIR") || k.equals("YARN_CONF_DIR"));
    // What a worker needs to build its executors' command (org.apache.spark.launcher.WorkerCommandBuilder):
    // SPARK_HOME with conf/ and jars/, the distribution's classpath, and the Scala version (a
    // source checkout would be searched for it otherwise).
    env.put("SPARK_HOME", dir.resolve("home").toString());
    env.put("SPARK_DIST_CLASSPATH", classpath);
    env.put("SPARK_SCALA_VERSION", "2.12");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // Every JVM (driver, executors, daemons, web UIs) binds to loopback.
    env.put("SPARK_LOCAL_IP", HOST);
    // A run on a cluster refuses to start without a pseudonym key; both drivers get the same one,
    // so their value hashes (and run_audit's key_id) agree.
    env.put("RINGWATCH_KEY", PSEUDONYM_KEY);
    Process p = pb.start();
    processes.add(p);
    logs.put(name, log);
    return p;
  }

  /** Waits for a started JVM; on timeout it is destroyed and the assertion names its log. */
  static int await(Process p, Duration timeout, Path log) throws InterruptedException {
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("no result within " + timeout.toMinutes() + " min; " + log + " ends with:\n"
          + tail(log, 30));
    }
    return p.exitValue();
  }

  /** The last {@code n} lines of a log, stack frames left out. */
  static String tail(Path log, int n) {
    try {
      if (log == null || !Files.exists(log)) {
        return "(no log)";
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
          .filter(l -> !l.startsWith("\tat ") && !l.startsWith("\t... ")).toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    // Drivers and workers first, the master last; executors are children of their worker and
    // stop with it (and are killed with their process tree below in any case).
    List<Process> reversed = new ArrayList<>(processes);
    java.util.Collections.reverse(reversed);
    for (Process p : reversed) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : reversed) {
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    }
  }
}
