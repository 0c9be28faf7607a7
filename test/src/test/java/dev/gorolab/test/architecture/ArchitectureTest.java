package dev.gorolab.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering and determinism rules of docs/architecture.md, checked on the compiled classes.
 *
 * <p>Dependencies point one way: model ← sim ← scenario ← ui. Only the UI touches JavaFX, only the
 * scenario loader touches Gson, and the model and the simulator never read a wall clock, draw from
 * {@code Math.random}, start threads or build hash-ordered collections whose iteration order could
 * leak into a trace.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gorolab");
  }

  @Test
  void schedulerModel_dependsOnNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("dev.gorolab.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.gorolab.model..", "java..")
        .check(production);
  }

  private static final String MODEL_COPIER = "dev\\.gorolab\\.sim\\.trace\\.ModelCopier(\\$.*)?";

  @Test
  void simulatorCore_dependsOnlyOnTheModelAndTheJdk() {
    // The trace's model copier (sim.trace.ModelCopier, with its nested classes) is the one class
    // that may use the JDK's sun.misc.Unsafe: it copies objects of any model class field by field
    // without constructors.
    classes()
        .that()
        .resideInAPackage("dev.gorolab.sim..")
        .and()
        .haveNameNotMatching(MODEL_COPIER)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..", "java..")
        .check(production);
    classes()
        .that()
        .haveNameMatching(MODEL_COPIER)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..", "java..", "sun.misc..")
        .check(production);
  }

  @Test
  void nothingOutsideTheUi_usesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.gorolab.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "com.jfoenix..", "com.sun.javafx..")
        .check(production);
  }

  @Test
  void onlyTheScenarioLoader_usesGson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.gorolab.scenario..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.google.gson..")
        .check(production);
  }

  @Test
  void lowerLayers_neverDependOnHigherOnes() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..", "dev.gorolab.scenario..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.gorolab.ui..")
        .check(production);
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.gorolab.scenario..")
        .check(production);
  }

  @Test
  void modelAndCore_neverReadTheWallClock() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Instant")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.LocalDateTime")
        .check(production);
  }

  @Test
  void modelAndCore_neverUseUnseededRandomness() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..")
        .should()
        .callMethod(Math.class, "random")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.UUID")
        .check(production);
  }

  @Test
  void modelAndCore_neverStartThreads() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(Thread.class.getName())
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.util.concurrent..")
        .orShould()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "parallel streams",
                call -> call.getTarget().getName().equals("parallelStream")
                    || call.getTarget().getName().equals("parallel")))
        .check(production);
  }

  @Test
  void modelAndCore_neverBuildHashOrderedCollections() {
    // HashMap/HashSet iteration order and Set.of/Map.of (salted per JVM) could leak into a trace.
    noClasses()
        .that()
        .resideInAnyPackage("dev.gorolab.model..", "dev.gorolab.sim..")
        .should()
        .callConstructor(java.util.HashMap.class)
        .orShould()
        .callConstructor(java.util.HashMap.class, int.class)
        .orShould()
        .callConstructor(java.util.HashSet.class)
        .orShould()
        .callConstructor(java.util.HashSet.class, int.class)
        .orShould()
        .callConstructor(java.util.HashSet.class, java.util.Collection.class)
        .orShould()
        .callConstructor(java.util.HashMap.class, java.util.Map.class)
        .orShould()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "Set.of, Map.of, Collectors.toSet/toMap/groupingBy (unordered)",
                call -> {
                  String owner = call.getTargetOwner().getFullName();
                  String name = call.getTarget().getName();
                  return (owner.equals("java.util.Set") && (name.equals("of") || name.equals("copyOf")))
                      || (owner.equals("java.util.Map")
                          && (name.equals("of") || name.equals("ofEntries") || name.equals("copyOf")))
                      || (owner.equals("java.util.stream.Collectors")
                          && (name.equals("toSet")
                              || name.equals("toUnmodifiableSet")
                              || name.equals("groupingBy")
                              || (name.equals("toMap") && call.getTarget().getRawParameterTypes().size() < 4)));
                }))
        .check(production);
  }
}
