package dev.gorolab.sim.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoweringTest {

  private static Program program(String body) {
    GoFile.Result r = GoFile.read("main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n" + body
        + "\tfmt.Print()\n\ttime.Sleep(0)\n}\n");
    assertTrue(r.ok(), () -> r.errors().toString());
    return r.program();
  }

  private static List<Stmt> mainBody(String body) {
    List<Stmt> all = program(body).function("main").orElseThrow().body();
    return all.subList(0, all.size() - 2);
  }

  private static List<String> errors(String file) {
    return GoFile.read("main.go", file).errors().stream().map(GoError::toString).toList();
  }

  @Test
  void callStatements_becomeTheModelsDedicatedStatements() {
    List<Stmt> body = mainBody("""
        \tch := make(chan int, 2)
        \tfmt.Println("a", 1)
        \tfmt.Printf("%d\\n", 2)
        \ttime.Sleep(2 * time.Second)
        \tch <- 1
        \t<-ch
        \tclose(ch)
        \tdefer close(ch)
        """);
    assertEquals(new Stmt.Make("ch", new GoType.Chan(GoType.Basic.INT), ((Stmt.Make) body.get(0)).capacity(),
        body.get(0).origin(), 9), body.get(0));
    assertEquals(Stmt.PrintKind.PRINTLN, ((Stmt.Print) body.get(1)).kind());
    assertEquals(Stmt.PrintKind.PRINTF, ((Stmt.Print) body.get(2)).kind());
    assertInstanceOf(Stmt.Sleep.class, body.get(3));
    assertInstanceOf(Stmt.Send.class, body.get(4));
    assertInstanceOf(Expr.Recv.class, ((Stmt.ExprStmt) body.get(5)).expr());
    assertInstanceOf(Stmt.Close.class, body.get(6));
    assertInstanceOf(Stmt.Defer.class, body.get(7));
    for (int i = 0; i < body.size(); i++) {
      assertEquals(9 + i, body.get(i).line(), "statement " + i + " keeps its Go line");
    }
  }

  @Test
  void statementOrigins_areGoLinesAndByteColumns() {
    Stmt s = mainBody("\tx := \"大\"; y := 1\n\t_, _ = x, y\n").get(1);
    assertEquals(9, s.origin().line());
    assertEquals(14, s.origin().column(), "after a tab, x := \"大\"; counts 12 bytes");
  }

  @Test
  void goWithFunctionLiteral_keepsTheLiteralAndItsArguments() {
    Stmt.Go go = (Stmt.Go) mainBody("\tgo func(n int) {\n\t\tfmt.Println(n)\n\t}(7)\n").get(0);
    Expr.FuncLit lit = (Expr.FuncLit) go.call().fun();
    assertEquals(List.of(new dev.gorolab.sim.program.Param("n", GoType.Basic.INT)), lit.params());
    assertEquals(1, go.call().args().size());
    assertEquals(10, lit.body().get(0).line());
  }

  @Test
  void rangeAndSelect_lowerWithTheirLabelsAndCaseLines() {
    List<Stmt> body = mainBody("""
        \tch := make(chan int)
        outer:
        \tfor v := range ch {
        \t\tselect {
        \t\tcase x, ok := <-ch:
        \t\t\t_, _ = x, ok
        \t\t\tbreak outer
        \t\tdefault:
        \t\t\t_ = v
        \t\t}
        \t}
        """);
    assertEquals(new Stmt.Label("outer", body.get(1).origin(), 10), body.get(1),
        "a label is a goto target just before the statement it labels");
    Stmt.ForRange r = (Stmt.ForRange) body.get(2);
    assertEquals("outer", r.label());
    assertTrue(r.define());
    Stmt.Select sel = (Stmt.Select) r.body().get(0);
    assertEquals(13, sel.clauses().get(0).line());
    assertEquals(new Stmt.Let(List.of("x", "ok"), ((Stmt.Let) sel.clauses().get(0).comm()).values(),
        sel.clauses().get(0).origin(), 13), sel.clauses().get(0).comm());
    assertNull(sel.clauses().get(1).comm());
  }

  @Test
  void constructsNotModelledYet_areNamedAtTheirPosition() {
    assertEquals(List.of("main.go:4:7: GoroLab does not model complex numbers yet"),
        errors("package main\n\nfunc main() {\n\tx := 2i\n\t_ = x\n}\n"));
    assertEquals(List.of("main.go:5:6: GoroLab does not model 3-index slices yet"),
        errors("package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\t_ = s[0:1:2]\n}\n"));
    assertEquals(List.of("main.go:3:8: GoroLab does not model package net yet"),
        errors("package main\n\nimport \"net\"\n\nfunc main() {\n\t_ = net.IPv4len\n}\n"));
  }

  @Test
  void realGoNamesGoroLabLacks_areNotModelled_butTyposAreUndefined() {
    assertEquals(List.of("main.go:6:23: GoroLab does not model runtime.Caller yet"),
        errors("package main\n\nimport \"runtime\"\n\nfunc main() {\n\t_, _, _, _ = runtime.Caller(0)\n}\n"));
    assertEquals(List.of("main.go:6:6: undefined: fmt.Prinln"),
        errors("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Prinln(1)\n}\n"));
  }

  @Test
  void packagesAreThoseImported_asInGo() {
    assertEquals(List.of("main.go:4:2: undefined: fmt"),
        errors("package main\n\nfunc main() {\n\tfmt.Println(1)\n}\n"));
  }
}
