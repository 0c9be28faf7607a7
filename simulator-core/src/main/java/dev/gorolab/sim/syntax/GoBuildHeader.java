package dev.gorolab.sim.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The check {@code go build} makes of a file's package clause and imports before the compiler
 * sees it, with that check's messages ({@code expected 'package', found 'import'}).
 *
 * <p>The go command reads the header with go/build's import reader (go1.19 go/build/read.go:
 * {@code package} name, then {@code import} specs, stopping at the first thing that is neither)
 * and parses what it read with go/parser in ImportsOnly mode; if that fails it prints go/parser's
 * first error (and how many more) and never runs the compiler. This class does both steps.
 */
final class GoBuildHeader {
  private GoBuildHeader() {}

  /** The error go build prints about the header of {@code text}, or null if the header is fine. */
  static GoError check(String fileName, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int end = new Reader(bytes).headerLength();
    String header = new String(bytes, 0, end, StandardCharsets.UTF_8);
    return new ImportsParser(header).parse(fileName);
  }

  // ---- go/build's import reader ----

  private static final class Reader {
    private final byte[] b;
    private int i; // next byte to read
    private int peek = -1; // a byte read but not consumed; -1 if none
    private boolean eof;
    private boolean syntaxError;

    Reader(byte[] b) {
      this.b = b;
    }

    /** How many bytes go build hands to go/parser as the header. */
    int headerLength() {
      readKeyword("package");
      readIdent();
      while (peekByte(true) == 'i') {
        readKeyword("import");
        if (peekByte(true) == '(') {
          nextByte(false);
          while (peekByte(true) != ')' && !syntaxError && !eof) {
            readImport();
          }
          nextByte(false);
        } else {
          readImport();
        }
      }
      if (syntaxError) {
        return b.length; // the whole file, so go/parser finds the same errors
      }
      // Stopped before the end: the last byte read told the reader it was done.
      return eof ? b.length : Math.max(0, i - 1);
    }

    private int readByte() {
      if (i >= b.length) {
        eof = true;
        return 0;
      }
      return b[i++] & 0xff;
    }

    private int peekByte(boolean skipSpace) {
      if (syntaxError) {
        return 0;
      }
      int c = peek >= 0 ? peek : readByte();
      while (!syntaxError && !eof) {
        if (skipSpace) {
          if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
            c = readByte();
            continue;
          }
          if (c == '/') {
            c = readByte();
            if (c == '/') {
              while (c != '\n' && !eof) {
                c = readByte();
              }
            } else if (c == '*') {
              int c1 = 0;
              while ((c != '*' || c1 != '/') && !syntaxError) {
                if (eof) {
                  syntaxError = true;
                }
                c = c1;
                c1 = readByte();
              }
            } else {
              syntaxError = true;
            }
            c = readByte();
            continue;
          }
        }
        break;
      }
      peek = c;
      return peek;
    }

    private int nextByte(boolean skipSpace) {
      int c = peekByte(skipSpace);
      peek = -1;
      return c;
    }

    private static boolean isIdent(int c) {
      return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '_' || c >= 0x80;
    }

    private void readKeyword(String kw) {
      peekByte(true);
      for (int k = 0; k < kw.length(); k++) {
        if (nextByte(false) != kw.charAt(k)) {
          syntaxError = true;
          return;
        }
      }
      if (isIdent(peekByte(false))) {
        syntaxError = true;
      }
    }

    private void readIdent() {
      int c = peekByte(true);
      if (!isIdent(c)) {
        syntaxError = true;
        return;
      }
      while (isIdent(peekByte(false))) {
        peek = -1;
      }
    }

    private void readString() {
      switch (nextByte(true)) {
        case '`' -> {
          while (!syntaxError) {
            if (nextByte(false) == '`') {
              break;
            }
            if (eof) {
              syntaxError = true;
            }
          }
        }
        case '"' -> {
          while (!syntaxError) {
            int c = nextByte(false);
            if (c == '"') {
              break;
            }
            if (eof || c == '\n') {
              syntaxError = true;
            }
            if (c == '\\') {
              nextByte(false);
            }
          }
        }
        default -> syntaxError = true;
      }
    }

