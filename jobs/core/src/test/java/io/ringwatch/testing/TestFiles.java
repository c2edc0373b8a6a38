package io.ringwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File chores the tests share. */
public final class TestFiles {
  private TestFiles() {}

  /**
   * Copies a folder and everything under it, keeping each file's modification time (a copied
   * daily drop keeps its fingerprint), replacing files already there.
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /**
   * A new folder under the system's temporary folder, removed with everything in it when the test
   * JVM ends (a fixture shared by a JVM's tests cannot be removed earlier; left behind, every suite
   * run left ~200 MB in /tmp).
   */
  public static Path tempDirectory(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        deleteTree(dir);
      } catch (IOException | RuntimeException e) {
        System.err.println("could not remove test folder " + dir + ": " + e);
      }
    }, "remove " + dir.getFileName()));
    return dir;
  }

  /** Removes a folder and everything under it (nothing when it is not there); fails on what it cannot remove. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
