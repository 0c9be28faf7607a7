package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BundledScenariosTest {

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