    private void readImport() {
      int c = peekByte(true);
      if (c == '.') {
        peek = -1;
      } else if (isIdent(c)) {
        readIdent();
      }
      readString();
    }
  }

  // ---- go/parser, ImportsOnly ----

  private static final class ImportsParser {
    private static final EnumSet<Token> STMT_START = EnumSet.of(
        Token.BREAK, Token.CONST, Token.CONTINUE, Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO,
        Token.IF, Token.RETURN, Token.SELECT, Token.SWITCH, Token.TYPE, Token.VAR);

    private final Scanner s;
    private final String header;
    private final List<int[]> positions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    ImportsParser(String header) {
      this.header = header;
      // go/scanner's own lexical errors differ in wording; the compiler reports those later.
      this.s = new Scanner(header, (line, col, msg) -> {});
      s.next();
    }

    GoError parse(String fileName) {
      try {
        expect(Token.PACKAGE, "'package'");
        if (s.tok == Token.NAME) {
          s.next();
        } else {
          expect(Token.NAME, "'IDENT'");
        }
        expectSemi();
        if (messages.isEmpty()) {
          while (s.tok == Token.IMPORT) {
            genDecl();
          }
        }
      } catch (Bailout e) {
        // more than 10 errors
      }
      if (messages.isEmpty()) {
        return null;
      }
      // go/parser sorts its errors and the go command prints only the first.
      int first = 0;
      for (int k = 1; k < positions.size(); k++) {
        int[] p = positions.get(k);
        int[] q = positions.get(first);
        if (p[0] < q[0] || (p[0] == q[0] && p[1] < q[1])) {
          first = k;
        }
      }
      int[] at = positions.get(first);
      return new GoError(fileName, at[0], at[1], messages.get(first));
    }

    private static final class Bailout extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Bailout() {
        super(null, null, false, false);
      }
    }

    private void error(int line, int col, String msg) {
      int n = messages.size();
      if (n > 0 && positions.get(n - 1)[0] == line) {
        return; // go/parser drops errors on the line of the last one
      }
      if (n > 10) {
        throw new Bailout();
      }
      positions.add(new int[] {line, col});
      messages.add(msg);
    }

    /** go/parser's errorExpected at the current token. */
    private void errorExpected(String what) {
      String found;
      if (s.tok == Token.SEMI && !"semicolon".equals(s.lit)) {
        found = "newline";
      } else if (s.tok == Token.NAME || s.tok == Token.LITERAL) {
        found = s.lit;
      } else {
        found = "'" + spelling() + "'";
      }
      int line = s.line;
      int col = s.col;
      if (s.tok == Token.EOF && header.endsWith("\n")) {
        // go/token puts the end of a file that ends in a newline on that newline's line.
        String body = header.substring(0, header.length() - 1);
        line = (int) header.chars().filter(c -> c == '\n').count();
        col = body.substring(body.lastIndexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length + 2;
      }
      error(line, col, "expected " + what + ", found " + found);
    }

    /** go/token's spelling of the current token. */
    private String spelling() {
      return switch (s.tok) {
        case OPERATOR -> s.op.toString();
        case ASSIGN_OP -> s.op + "=";
        case INC_OP -> s.op.toString() + s.op;
        case SEMI -> ";";
        default -> s.tok.toString();
      };
    }

    private void expect(Token tok, String what) {
      if (s.tok != tok) {
        errorExpected(what);
      }
      s.next();
    }

    private void expectSemi() {
      if (s.tok == Token.RPAREN || s.tok == Token.RBRACE) {
        return;
      }
      switch (s.tok) {
        case COMMA -> {
          errorExpected("';'");
          s.next();
        }
        case SEMI -> s.next();
        default -> {
          errorExpected("';'");
          while (s.tok != Token.EOF && !STMT_START.contains(s.tok)) {
            s.next();
          }
        }
      }
    }

    private void genDecl() {
      expect(Token.IMPORT, "'import'");
      if (s.tok == Token.LPAREN) {
        s.next();
        while (s.tok != Token.RPAREN && s.tok != Token.EOF) {
          importSpec();
        }
        expect(Token.RPAREN, "')'");
        expectSemi();
      } else {
        importSpec();
      }
    }

    private void importSpec() {
      if (s.tok == Token.DOT || s.tok == Token.NAME) {
        s.next();
      }
      if (s.tok == Token.LITERAL && s.kind == Scanner.LitKind.STRING) {
        escapeError(s.lit, s.line, s.col);
        if (!validImport(s.lit)) {
          error(s.line, s.col, "invalid import path: " + s.lit);
        }
        s.next();
      } else {
        expect(Token.LITERAL, "'STRING'");
      }
      expectSemi();
    }

    /**
     * go/scanner's scanEscape over an interpreted string literal: its first bad escape in its words
     * ({@code illegal character U+0038 '8' in escape sequence}). The scanner reports it before the
     * parser sees the literal, so go/parser then drops its own {@code invalid import path} on that line.
     */
    private void escapeError(String lit, int line, int col) {
      if (lit.length() < 2 || !lit.startsWith("\"") || !lit.endsWith("\"")) {
        return; // raw, or not terminated: the compiler reports it
      }
      byte[] b = lit.getBytes(StandardCharsets.UTF_8);
      int end = b.length - 1; // the closing quote
      for (int i = 1; i < end; i++) {
        if (b[i] != '\\') {
          continue;
        }
        int at = i + 1; // go/scanner reports where the escape starts, after the backslash
        int n;
        int base;
        long max;
        int c = b[at] & 0xff;
        switch (c) {
          case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"' -> {
            i = at;
            continue;
          }
          case 'x' -> { n = 2; base = 16; max = 255; at++; }
          case 'u' -> { n = 4; base = 16; max = Character.MAX_CODE_POINT; at++; }
          case 'U' -> { n = 8; base = 16; max = Character.MAX_CODE_POINT; at++; }
          default -> {
            if (c < '0' || c > '7') {
              error(line, col + i + 1, "unknown escape sequence");
              return;
            }
            n = 3;
            base = 8;
            max = 255;
          }
        }
        long x = 0;
        int k = at;
        for (; n > 0; n--, k++) {
          // the literal is terminated, so a short escape meets its closing quote, an illegal digit
          int d = Character.digit(b[k] & 0xff, 16);
          if (d < 0 || d >= base) {
            int r = new String(b, k, b.length - k, StandardCharsets.UTF_8).codePointAt(0);
            error(line, col + k, "illegal character " + Quote.codePoint(r) + " in escape sequence");
            return;
          }
          x = x * base + d;
        }
        if (x > max || (0xD800 <= x && x < 0xE000)) {
          error(line, col + i + 1, "escape sequence is invalid Unicode code point");
          return;
        }
        i = k - 1;
      }
    }

    // go/parser's isValidImport
    private static boolean validImport(String lit) {
      String path = Literals.unquoteStringOrNull(lit);
      if (path == null) {
        return false; // go/parser ignores Unquote's error: the path is then empty
      }
      String illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";
      for (int k = 0; k < path.length(); ) {
        int c = path.codePointAt(k);
        k += Character.charCount(c);
        if (!Quote.isPrint(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || illegal.indexOf(c) >= 0) {
          return false;
        }
      }
      return !path.isEmpty();
    }
  }
}
