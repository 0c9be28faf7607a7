package dev.gorolab.sim.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

  private static List<String> tokens(String src, List<String> errors) {
    Scanner s = new Scanner(src, (line, col, msg) -> errors.add(line + ":" + col + ": " + msg));
    List<String> out = new ArrayList<>();
    for (s.next(); s.tok != Token.EOF; s.next()) {
      String text = switch (s.tok) {
        case NAME, LITERAL, SEMI -> s.tok + "(" + s.lit + ")";
        case OPERATOR, STAR -> s.op.toString();
        case ASSIGN_OP -> s.op + "=";
        case INC_OP -> s.op.toString() + s.op;
        default -> s.tok.toString();
      };
      out.add(s.line + ":" + s.col + " " + text);
    }
    return out;
  }

  @Test
  void newlineAfterNameLiteralOrClosingBracket_becomesSemicolon() {
    List<String> errors = new ArrayList<>();
    assertEquals(
        List.of("1:1 name(x)", "1:2 ++", "1:4 ;(newline)", "2:1 return", "2:7 ;(newline)", "3:1 name(f)", "3:2 (",
            "3:3 )", "3:4 ;(EOF)"),
        tokens("x++\nreturn\nf()", errors));
    assertEquals(List.of(), errors);
  }

  @Test
  void newlineAfterOperatorOrOpeningBracket_isSkipped() {
    assertEquals(List.of("1:1 name(a)", "1:3 +", "2:1 name(b)", "2:2 ;(EOF)"), tokens("a +\nb", new ArrayList<>()));
    assertEquals(List.of("1:1 name(f)", "1:2 (", "2:1 )", "2:2 ;(EOF)"), tokens("f(\n)", new ArrayList<>()));
  }

  @Test
  void columns_countUtf8Bytes_asGoBuildPrintsThem() {
    // "大" is three bytes in UTF-8: the name after it starts at byte column 7.
    assertEquals(List.of("1:1 literal(\"大\")", "1:7 name(x)", "1:8 ;(EOF)"), tokens("\"大\" x", new ArrayList<>()));
  }

  @Test
  void comments_areKeptWithTheirPositions_andALineCommentEndsAStatement() {
    Scanner s = new Scanner("x // note\n/* a\nb */ y", (l, c, m) -> {});
    List<String> toks = new ArrayList<>();
    for (s.next(); s.tok != Token.EOF; s.next()) {
      toks.add(s.tok + ":" + s.line);
    }
    assertEquals(List.of("name:1", ";:1", "name:3", ";:3"), toks);
    assertEquals(List.of(new Scanner.Comment(1, 3, "// note"), new Scanner.Comment(2, 1, "/* a\nb */")), s.comments());
  }

  @Test
  void operators_andAssignmentOperators_areSplitAsGoDoes() {
    assertEquals(List.of("1:1 <-", "1:3 :=", "1:5 &^=", "1:8 &&", "1:10 ...", "1:13 .", "1:14 <<=", "1:17 ~"),
        tokens("<-:=&^=&&....<<=~", new ArrayList<>()));
  }

  @Test
  void numbers_ofEveryBase_areOneLiteralEach() {
    assertEquals(List.of("1:1 literal(0x1F)", "1:6 literal(0o17)", "1:11 literal(0b101)", "1:17 literal(1_000)",
        "1:23 literal(.5e-3)", "1:29 literal(0x1p-2)", "1:36 literal(2i)", "1:38 ;(EOF)"),
        tokens("0x1F 0o17 0b101 1_000 .5e-3 0x1p-2 2i", new ArrayList<>()));
  }

  @Test
  void lexicalErrors_useGcsWords() {
    List<String> errors = new ArrayList<>();
    tokens("x := 08 + 1__0 + 'ab' + \"\\q\" # 0b12", errors);
    assertEquals(List.of(
        "1:7: invalid digit '8' in octal literal",
        "1:13: '_' must separate successive digits",
        "1:18: more than one character in rune literal",
        "1:27: unknown escape",
        "1:30: invalid character U+0023 '#'",
        "1:35: invalid digit '2' in binary literal"), errors);
  }
}
