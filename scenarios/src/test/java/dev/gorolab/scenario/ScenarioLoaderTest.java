package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.FunctionDecl;
import dev.gorolab.sim.program.Stmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

  private static Scenario everyStatement() throws Exception {
    return ScenarioLoader.loadResource("/good/every-statement.json");
  }

  private static void collect(List<Stmt> body, List<String> kinds) {
    for (Stmt s : body) {
      kinds.add(s.getClass().getSimpleName());
      if (s instanceof Stmt.For f) {
        collect(f.body(), kinds);
      } else if (s instanceof Stmt.ForRange r) {
        collect(r.body(), kinds);
      } else if (s instanceof Stmt.If i) {
        collect(i.then(), kinds);
        collect(i.otherwise(), kinds);
      } else if (s instanceof Stmt.Block b) {
        collect(b.body(), kinds);
      } else if (s instanceof Stmt.Select sel) {
        sel.clauses().forEach(c -> collect(c.body(), kinds));
      } else if (s instanceof Stmt.Go g && g.call().fun() instanceof Expr.FuncLit lit) {
        collect(lit.body(), kinds);
      } else if (s instanceof Stmt.Let l && l.values().get(0) instanceof Expr.FuncLit lit) {
        collect(lit.body(), kinds);
      }
    }
  }

  @Test
  void everyStatementScenario_loadsAndConvertsEveryKind() throws Exception {
    Scenario s = everyStatement();
    List<String> kinds = new ArrayList<>();
    for (FunctionDecl f : s.program().functions()) {
      collect(f.body(), kinds);
    }
    TreeSet<String> distinct = new TreeSet<>(kinds);
    assertEquals(
        "[Assign, Block, Close, Continue, Defer, ExprStmt, For, ForRange, Go, If, IncDec, Let, Make, Panic,"
            + " Print, Return, Select, Send, Sleep, Syscall, Var, Work]",
        distinct.toString().replace("Break, ", ""));
    assertTrue(distinct.contains("Break"));
  }

  @Test
  void topLevelSettings_areCarriedIntoTheScenario() throws Exception {
    Scenario s = everyStatement();
    assertEquals("every-statement", s.id());
    assertNull(s.file());
    assertEquals(2, s.gomaxprocs());
    assertEquals(42L, s.seed());
    assertEquals("every.go", s.goSourceName());
    assertEquals(3, s.program().globals().size());
    assertEquals(3, s.program().globals().get(0).line());
  }

  @Test
  void callsOfLibraryStatements_becomeTheirDedicatedStatements() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "calls.json",
            """
            {"gorolab": 1, "title": "calls", "functions": {"main": [
              {"make": "ch", "type": "chan int", "cap": 1},
              {"call": "time.Sleep(time.Second)"},
              {"call": "fmt.Println(\\"hi\\")"},
              {"do": "close(ch)"},
              {"call": "panic(\\"boom\\")"}
            ]}}
            """,
            name -> null);
    List<Stmt> body = s.program().function("main").orElseThrow().body();
    assertEquals(
        List.of("Make", "Sleep", "Print", "Close", "Panic"),
        body.stream().map(x -> x.getClass().getSimpleName()).toList());
  }

  @Test
  void defaults_areOneProcessorSeedOneAndNoSource() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "min.json", "{\"gorolab\": 1, \"title\": \"t\", \"functions\": {\"main\": []}}", name -> null);
    assertEquals(1, s.gomaxprocs());
    assertEquals(1L, s.seed());
    assertNull(s.goSource());
    assertNull(s.goSourceName());
    assertEquals("", s.description());
  }

  @Test
  void load_readsTheGoSourceNextToTheFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("demo.go"), "package main\n\nfunc main() {\n}\n");
    Path file = dir.resolve("demo.json");
    Files.writeString(
        file,
        "{\"gorolab\": 1, \"title\": \"t\", \"source\": {\"file\": \"demo.go\"},"
            + " \"functions\": {\"main\": {\"line\": 3, \"body\": []}}}");
    Scenario s = ScenarioLoader.load(file);
    assertEquals(file, s.file());
    assertEquals("demo", s.id());
    assertEquals("demo.go", s.goSourceName());
    assertEquals(3, s.program().function("main").orElseThrow().line());
  }

  @Test
  void sourceLinkPointingOutside_isRejectedLikeAPathOutside(@TempDir Path dir) throws Exception {
    Path inner = Files.createDirectory(dir.resolve("scenario"));
    Files.writeString(dir.resolve("secret.go"), "package main\n");
    try {
      Files.createSymbolicLink(inner.resolve("link.go"), dir.resolve("secret.go"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      return; // file systems without links cannot have this problem
    }
    Path file = inner.resolve("s.json");
    Files.writeString(
        file,
        "{\"gorolab\": 1, \"title\": \"t\", \"source\": {\"file\": \"link.go\"}, \"functions\": {\"main\": []}}");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertEquals("s.json:1:49: $.source.file: source file \"link.go\" not found next to s.json", e.getMessage());
  }

  @Test
  void errors_inOneFile_areAllReported_sortedByPosition() {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioLoader.parse(
                    "two.json",
                    "{\"gorolab\": 1, \"title\": \"t\", \"seed\": -2,\n \"functions\": {\"main\": [{\"sned\": 1}]}}",
                    name -> null));
    assertEquals(
        List.of(
            "two.json:1:38: $.seed: seed must be a whole number 0..9223372036854775807, found -2",
            "two.json:2:26: $.functions.main[0].sned: unknown statement \"sned\" (did you mean \"send\"?)"),
        e.errors().stream().map(ScenarioError::toString).toList());
  }
}
