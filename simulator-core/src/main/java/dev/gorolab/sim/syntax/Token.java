package dev.gorolab.sim.syntax;

/**
 * The tokens of Go source, as the Go compiler's scanner ({@code cmd/compile/internal/syntax},
 * tokens.go) names them; {@link #toString()} is the spelling gc uses in syntax errors.
 */
enum Token {
  EOF("EOF"),
  // names and literals
  NAME("name"),
  LITERAL("literal"),
  // operators and operations; OPERATOR excludes '*' (STAR)
  OPERATOR("op"),
  ASSIGN_OP("op="),
  INC_OP("opop"),
  ASSIGN("="),
  DEFINE(":="),
  ARROW("<-"),
  STAR("*"),
  // delimiters
  LPAREN("("),
  LBRACK("["),
  LBRACE("{"),
  RPAREN(")"),
  RBRACK("]"),
  RBRACE("}"),
  COMMA(","),
  SEMI(";"),
  COLON(":"),
  DOT("."),
  DOT_DOT_DOT("..."),
  // keywords
  BREAK("break"),
  CASE("case"),
  CHAN("chan"),
  CONST("const"),
  CONTINUE("continue"),
  DEFAULT("default"),
  DEFER("defer"),
  ELSE("else"),
  FALLTHROUGH("fallthrough"),
  FOR("for"),
  FUNC("func"),
  GO("go"),
  GOTO("goto"),
  IF("if"),
  IMPORT("import"),
  INTERFACE("interface"),
  MAP("map"),
  PACKAGE("package"),
  RANGE("range"),
  RETURN("return"),
  SELECT("select"),
  STRUCT("struct"),
  SWITCH("switch"),
  TYPE("type"),
  VAR("var");

  private final String spelling;

  Token(String spelling) {
    this.spelling = spelling;
  }

  /** The keyword spelled {@code s}, or null. */
  static Token keyword(String s) {
    if (s.length() < 2 || s.length() > 11) {
      return null;
    }
    for (int i = BREAK.ordinal(); i <= VAR.ordinal(); i++) {
      Token t = values()[i];
      if (t.spelling.equals(s)) {
        return t;
      }
    }
    return null;
  }

  boolean isKeyword() {
    return ordinal() >= BREAK.ordinal();
  }

  /** gc's {@code tokstring}: the English word for a few punctuation tokens in messages. */
  String describe() {
    return switch (this) {
      case COMMA -> "comma";
      case SEMI -> "semicolon or newline";
      default -> spelling;
    };
  }

  @Override
  public String toString() {
    return spelling;
  }
}
