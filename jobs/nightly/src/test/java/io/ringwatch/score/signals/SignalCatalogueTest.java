package io.ringwatch.score.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.score.SignalCatalogue;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fast (no Spark): every signal of the catalogue is described, sourced, and has tests that show
 * it firing ({@link Fires}) and staying silent on a benign look-alike ({@link Benign}). Adding a
 * signal without both tests fails here.
 */
class SignalCatalogueTest {
  @Test
  void everySignalIsDescribedAndSourced() {
    Set<String> ids = new HashSet<>();
    for (Signal s : SignalCatalogue.ALL) {
      assertTrue(s.id().matches("[a-z][a-z_]*[a-z]"), "id " + s.id());
      assertTrue(ids.add(s.id()), "duplicate id " + s.id());
      assertFalse(s.title().isBlank(), s.id() + " title");
      assertFalse(s.description().isBlank(), s.id() + " description");
      assertFalse(s.references().isEmpty(), s.id() + " needs a public source");
      s.references().forEach(r -> assertFalse(r.isBlank(), s.id() + " has a blank source"));
      assertFalse(s.falsePositives().isBlank(), s.id() + " should name its benign look-alikes");
      assertTrue(s.defaultPoints() >= 0, s.id() + " points");
    }
  }

  @Test
  void everySignalHasTestsThatShowItFiringAndStayingSilent() throws Exception {
    Map<String, List<String>> fires = new TreeMap<>();
    Map<String, List<String>> benign = new TreeMap<>();
    for (Class<?> c : testClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!m.isAnnotationPresent(Test.class)) {
          continue;
        }
        String name = c.getSimpleName() + "." + m.getName();
        if (m.isAnnotationPresent(Fires.class)) {
          for (String id : m.getAnnotation(Fires.class).value()) {
            fires.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
          }
        }
        if (m.isAnnotationPresent(Benign.class)) {
          for (String id : m.getAnnotation(Benign.class).value()) {
            benign.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
          }
        }
      }
    }
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (Signal s : SignalCatalogue.ALL) {
      ids.add(s.id());
      if (!fires.containsKey(s.id())) {
        missing.add(s.id() + " (no @Fires test)");
      }
      if (!benign.containsKey(s.id())) {
        missing.add(s.id() + " (no @Benign test)");
      }
    }
    assertEquals(List.of(), missing, "signals without tests");
    Set<String> unknown = new HashSet<>(fires.keySet());
    unknown.addAll(benign.keySet());
    unknown.removeAll(ids);
    assertEquals(Set.of(), unknown, "tests name signals the catalogue does not have");
  }

  /** The compiled test classes of io.ringwatch.score and below. */
  private static List<Class<?>> testClasses() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
    Path root = Path.of(SignalCatalogueTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve("io/ringwatch/score");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
          .toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        out.add(Class.forName(name, false, SignalCatalogueTest.class.getClassLoader()));
      }
    }
    assertTrue(out.size() > 5, "test classes found under " + dir);
    return out;
  }
}
