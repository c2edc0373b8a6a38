package io.ringwatch.lab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of ../shared/design.md, enforced: data flows one way through the stages, the
 * job never reaches into the generator or the lab, no package cycles, and only ingest, reference
 * loading and publish (and report, which writes its files) read or write files and tables.
 * Every rule is strict: the debt the first version froze (file reads in enrich and screen, the
 * score ↔ score.signals cycle) has been paid.
 */
class ArchitectureTest {
  /** Shared pieces every stage may use. */
  static final String[] CORE = {"io.ringwatch.config..", "io.ringwatch.privacy..", "io.ringwatch.spark..",
      "io.ringwatch.run..", "io.ringwatch.tables..", "io.ringwatch.formats..", "io.ringwatch.components..",
      "io.ringwatch.stage..", "io.ringwatch.frames.."};
  /**
   * The stages in the order data flows (design.md), then what drives them. {@code reference} (the
   * one reader of IP tables and sanctions lists) comes before the stages it feeds and after
   * normalize, whose canonical IP forms its range tables are keyed by.
   */
  static final List<String> FLOW = List.of("ingest", "normalize", "reference", "enrich", "screen", "link", "graph",
      "score", "publish", "report", "pipeline", "cli");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // Production classes only: test classes come from test-classes folders and the modules' test jars.
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.ringwatch");
  }

  @Test
  void theStagesDependOnlyOnEarlierStagesAndTheCore() {
    for (int i = 0; i < FLOW.size(); i++) {
      List<String> later = new ArrayList<>();
      for (String s : FLOW.subList(i + 1, FLOW.size())) {
        later.add("io.ringwatch." + s + "..");
      }
      later.add("io.ringwatch.synth..");
      later.add("io.ringwatch.lab..");
      ArchRule rule = noClasses().that().resideInAPackage("io.ringwatch." + FLOW.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
          .because("data flows one way: " + String.join(" → ", FLOW));
      rule.check(classes);
    }
  }

  @Test
  void theCoreAndTheGeneratorKnowNoStage() {
    List<String> stages = new ArrayList<>();
    FLOW.forEach(s -> stages.add("io.ringwatch." + s + ".."));
    stages.add("io.ringwatch.lab..");
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage(concat(stages, "io.ringwatch.synth.."))
        .because("the core is shared by the job, the generator and the lab").check(classes);
    noClasses().that().resideInAPackage("io.ringwatch.synth..").should().dependOnClassesThat()
        .resideInAnyPackage(stages.toArray(String[]::new))
        .because("the generator writes companies as other people's exports would, knowing nothing of the job")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.ringwatch.(**)").should().beFreeOfCycles().check(classes);
  }

  /** ingest, reference, publish and report may touch files: every other stage and the pipeline are listed here. */
  @Test
  void onlyIngestReferenceLoadingAndPublishTouchFilesAndTables() {
    // No debt left here (the reference loader took the last file reads out of enrich and screen): strict.
    noClasses().that()
        .resideInAnyPackage("io.ringwatch.normalize..", "io.ringwatch.enrich..", "io.ringwatch.screen..",
            "io.ringwatch.link..", "io.ringwatch.graph..", "io.ringwatch.score..", "io.ringwatch.pipeline..")
        .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hadoop.fs.FileSystem")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.DataFrameReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.DataFrameWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.delta.tables.DeltaTable")
        .because("only ingest (inputs), one reference loader and publish read or write (design.md)")
        .check(classes);
  }

  static String[] concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
