package dev.gorolab.sim.program;

/**
 * Every message format of the scenario language, in one place so tests and docs can quote them.
 * Where the Go compiler (gc, go1.19) has a message for the same mistake, the wording is gc's.
 */
public final class Messages {
  private Messages() {}

  // ---- syntax (ExprParser); "unexpected X, expecting Y" is gc's shape ----
  /** Past {@link ExprParser#MAX_NESTING}; GoroLab's limit (Go's parser has none, go/parser 100,000). */
  public static final String SYNTAX_TOO_DEEP =
      "expression nested more than %d levels deep: split it into variables";
  /** go1.19 types2, for {@code _} where a value is read ({@code x := _}, {@code _++}, {@code _ += 1}). */
  public static final String BLANK_AS_VALUE = "cannot use _ as value or type";
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
  public static final String SYNTAX_POINTERS_UNSUPPORTED = "pointers are supported only as *sync.WaitGroup and *sync.Mutex (unexpected %s)";
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

  // ---- checker (ProgramChecker); gc's words where gc has them ----
  public static final String UNDEFINED = "undefined: %s";
  public static final String UNDEFINED_WITH_DECLARED = "undefined: %s (declared: %s)";
  public static final String UNDEFINED_FUNCTION = "undefined: %s (declared functions: %s)";
  public static final String UNKNOWN_CHANNEL = "unknown channel \"%s\" (declared: %s)";
  public static final String UNDEFINED_MEMBER = "undefined: %s.%s";
  public static final String UNDEFINED_METHOD = "%s.%s undefined (type %s has no field or method %s)";
  public static final String NOT_ENOUGH_ARGUMENTS = "not enough arguments in call to %s (have %d, want %d)";
  public static final String TOO_MANY_ARGUMENTS = "too many arguments in call to %s (have %d, want %d)";
  /** gc's argument count error for Go files: "too many"/"not enough", the callee, have and want. */
  public static final String GO_ARGUMENT_COUNT = "%s arguments in call to %s\n\thave %s\n\twant %s";
  /** gc's return count error for Go files: "too many"/"not enough", have and want. */
  public static final String GO_RETURN_COUNT = "%s return values\n\thave %s\n\twant %s";
  public static final String GO_CANNOT_MAKE = "invalid argument: cannot make %s; type must be slice, map, or channel";
  public static final String GO_BUILTIN_NOT_MODELED = "GoroLab does not model %s %s(...) yet";
  public static final String GO_LIBRARY_CALL_NOT_MODELED =
      "GoroLab does not model go statements calling %s yet (wrap the call in a function literal)";
  public static final String CANNOT_USE = "cannot use %s as %s value in %s";
  public static final String CANNOT_USE_TRUNCATED = "cannot use %s as %s value in %s (truncated)";
  public static final String MISMATCHED_TYPES = "invalid operation: %s (mismatched types %s and %s)";
  public static final String OPERATOR_NOT_DEFINED = "invalid operation: operator %s not defined on %s";
  public static final String DIVISION_BY_ZERO = "invalid operation: division by zero";
  public static final String SEND_TO_NON_CHANNEL = "invalid operation: cannot send to non-channel %s";
  public static final String SEND_TO_RECEIVE_ONLY = "invalid operation: cannot send to receive-only channel %s";
  public static final String RECEIVE_FROM_NON_CHANNEL = "invalid operation: cannot receive from non-channel %s";
  public static final String RECEIVE_FROM_SEND_ONLY = "invalid operation: cannot receive from send-only channel %s";
  public static final String CLOSE_NON_CHANNEL = "invalid operation: cannot close non-channel %s";
  public static final String CLOSE_RECEIVE_ONLY = "invalid operation: cannot close receive-only channel %s";
  public static final String MISSING_MAIN = "function main is undeclared in the main package";
  public static final String MAIN_SIGNATURE = "func main must have no arguments and no return values";
  public static final String REDECLARED = "%s redeclared in this block";
  /** The second line of gc's redeclaration error; its position is {@code line:col}, without file. */
  public static final String GO_OTHER_DECLARATION = "\n\t%s: other declaration of %s";
  public static final String NO_NEW_VARIABLES = "no new variables on left side of :=";
  public static final String DECLARED_NOT_USED = "%s declared but not used";
  public static final String BREAK_OUTSIDE = "break is not in a loop, switch, or select";
  public static final String CONTINUE_OUTSIDE = "continue is not in a loop";
  public static final String INVALID_BREAK_LABEL = "invalid break label %s";
  public static final String INVALID_CONTINUE_LABEL = "invalid continue label %s";
  public static final String MISSING_RETURN = "missing return";
  public static final String TOO_MANY_RETURN_VALUES = "too many return values (have %d, want %d)";
  public static final String NOT_ENOUGH_RETURN_VALUES = "not enough return values (have %d, want %d)";
  public static final String ASSIGNMENT_MISMATCH = "assignment mismatch: %d variable%s but %s";
  public static final String NON_BOOLEAN_CONDITION = "non-boolean condition in %s statement";
  public static final String NOT_USED = "%s is not used";
  public static final String NO_VALUE_USED_AS_VALUE = "%s (no value) used as value";
  public static final String CANNOT_ASSIGN = "cannot assign to %s (neither addressable nor a map index expression)";
  public static final String CANNOT_RANGE = "cannot range over %s";
  public static final String RANGE_CHANNEL_ONE_VARIABLE = "range over %s permits only one iteration variable";
  public static final String NOT_A_FUNCTION = "invalid operation: cannot call non-function %s";
  public static final String NOT_A_TYPE = "%s is not a type";
  public static final String NOT_AN_EXPRESSION = "%s is not an expression";
  public static final String USE_OF_PACKAGE = "use of package %s without selector";
  public static final String GO_NEEDS_CALL = "expression in %s must be function call";
  public static final String GO_LIBRARY_CALL =
      "%s of %s is not supported in scenarios: wrap it in a function literal";
  public static final String CANNOT_INDEX = "invalid operation: cannot index %s";
  public static final String CANNOT_SLICE = "cannot slice %s";
  public static final String INDEX_NOT_INTEGER = "invalid argument: index %s must be integer";
  public static final String NEGATIVE_INDEX = "invalid argument: index %s (constant of type int) must not be negative";
  public static final String APPEND_FIRST_ARG = "invalid argument: %s is not a slice";
  public static final String INVALID_ARGUMENT_FOR = "invalid argument: %s for %s";
  public static final String MAKE_NEEDS_TYPE = "%s is not a type";
  public static final String MAKE_SLICE_NEEDS_LEN = "invalid operation: %s expects 2 or 3 arguments; found 1";
  public static final String CONSTANT_OVERFLOWS = "%s overflows %s";
  /** gc (types2 MakeFromLiteral) for a float literal whose exponent is out of range. */
  public static final String MALFORMED_CONSTANT = "malformed constant: %s";
  public static final String CONSTANT_TRUNCATED = "%s truncated to %s";
  public static final String CANNOT_USE_OVERFLOWS = "cannot use %s as %s value in %s (overflows)";
  public static final String NEGATIVE_SHIFT_COUNT = "invalid shift count %s (must be non-negative)";
  public static final String INVALID_RECEIVER = "invalid receiver type %s";
  public static final String INVALID_RECEIVER_KIND = "invalid receiver type %s (%s or interface type)";
  public static final String METHOD_REDECLARED = "method %s.%s already declared";
  public static final String FIELD_AND_METHOD = "field and method with the same name %s";
  public static final String NOT_CONSTANT = "%s is not constant";
  public static final String MISSING_CONST_INIT = "missing init expr for const declaration";
  public static final String EXTRA_CONST_INIT = "extra init expr";
  public static final String CANNOT_CONVERT = "cannot convert %s to type %s";
  public static final String CANNOT_TAKE_ADDRESS = "invalid operation: cannot take address of %s";
  public static final String CANNOT_INDIRECT = "invalid operation: cannot indirect %s";
  public static final String CANNOT_CALL_POINTER_METHOD = "cannot call pointer method %s on %s";
  public static final String ADDRESS_ONLY_SYNC = "&%s: taking the address is supported only for sync.WaitGroup and sync.Mutex variables";
  public static final String PRINTF_FORMAT_NOT_STRING = "non-string format %s in call to fmt.Printf";
  public static final String MULTI_VALUE_IN_SINGLE_CONTEXT = "multiple-value %s (value of type %s) in single-value context";
  public static final String ASSIGN_OP_MISMATCH = "assignment operator %s requires single-valued expressions";
  public static final String NOT_A_DURATION_STRING =
      "cannot use %s as time.Duration value in %s (write a duration like \"2s\" or 2 * time.Second)";
  public static final String COMPOSITE_NOT_SLICE = "invalid composite literal type %s";
  public static final String FUNC_VALUE_COMPARE = "invalid operation: %s (func can only be compared to nil)";
  public static final String SELECT_CASE_NOT_COMM = "select case must be receive, send or assign recv";
  /** go1.19: {@code label L already defined at ./main.go:4:1}; here the line and column of the first. */
  public static final String LABEL_REDEFINED = "label %s already defined at %d:%d";
}
