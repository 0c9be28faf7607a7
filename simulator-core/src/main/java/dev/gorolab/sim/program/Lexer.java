package dev.gorolab.sim.program;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of Go expression text into tokens; columns are 1-based. */
final class Lexer {

  enum Kind { IDENT, INT, FLOAT, STRING, RUNE, OP, EOF }

  record Token(Kind kind, String text, int column, Object value) {
    boolean is(String op) {
      return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(op);
    }

    /** How Go's parser names this token in "unexpected X". */
    String describe() {
      return switch (kind) {
        case EOF -> "end of text";
        case IDENT -> isKeyword(text) ? "keyword " + text : "name " + text;
        case INT, FLOAT, STRING, RUNE -> "literal " + text;
        case OP -> text;
      };
    }
  }

  private static final String[] OPS = {
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|", "^", "<",
    ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":"
  };

  private static final String[] KEYWORDS = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
    "struct", "switch", "type", "var"
  };

  static boolean isKeyword(String s) {
    for (String k : KEYWORDS) {
      if (k.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private Lexer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      int col = i + 1;
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        break; // a trailing line comment, as lecturers copy lines from Go files
      }
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token(Kind.IDENT, text.substring(i, j), col, null));
        i = j;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
        i = number(text, i, out);
      } else if (c == '"') {
        i = interpretedString(text, i, out);
      } else if (c == '`') {
        int j = text.indexOf('`', i + 1);
        if (j < 0) {
          throw new ExprSyntaxException(col, Messages.SYNTAX_STRING_NOT_TERMINATED);
        }
        out.add(new Token(Kind.STRING, text.substring(i, j + 1), col, text.substring(i + 1, j)));
        i = j + 1;
      } else if (c == '\'') {
        i = rune(text, i, out);
      } else {
        String op = null;
        for (String o : OPS) {
          if (text.startsWith(o, i)) {
            op = o;
            break;
          }
        }
        if (op == null) {
          throw new ExprSyntaxException(col, String.format(Messages.SYNTAX_INVALID_CHARACTER, text.codePointAt(i)));
        }
        out.add(new Token(Kind.OP, op, col, null));
        i += op.length();
      }
    }
    out.add(new Token(Kind.EOF, "", n + 1, null));
    return out;
  }

  private static int number(String text, int i, List<Token> out) {
    int n = text.length();
    int j = i;
    boolean isFloat = false;
    if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
      j = i + 2;
      while (j < n && (Character.digit(text.charAt(j), 16) >= 0 || text.charAt(j) == '_')) {
        j++;
      }
      String digits = text.substring(i + 2, j).replace("_", "");
      return intToken(text, i, j, digits, 16, out);
    }
    while (j < n && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    if (j < n && text.charAt(j) == '.') {
      isFloat = true;
      j++;
      while (j < n && Character.isDigit(text.charAt(j))) {
        j++;
      }
    }
    if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      if (k < n && Character.isDigit(text.charAt(k))) {
        isFloat = true;
        j = k;
        while (j < n && Character.isDigit(text.charAt(j))) {
          j++;
        }
      } else {
        throw new ExprSyntaxException(i + 1, Messages.SYNTAX_EXPONENT_HAS_NO_DIGITS);
      }
    }
    String lit = text.substring(i, j);
    if (isFloat) {
      out.add(new Token(Kind.FLOAT, lit, i + 1, Double.parseDouble(lit.replace("_", ""))));
      return j;
    }
    String digits = lit.replace("_", "");
    if (digits.length() > 1 && digits.startsWith("0")) {
      return intToken(text, i, j, digits.substring(1), 8, out);
    }
    return intToken(text, i, j, digits, 10, out);
  }

  private static int intToken(String text, int i, int j, String digits, int radix, List<Token> out) {
    try {
      out.add(new Token(Kind.INT, text.substring(i, j), i + 1, Long.parseLong(digits.isEmpty() ? "0" : digits, radix)));
    } catch (NumberFormatException e) {
      throw new ExprSyntaxException(i + 1, String.format(Messages.SYNTAX_BAD_NUMBER, text.substring(i, j)));
    }
    return j;
  }

  private static int interpretedString(String text, int i, List<Token> out) {
    StringBuilder sb = new StringBuilder();
    int n = text.length();
    int j = i + 1;
    while (true) {
      if (j >= n) {
        throw new ExprSyntaxException(i + 1, Messages.SYNTAX_STRING_NOT_TERMINATED);
      }
      char c = text.charAt(j);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        j = escape(text, j, sb, '"');
      } else {
        sb.append(c);
        j++;
      }
    }
    out.add(new Token(Kind.STRING, text.substring(i, j + 1), i + 1, sb.toString()));
    return j + 1;
  }

  private static int rune(String text, int i, List<Token> out) {
    StringBuilder sb = new StringBuilder();
    int n = text.length();
    int j = i + 1;
    if (j < n && text.charAt(j) == '\\') {
      j = escape(text, j, sb, '\'');
    } else if (j < n) {
      sb.appendCodePoint(text.codePointAt(j));
      j += Character.charCount(text.codePointAt(j));
    }
    if (j >= n || text.charAt(j) != '\'' || sb.length() == 0) {
      throw new ExprSyntaxException(i + 1, Messages.SYNTAX_RUNE_NOT_TERMINATED);
    }
    out.add(new Token(Kind.RUNE, text.substring(i, j + 1), i + 1, sb.codePointAt(0)));
    return j + 1;
  }

  private static int escape(String text, int j, StringBuilder sb, char quote) {
    int n = text.length();
    if (j + 1 >= n) {
      throw new ExprSyntaxException(j + 1, Messages.SYNTAX_UNKNOWN_ESCAPE);
    }
    char e = text.charAt(j + 1);
    switch (e) {
      case 'n' -> sb.append('\n');
      case 't' -> sb.append('\t');
      case 'r' -> sb.append('\r');
      case 'a' -> sb.append('\u0007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'v' -> sb.append('\u000b');
      case '\\' -> sb.append('\\');
      case 'x', 'u', 'U' -> {
        int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (j + 2 + len > n) {
          throw new ExprSyntaxException(j + 1, Messages.SYNTAX_UNKNOWN_ESCAPE);
        }
        try {
          int v = Integer.parseInt(text.substring(j + 2, j + 2 + len), 16);
          sb.appendCodePoint(v);
        } catch (IllegalArgumentException ex) {
          throw new ExprSyntaxException(j + 1, Messages.SYNTAX_UNKNOWN_ESCAPE);
        }
        return j + 2 + len;
      }
      default -> {
        if (e == quote) {
          sb.append(e);
        } else {
          throw new ExprSyntaxException(j + 1, Messages.SYNTAX_UNKNOWN_ESCAPE);
        }
      }
    }
    return j + 2;
  }
}
