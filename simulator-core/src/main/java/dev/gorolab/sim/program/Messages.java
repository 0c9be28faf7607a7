package dev.gorolab.sim.program;

/**
 * Every message format of the scenario language, in one place so tests and docs can quote them.
 * Where the Go compiler (gc, go1.19) has a message for the same mistake, the wording is gc's.
 */
public final class Messages {
  private Messages() {}

  // ---- syntax (ExprParser); "unexpected X, expecting Y" is gc's shape ----
  public static final String SYNTAX_UNEXPECTED = "syntax error: unexpected %s, expecting %s";
  public static final String SYNTAX_UNEXPECTED_AFTER = "syntax error: unexpected %s at end of expression";
  public static final String SYNTAX_INVALID_CHARACTER = "invalid character U+%04X";
  public static final String SYNTAX_STRING_NOT_TERMINATED = "string literal not terminated";
  public static final String SYNTAX_RUNE_NOT_TERMINATED = "rune literal not terminated";
  public static final String SYNTAX_UNKNOWN_ESCAPE = "unknown escape sequence";
  public static final String SYNTAX_EXPONENT_HAS_NO_DIGITS = "exponent has no digits";
  public static final String SYNTAX_BAD_NUMBER = "invalid number %s";
  public static final String SYNTAX_BAD_DURATION = "time: invalid duration \"%s\"";
  public static final String SYNTAX_CANNOT_DECLARE_IN_POST = "syntax error: cannot declare in post statement of for loop";
  public static final String SYNTAX_NON_NAME_ON_LEFT_OF_DEFINE = "non-name on left side of :=";
  public static final String SYNTAX_ASSIGN_OP_NEEDS_ONE = "syntax error: unexpected %s, expecting := or = or comma";
  public static final String SYNTAX_RANGE_TOO_MANY_VARIABLES = "range clause permits at most two iteration variables";
  public static final String SYNTAX_SELECT_CASE_NOT_COMM =
      "select case must be receive, send or assign recv (e.g. \"v := <-ch\", \"v, ok := <-ch\", \"<-ch\", \"ch <- v\")";
  public static final String SYNTAX_POINTERS_UNSUPPORTED = "pointers are not supported in scenarios (unexpected %s)";
  public static final String SYNTAX_FUNC_LIT_IN_STRING =
      "a function literal needs a body: write it as a JSON object with \"func\" and \"body\"";
  public static final String SYNTAX_ARRAYS_UNSUPPORTED = "arrays are not supported in scenarios, use a slice []T";
  public static final String SYNTAX_UNKNOWN_TYPE =
      "unsupported type %s (supported: int, float64, string, bool, chan T, []T, func(...), time.Duration,"
          + " time.Time, sync.WaitGroup, sync.Mutex)";
  public static final String SYNTAX_MIXED_PARAMS = "syntax error: mixed named and unnamed parameters";
  public static final String SYNTAX_PARAM_WITHOUT_TYPE = "syntax error: parameter %s has no type";

  public static final String EXPECTING_EXPRESSION = "expression";
  public static final String EXPECTING_NAME = "name";
  public static final String EXPECTING_TYPE = "type";
  public static final String EXPECTING_CHAN = "chan";
  public static final String EXPECTING_STATEMENT = "statement";
  public static final String EXPECTING_RANGE = "range clause";
  public static final String EXPECTING_RANGE_ASSIGN = ":= or =";
  public static final String EXPECTING_RANGE_KEYWORD = "range";
  public static final String EXPECTING_COMM = "send or receive";
  public static final String EXPECTING_COLON_EQUALS = ":= or = or comma";
  public static final String EXPECTING_COMMA_OR_PAREN = "comma or )";
  public static final String EXPECTING_COMMA_OR_BRACE = "comma or }";
}
