package dev.gorolab.sim.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

  /** Go 1.19's whole grammar, most of which GoroLab does not model: it must parse without errors. */
  private static final String ALL_OF_GO = """
      package main

      import (
      \t"fmt"
      \tstr "strings"
      \t. "math"
      \t_ "os"
      )

      const (
      \tA = iota
      \tB
      )

      type (
      \tPoint struct {
      \t\tX, Y int `json:"x"`
      \t\t*Embedded
      \t\tfmt.Stringer
      \t}
      \tShape interface {
      \t\tArea() float64
      \t\t~int | ~string
      \t}
      \tList[T any] struct{ items []T }
      \tAlias = map[string][]chan<- *Point
      \tEmbedded struct{}
      )

      var grid [3][4]int

      func (p *Point) Move(dx, dy int) (x, y int) {
      \tp.X += dx
      \treturn p.X, p.Y
      }

      func Map[T, U any](xs []T, f func(T) U) []U {
      \tout := make([]U, 0, len(xs))
      \tfor _, x := range xs {
      \t\tout = append(out, f(x))
      \t}
      \treturn out
      }

      func main() {
      \tvar s Shape
      \tswitch v := s.(type) {
      \tcase nil:
      \t\tfmt.Println("nil", v)
      \tdefault:
      \t}
      \tswitch x := 3; {
      \tcase x > 2:
      \t\tfallthrough
      \tcase x > 1:
      \t}
      \tp := &Point{X: 1, Y: 2}
      \tpts := []Point{{1, 2}, {X: 3}}
      \tm := map[string]int{"a": 1}
      \tch := make(chan int, 1)
      \tselect {
      \tcase ch <- 1:
      \tcase v, ok := <-ch:
      \t\t_, _ = v, ok
      \tdefault:
      \t}
      \tgoto end
      end:
      \tdefer func() { recover() }()
      \tgo func(xs ...int) {}(1, 2)
      \tf := func() (int, error) { return 0, nil }
      \t_, _ = f()
      \t_ = grid[1][2:3:4]
      \t_ = Map[int, string]([]int{1}, func(i int) string { return str.Repeat("x", i) })
      \t_ = Sqrt(2) + 1i
      \t_, _, _, _ = p, pts, m, 'x'
      \t_ = <-chan int(nil)
      \t_ = (*Point).Move
      \tif x := 1; x > 0 && !false || x^2 < 3<<1 {
      \t} else if x == 2 {
      \t} else {
      \t}
      }
      """;

  @Test
  void wholeGoGrammar_parsesWithoutErrors() {
    Parser.Result r = Parser.parse(ALL_OF_GO);
    assertEquals(List.of(), r.errors());
    assertNotNull(r.file());
    // 4 imports, 2 constants, 5 types, 1 var, 3 functions
    assertEquals(15, r.file().decls.size());
    assertTrue(r.file().decls.get(14) instanceof Nodes.FuncDecl f && f.name.value.equals("main"));
  }

  @Test
  void deepNesting_stopsWithGoParsersMessage_notAStackOverflow() {
    int depth = 100_000;
    String src = "package main\n\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
    GoFile.Result r = GoFile.read("main.go", src);
    assertEquals(1, r.errors().size());
    GoError e = r.errors().get(0);
    assertEquals("exceeded max nesting depth", e.message());
    assertEquals(3, e.line());
  }

  @Test
  void deepBlocksAndTypes_stopAtTheLimitToo() {
    int depth = 50_000;
    String blocks = "package main\n\nfunc main() " + "{".repeat(depth) + "}".repeat(depth) + "\n";
    assertEquals("exceeded max nesting depth", GoFile.read("main.go", blocks).errors().get(0).message());
    String types = "package main\n\nvar x " + "[]".repeat(depth) + "int\n";
    assertEquals("exceeded max nesting depth", GoFile.read("main.go", types).errors().get(0).message());
  }

  @Test
  void nestingJustBelowTheLimit_parses() {
    int depth = Parser.MAX_NEST_LEVEL / 4;
    String src = "package main\n\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n\nfunc main() {}\n";
    assertTrue(Parser.parse(src).errors().isEmpty());
  }

  @Test
  void printer_quotesCodeAsGcsShortForm() {
    Parser.Result r = Parser.parse("package main\nvar x = f(a.b[1:2], func() { g() }, []int{1}, <-ch, -y * z)\n");
    Nodes.VarDecl v = (Nodes.VarDecl) r.file().decls.get(0);
    assertEquals("f(a.b[1:2], func() {…}, []int{…}, <-ch, -y * z)", Printer.string(v.values));
  }
}
