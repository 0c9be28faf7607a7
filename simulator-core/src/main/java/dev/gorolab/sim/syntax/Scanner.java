package dev.gorolab.sim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Go source into tokens, one per {@link #next()} call, inserting the semicolons Go's
 * grammar omits (a newline or the end of file after a name, literal, {@code )}, {@code ]},
 * {@code }}, {@code break}, {@code continue}, {@code fallthrough}, {@code return}, {@code ++} or
 * {@code --} becomes a {@link Token#SEMI} whose {@link #lit} is {@code "newline"} or {@code "EOF"}).
 *
 * <p>A port of the Go compiler's scanner (go1.19 {@code cmd/compile/internal/syntax/scanner.go}
 * and source.go), so that lexical errors read as {@code go build} prints them. Positions are
 * 1-based lines and 1-based columns counted in UTF-8 bytes, as gc counts them. Every comment is
 * kept in {@link #comments()} (directives and a file's title come from them).
 */
final class Scanner {

  /** Receives lexical errors at a line and byte column. */
  interface ErrorHandler {
    void error(int line, int col, String msg);
  }

  /** Kind of a literal token. */
  enum LitKind { INT, FLOAT, IMAG, RUNE, STRING }

  /** A comment: its text with {@code //} or {@code /* *\/}, and where it starts. */
  record Comment(int line, int col, String text) {
    /** The text without the comment markers (and without a trailing carriage return). */
    String body() {
      if (text.startsWith("/*")) {
        return text.substring(2, Math.max(2, text.length() - 2));
      }
      String s = text.substring(2);
      return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
  }

  private final String src;
  private final int n;
  private final ErrorHandler errh;
  private final List<Comment> comments = new ArrayList<>();

  // the current character and where it is
  private int ch;
  private int chIndex; // index of ch in src
  private int next; // index after ch
  private int chLine = 1;
  private int chCol = 0;
  private int segStart;

  // the current token, valid after next()
  int line;
  int col;
  boolean blank;
  Token tok;
  String lit; // for NAME, LITERAL, SEMI ("semicolon", "newline" or "EOF")
  boolean bad; // for LITERAL: a lexical error occurred
  LitKind kind; // for LITERAL
  Operator op; // for OPERATOR, STAR, ASSIGN_OP, INC_OP
  int prec; // for OPERATOR, STAR, ASSIGN_OP, INC_OP
  private boolean nlsemi;

  Scanner(String src, ErrorHandler errh) {
    this.src = src;
    this.n = src.length();
    this.errh = errh;
    this.ch = ' ';
    this.next = 0;
    // A byte-order mark at the very start is permitted and skipped.
    if (n > 0 && src.charAt(0) == '\uFEFF') {
      next = 1;
    }
    nextch();
  }

  /** Every comment read so far, in source order. */
  List<Comment> comments() {
    return comments;
  }

  // ---- characters ----

  private static int utf8Length(int c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    return c < 0x10000 ? 3 : 4;
  }

  private void nextch() {
    while (true) {
      if (ch == '\n') {
        chLine++;
        chCol = 1;
      } else if (ch >= 0) {
        chCol += utf8Length(ch);
      }
      chIndex = next;
      if (next >= n) {
        ch = -1;
        return;
      }
      int c = src.codePointAt(next);
      next += Character.charCount(c);
      if (c == 0) {
        errh.error(chLine, chCol, "invalid NUL character");
        ch = c; // counted as one byte, then skipped
        continue;
      }
      if (c == 0xFEFF) {
        errh.error(chLine, chCol, "invalid BOM in the middle of the file");
        ch = c;
        continue;
      }
      ch = c;
      return;
    }
  }

  private void start() {
    segStart = chIndex;
  }

  private String segment() {
    return src.substring(segStart, chIndex);
  }

  private void errorf(String msg) {
    errh.error(chLine, chCol, msg);
  }

  private void errorAt(int byteOffset, String msg) {
    errh.error(line, col + byteOffset, msg);
  }

  // ---- tokens ----

  /** Advances to the next token. */
  void next() {
    boolean nl = nlsemi;
    nlsemi = false;
    while (true) {
      int startLine = chLine;
      int startCol = chCol;
      while (ch == ' ' || ch == '\t' || (ch == '\n' && !nl) || ch == '\r') {
        nextch();
      }
      line = chLine;
      col = chCol;
      blank = line > startLine || startCol == 1;
      start();
      if (isLetter(ch) || (ch >= 0x80 && atIdentChar(true))) {
        nextch();
        ident();
        return;
      }
      switch (ch) {
        case -1 -> {
          if (nl) {
            lit = "EOF";
            tok = Token.SEMI;
          } else {
            tok = Token.EOF;
          }
        }
        case '\n' -> {
          nextch();
          lit = "newline";
          tok = Token.SEMI;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(false);
        case '"' -> stdString();
        case '`' -> rawString();
        case '\'' -> rune();
        case '(' -> simple(Token.LPAREN, false);
        case '[' -> simple(Token.LBRACK, false);
        case '{' -> simple(Token.LBRACE, false);
        case ',' -> simple(Token.COMMA, false);
        case ';' -> {
          nextch();
          lit = "semicolon";
          tok = Token.SEMI;
        }
        case ')' -> simple(Token.RPAREN, true);
        case ']' -> simple(Token.RBRACK, true);
        case '}' -> simple(Token.RBRACE, true);
        case ':' -> {
          nextch();
          if (ch == '=') {
            nextch();
            tok = Token.DEFINE;
          } else {
            tok = Token.COLON;
          }
        }
        case '.' -> {
          nextch();
          if (isDecimal(ch)) {
            number(true);
          } else if (ch == '.' && next < n && src.charAt(next) == '.') {
            nextch();
            nextch();
            tok = Token.DOT_DOT_DOT;
          } else {
            tok = Token.DOT;
          }
        }
        case '+', '-' -> {
          int c = ch;
          nextch();
          op = c == '+' ? Operator.ADD : Operator.SUB;
          prec = op.prec;
          if (ch == c) {
            nextch();
            nlsemi = true;
            tok = Token.INC_OP;
          } else {
            assignOp();
          }
        }
        case '*' -> {
          nextch();
          op = Operator.MUL;
          prec = op.prec;
          if (ch == '=') {
            nextch();
            tok = Token.ASSIGN_OP;
          } else {
            tok = Token.STAR;
          }
        }
        case '/' -> {
          nextch();
          if (ch == '/') {
            nextch();
            lineComment();
            continue;
          }
          if (ch == '*') {
            nextch();
            fullComment();
            if (chLine > line && nl) {
              // A multi-line comment acts like a newline.
              lit = "newline";
              tok = Token.SEMI;
              return;
            }
            continue;
          }
          operator(Operator.DIV, true);
        }
        case '%' -> {
          nextch();
          operator(Operator.REM, true);
        }
        case '&' -> {
          nextch();
          if (ch == '&') {
            nextch();
            operator(Operator.AND_AND, false);
          } else if (ch == '^') {
            nextch();
            operator(Operator.AND_NOT, true);
          } else {
            operator(Operator.AND, true);
          }
        }
        case '|' -> {
          nextch();
          if (ch == '|') {
            nextch();
            operator(Operator.OR_OR, false);
          } else {
            operator(Operator.OR, true);
          }
        }
        case '^' -> {
          nextch();
          operator(Operator.XOR, true);
        }
        case '<' -> {
          nextch();
          if (ch == '=') {
            nextch();
            operator(Operator.LEQ, false);
          } else if (ch == '<') {
            nextch();
            operator(Operator.SHL, true);
          } else if (ch == '-') {
            nextch();
            tok = Token.ARROW;
          } else {
            operator(Operator.LSS, false);
          }
        }
        case '>' -> {
          nextch();
          if (ch == '=') {
            nextch();
            operator(Operator.GEQ, false);
          } else if (ch == '>') {
            nextch();
            operator(Operator.SHR, true);
          } else {
            operator(Operator.GTR, false);
          }
        }
        case '=' -> {
          nextch();
          if (ch == '=') {
            nextch();
            operator(Operator.EQL, false);
          } else {
            tok = Token.ASSIGN;
          }
        }
        case '!' -> {
          nextch();
          if (ch == '=') {
            nextch();
            operator(Operator.NEQ, false);
          } else {
            operator(Operator.NOT, false);
          }
        }
        case '~' -> {
          nextch();
          operator(Operator.TILDE, false);
        }
        default -> {
          errorf("invalid character " + Quote.codePoint(ch));
          nextch();
          continue;
        }
      }
      return;
    }
  }

  private void simple(Token t, boolean semiAfter) {
    nextch();
    nlsemi = semiAfter;
    tok = t;
  }

  /** An operator token; {@code mayAssign}: {@code op=} is an assignment operator. */
  private void operator(Operator o, boolean mayAssign) {
    op = o;
    prec = o.prec;
    if (mayAssign) {
      assignOp();
    } else {
      tok = Token.OPERATOR;
    }
  }

  private void assignOp() {
    if (ch == '=') {
      nextch();
      tok = Token.ASSIGN_OP;
      return;
    }
    tok = Token.OPERATOR;
  }

  private void ident() {
    while (isLetter(ch) || isDecimal(ch)) {
      nextch();
    }
    if (ch >= 0x80) {
      while (atIdentChar(false)) {
        nextch();
      }
    }
    String s = segment();
    Token kw = Token.keyword(s);
    if (kw != null) {
      nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH || kw == Token.RETURN;
      tok = kw;
      return;
    }
    nlsemi = true;
    lit = s;
    tok = Token.NAME;
  }

  private boolean atIdentChar(boolean first) {
    if (Character.isLetter(ch) || ch == '_') {
      return true;
    }
    if (Character.isDigit(ch)) {
      if (first) {
        errorf("identifier cannot begin with digit " + Quote.codePoint(ch));
      }
      return true;
    }
    if (ch >= 0x80) {
      errorf("invalid character " + Quote.codePoint(ch) + " in identifier");
      return true;
    }
    return false;
  }

  private static int lower(int c) {
    return ('a' - 'A') | c;
  }

  static boolean isLetter(int c) {
    return ('a' <= lower(c) && lower(c) <= 'z') || c == '_';
  }

  static boolean isDecimal(int c) {
    return '0' <= c && c <= '9';
  }

  static boolean isHex(int c) {
    return ('0' <= c && c <= '9') || ('a' <= lower(c) && lower(c) <= 'f');
  }

  private void setLit(LitKind k, boolean ok) {
    nlsemi = true;
    tok = Token.LITERAL;
    lit = segment();
    bad = !ok;
    kind = k;
  }

  // digits returns a bit set: bit 0 a digit was present, bit 1 a '_' was present.
  private int invalidDigit;

  private int digits(int base, boolean recordInvalid) {
    int digsep = 0;
    if (base <= 10) {
      int max = '0' + base;
      while (isDecimal(ch) || ch == '_') {
        int ds = 1;
        if (ch == '_') {
          ds = 2;
        } else if (ch >= max && recordInvalid && invalidDigit < 0) {
          invalidDigit = chCol - col;
        }
        digsep |= ds;
        nextch();
      }
    } else {
      while (isHex(ch) || ch == '_') {
        digsep |= ch == '_' ? 2 : 1;
        nextch();
      }
    }
    return digsep;
  }

  private void number(boolean seenPoint) {
    boolean ok = true;
    LitKind k = LitKind.INT;
    int base = 10;
    int prefix = 0;
    int digsep = 0;
    invalidDigit = -1;

    if (!seenPoint) {
      if (ch == '0') {
        nextch();
        switch (lower(ch)) {
          case 'x' -> {
            nextch();
            base = 16;
            prefix = 'x';
          }
          case 'o' -> {
            nextch();
            base = 8;
            prefix = 'o';
          }
          case 'b' -> {
            nextch();
            base = 2;
            prefix = 'b';
          }
          default -> {
            base = 8;
            prefix = '0';
            digsep = 1; // leading 0
          }
        }
      }
      digsep |= digits(base, true);
      if (ch == '.') {
        if (prefix == 'o' || prefix == 'b') {
          errorf("invalid radix point in " + baseName(base) + " literal");
          ok = false;
        }
        nextch();
        seenPoint = true;
      }
    }
    if (seenPoint) {
      k = LitKind.FLOAT;
      digsep |= digits(base, true);
    }
    if ((digsep & 1) == 0 && ok) {
      errorf(baseName(base) + " literal has no digits");
      ok = false;
    }
    int e = lower(ch);
    if (e == 'e' || e == 'p') {
      if (ok) {
        if (e == 'e' && prefix != 0 && prefix != '0') {
          errorf(Quote.rune(ch) + " exponent requires decimal mantissa");
          ok = false;
        } else if (e == 'p' && prefix != 'x') {
          errorf(Quote.rune(ch) + " exponent requires hexadecimal mantissa");
          ok = false;
        }
      }
      nextch();
      k = LitKind.FLOAT;
      if (ch == '+' || ch == '-') {
        nextch();
      }
      digsep = digits(10, false) | (digsep & 2);
      if ((digsep & 1) == 0 && ok) {
        errorf("exponent has no digits");
        ok = false;
      }
    } else if (prefix == 'x' && k == LitKind.FLOAT && ok) {
      errorf("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (ch == 'i') {
      k = LitKind.IMAG;
      nextch();
    }
    setLit(k, ok);
    if (k == LitKind.INT && invalidDigit >= 0 && ok) {
      errorAt(invalidDigit, "invalid digit " + Quote.rune(lit.charAt(invalidDigit)) + " in " + baseName(base) + " literal");
      ok = false;
    }
    if ((digsep & 2) != 0 && ok) {
      int i = invalidSep(lit);
      if (i >= 0) {
        errorAt(i, "'_' must separate successive digits");
        ok = false;
      }
    }
    bad = !ok;
  }

  private static String baseName(int base) {
    return switch (base) {
      case 2 -> "binary";
      case 8 -> "octal";
      case 10 -> "decimal";
      default -> "hexadecimal";
    };
  }

  /** The index of the first invalid separator in {@code x}, or -1 (gc's invalidSep). */
  static int invalidSep(String x) {
    int x1 = ' ';
    int d = '.';
    int i = 0;
    if (x.length() >= 2 && x.charAt(0) == '0') {
      x1 = lower(x.charAt(1));
      if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
        d = '0';
        i = 2;
      }
    }
    for (; i < x.length(); i++) {
      int p = d;
      d = x.charAt(i);
      if (d == '_') {
        if (p != '0') {
          return i;
        }
      } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
        d = '0';
      } else {
        if (p == '_') {
          return i - 1;
        }
        d = '.';
      }
    }
    if (d == '_') {
      return x.length() - 1;
    }
    return -1;
  }

  private void rune() {
    boolean ok = true;
    nextch();
    for (int count = 0; ; count++) {
      if (ch == '\'') {
        if (ok) {
          if (count == 0) {
            errorf("empty rune literal or unescaped '");
            ok = false;
          } else if (count != 1) {
            errorAt(0, "more than one character in rune literal");
            ok = false;
          }
        }
        nextch();
        break;
      }
      if (ch == '\\') {
        nextch();
        if (!escape('\'')) {
          ok = false;
        }
        continue;
      }
      if (ch == '\n') {
        if (ok) {
          errorf("newline in rune literal");
          ok = false;
        }
        break;
      }
      if (ch < 0) {
        if (ok) {
          errorAt(0, "rune literal not terminated");
          ok = false;
        }
        break;
      }
      nextch();
    }
    setLit(LitKind.RUNE, ok);
  }

  private void stdString() {
    boolean ok = true;
    nextch();
    while (true) {
      if (ch == '"') {
        nextch();
        break;
      }
      if (ch == '\\') {
        nextch();
        if (!escape('"')) {
          ok = false;
        }
        continue;
      }
      if (ch == '\n') {
        errorf("newline in string");
        ok = false;
        break;
      }
      if (ch < 0) {
        errorAt(0, "string not terminated");
        ok = false;
        break;
      }
      nextch();
    }
    setLit(LitKind.STRING, ok);
  }

  private void rawString() {
    boolean ok = true;
    nextch();
    while (true) {
      if (ch == '`') {
        nextch();
        break;
      }
      if (ch < 0) {
        errorAt(0, "string not terminated");
        ok = false;
        break;
      }
      nextch();
    }
    setLit(LitKind.STRING, ok);
  }

  private void lineComment() {
    // don't consume '\n': it may become a semicolon
    while (ch >= 0 && ch != '\n') {
      nextch();
    }
    comments.add(new Comment(line, col, segment()));
  }

  private void fullComment() {
    while (ch >= 0) {
      while (ch == '*') {
        nextch();
        if (ch == '/') {
          nextch();
          comments.add(new Comment(line, col, segment()));
          return;
        }
      }
      nextch();
    }
    errorAt(0, "comment not terminated");
  }

  private boolean escape(int quote) {
    int count;
    int base;
    int max;
    if (ch == quote || ch == 'a' || ch == 'b' || ch == 'f' || ch == 'n' || ch == 'r' || ch == 't' || ch == 'v'
        || ch == '\\') {
      nextch();
      return true;
    }
    switch (ch) {
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        count = 3;
        base = 8;
        max = 255;
      }
      case 'x' -> {
        nextch();
        count = 2;
        base = 16;
        max = 255;
      }
      case 'u' -> {
        nextch();
        count = 4;
        base = 16;
        max = Character.MAX_CODE_POINT;
      }
      case 'U' -> {
        nextch();
        count = 8;
        base = 16;
        max = Character.MAX_CODE_POINT;
      }
      default -> {
        if (ch < 0) {
          return true; // the caller complains about the end of file
        }
        errorf("unknown escape");
        return false;
      }
    }
    long x = 0;
    for (int i = count; i > 0; i--) {
      if (ch < 0) {
        return true;
      }
      int d = base;
      if (isDecimal(ch)) {
        d = ch - '0';
      } else if ('a' <= lower(ch) && lower(ch) <= 'f') {
        d = lower(ch) - 'a' + 10;
      }
      if (d >= base) {
        errorf("invalid character " + Quote.rune(ch) + " in " + baseName(base) + " escape");
        return false;
      }
      x = x * base + d;
      nextch();
    }
    if (x > max && base == 8) {
      errorf("octal escape value " + x + " > 255");
      return false;
    }
    if (x > max || (0xD800 <= x && x < 0xE000)) {
      errorf("escape is invalid Unicode code point " + Quote.codePoint((int) Math.min(x, Integer.MAX_VALUE)));
      return false;
    }
    return true;
  }
}
