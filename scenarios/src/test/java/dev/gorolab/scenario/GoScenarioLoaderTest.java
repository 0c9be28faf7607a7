package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gorolab.sim.program.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go programs as scenarios: a {@code .go} file alone, and a scenario JSON whose program is its Go file. */
class GoScenarioLoaderTest {
  @TempDir Path dir;

  private static final String PROGRAM =
      """
      // Ping and pong
      // a second line of the comment
      package main

      import "fmt"

      func main() {
      \tch := make(chan string)
      \tgo func() { ch <- "ping" }()
      \tfmt.Println(<-ch)
      }
      """;

  @Test
  void load_goFile_isTheProgramTitledByItsFirstCommentLine() throws Exception {
    Path file = Files.writeString(dir.resolve("pingpong.go"), PROGRAM);
    Scenario s = ScenarioLoader.load(file);
    assertEquals("Ping and pong", s.title());
    assertEquals("pingpong", s.id());
    assertEquals(1, s.gomaxprocs());
    assertEquals(1, s.seed());
    assertEquals("pingpong.go", s.goSourceName());
    assertEquals(PROGRAM, s.goSource());
    Stmt first = s.program().function("main").orElseThrow().body().get(0);
    assertEquals(new Stmt.Make("ch", new dev.gorolab.sim.program.GoType.Chan(dev.gorolab.sim.program.GoType.Basic.STRING),
        null, first.origin(), 8), first);
  }

  @Test
  void load_goFileWithoutComment_isTitledByItsName() throws Exception {
    Path file = Files.writeString(dir.resolve("main.go"), PROGRAM.substring(PROGRAM.indexOf("package")));
    assertEquals("main", ScenarioLoader.load(file).title());
  }

  @Test
  void load_scenarioWithSourceAndNoFunctions_runsTheGoFileWithTheScenariosTexts() throws Exception {
    Files.writeString(dir.resolve("main.go"), PROGRAM);
    Path json = Files.writeString(dir.resolve("pp.json"), """
        { "gorolab": 1, "title": "Ping", "description": "d", "whatToWatch": "w", "gomaxprocs": 2, "seed": 7,
          "source": { "file": "main.go" } }
        """);
    Scenario s = ScenarioLoader.load(json);
    assertEquals("Ping", s.title());
    assertEquals("d", s.description());
    assertEquals("w", s.whatToWatch());
    assertEquals(2, s.gomaxprocs());
    assertEquals(7, s.seed());
    assertEquals("main.go", s.goSourceName());
    assertEquals(3, s.program().function("main").orElseThrow().body().size());
  }

  @Test
  void load_scenarioWhoseGoFileIsBroken_reportsTheGoFilesErrorsAsGoBuildDoes() throws Exception {
    Files.writeString(dir.resolve("main.go"), PROGRAM.replace("fmt.Println(<-ch)", "fmt.Println(<-ch"));
    Path json = Files.writeString(dir.resolve("pp.json"), """
        { "gorolab": 1, "title": "Ping", "source": { "file": "main.go" } }
        """);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(json));
    assertEquals("main.go:10:18: syntax error: unexpected newline in argument list; possibly missing comma or )",
        e.getMessage());
  }

  @Test
  void load_goFileWithManyErrors_stopsAtTenWithTooManyErrors() throws Exception {
    StringBuilder body = new StringBuilder();
    for (char c = 'a'; c <= 'l'; c++) {
      body.append('\t').append(c).append(" := 1\n");
    }
    Path file = Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {\n" + body + "}\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertEquals(11, e.errors().size());
    assertEquals("main.go:4:2: a declared but not used", e.errors().get(0).toString());
    assertEquals("main.go:13:2: j declared but not used", e.errors().get(9).toString());
    assertEquals("main.go:13:2: too many errors", e.errors().get(10).toString());
  }
}
