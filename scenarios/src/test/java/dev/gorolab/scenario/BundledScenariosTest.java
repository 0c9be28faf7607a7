package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BundledScenariosTest {

  /** The library's source folder: tests walk it rather than trust the index. */
  private static final Path LIBRARY = Path.of("src/main/resources" + BundledScenarios.LIBRARY);

  static List<String> folderIds() throws IOException {
    try (Stream<Path> dirs = Files.list(LIBRARY)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> everyScenarioFolder_isAGoFileAndItsTexts_listedInTheIndex() throws IOException {
    List<String> indexed = BundledScenarios.list().stream().map(BundledScenarios.Entry::id).toList();
    return folderIds().stream()
        .map(id -> DynamicTest.dynamicTest(id, () -> {
          Path dir = LIBRARY.resolve(id);
          assertTrue(Files.isRegularFile(dir.resolve(id + ".go")), id + ": no " + id + ".go");
          assertTrue(Files.isRegularFile(dir.resolve(id + ".json")), id + ": no " + id + ".json");
          assertTrue(indexed.contains(id), id + " is not in library/index.json (tools/update-library-index.py adds it)");
          Scenario s = ScenarioLoader.load(dir.resolve(id + ".json"));
          assertEquals(id + ".go", s.goSourceName(), id + ": the scenario runs its own Go file");
        }))
        .toList();
  }

  @Test
  void index_listsOnlyFoldersOfTheLibrary() throws IOException {
    List<String> folders = folderIds();
    for (BundledScenarios.Entry e : BundledScenarios.list()) {
      assertTrue(folders.contains(e.id()), "index.json lists " + e.id() + ", which has no folder");
    }
  }

  @TestFactory
  List<DynamicTest> everyBundledScenario_loadsWithoutErrors() {
    return BundledScenarios.list().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.id(),
                    () -> {
                      Scenario s = entry.load();
                      assertEquals(entry.id(), s.id());
                      assertFalse(s.title().isBlank());
                      assertNotNull(s.program().function("main").orElse(null));
                    }))
        .toList();
  }

  @Test
  void cake_loadsItsGoSourceFromTheSameFolder() {
    Scenario cake = BundledScenarios.find("cake").load();
    assertEquals("cake.go", cake.goSourceName());
    assertEquals("Cake maker and packer", cake.title());
    assertEquals(3, cake.program().functions().size());
    assertEquals("\tcs := make(chan string)", cake.goSource().lines().toList().get(9));
  }
}
