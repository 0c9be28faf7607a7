package dev.gorolab.scenario.internal;

/**
 * Every message format of the loader, in one place, each explained with a fix in
 * docs/scenario-format.md.
 */
public final class Messages {
  private Messages() {}

  // JSON syntax and limits
  public static final String EXPECTED_BUT_FOUND = "expected %s but found %s";
  public static final String TRAILING_COMMA_HINT = " (JSON allows no comma before it)";
  public static final String FOUND_SINGLE_QUOTE = "a single quote (JSON strings use double quotes)";
  public static final String FOUND_COMMENT = "a comment (JSON has no comments; use \"description\")";
  public static final String VALID_ESCAPES = "one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
  public static final String DUPLICATE_KEY = "duplicate key %s (first written at line %d column %d)";
  public static final String TOO_DEEP = "nested more than %d levels deep";
  public static final String STRING_TOO_LONG = "string longer than the limit of %,d characters";
  public static final String CONTROL_IN_STRING = "expected '\"' but found %s inside a string (write \\n for a line break)";
  public static final String FILE_TOO_LARGE = "file of %,d bytes is larger than the limit of %,d bytes";
  public static final String NOT_UTF8 = "file is not valid UTF-8 text";
  public static final String CANNOT_READ = "cannot read the file: %s";

  // Shape of the document
  public static final String UNKNOWN_KEY_SUGGEST = "unknown key %s (did you mean %s?)";
  public static final String UNKNOWN_KEY_LIST = "unknown key %s (allowed here: %s)";
  public static final String UNKNOWN_STATEMENT_SUGGEST = "unknown statement %s (did you mean %s?)";
  public static final String UNKNOWN_STATEMENT_LIST = "unknown statement %s (statements: %s)";
  public static final String EMPTY_STATEMENT = "empty statement: expected one key naming it, e.g. {\"go\": \"worker(1)\"}";
  public static final String TWO_STATEMENTS = "one statement per object: found both %s and %s";
  public static final String MISSING_KEY = "missing key %s";
  public static final String MISSING_KEY_OF = "missing key %s of the %s statement";
  public static final String VERSION = "unsupported format version %s (this GoroLab reads \"gorolab\": 1)";
  public static final String GOMAXPROCS_RANGE = "gomaxprocs must be a whole number 1..256, found %s";
  public static final String NUMCPU_RANGE = "numcpu must be a whole number 1..256, found %s";
  public static final String SEED_RANGE = "seed must be a whole number 0..9223372036854775807, found %s";
  public static final String LINE_RANGE = "line must be a whole number from 1, found %s";
  public static final String LINE_PAST_END = "line %d is past the end of %s (%d lines)";
  public static final String SOURCE_BOTH = "source takes \"file\" or \"text\", not both";
  public static final String SOURCE_NEITHER = "source needs \"file\" (a Go file next to the scenario) or \"text\"";
  public static final String SOURCE_OUTSIDE = "source file %s must be inside the scenario's folder (no absolute path, no \"..\")";
  public static final String SOURCE_MISSING = "source file %s not found next to %s";
  public static final String SOURCE_NAME_WITH_FILE = "\"name\" is only for inline \"text\"; the file's own name is shown";
  public static final String FUNCTIONS_EMPTY = "function main is undeclared in the main package";
  public static final String FUNCTION_REDECLARED = "%s redeclared in this block (first declared at line %d)";
  public static final String MAIN_SIGNATURE = "func main must have no arguments and no return values";
  public static final String NAME_RESERVED = "cannot declare %s: it is a keyword or a predeclared name GoroLab needs";
  public static final String GO_NOT_CALL = "expression in %s must be function call";
  public static final String FUNC_NEEDS_BODY = "a function literal needs \"body\": %s";
  public static final String BODY_NEEDS_FUNC = "\"body\" belongs to a function literal: write \"func\": \"func()\" beside it";
  public static final String ARGS_NEED_BODY = "\"args\" belongs to a function literal: put the arguments inside the call, e.g. \"worker(1, 2)\"";
  public static final String LET_NEEDS_VALUE = "let needs \"value\", or \"func\" with \"body\"";
  public static final String LET_VALUE_AND_FUNC = "let takes \"value\" or \"func\", not both";
  public static final String VAR_NEEDS_TYPE_OR_VALUE = "var needs \"type\", \"value\", or both";
  public static final String BREAK_VALUE = "expected true or a label but found %s";
  public static final String CASE_SHAPE = "expected a case {\"case\": \"v := <-ch\", \"body\": [...]} or {\"default\": [...]} but found %s";
  public static final String SELECT_MULTIPLE_DEFAULTS = "multiple defaults in select (first at line %d)";
  public static final String DURATION_NO_UNIT = "a duration needs a unit: write \"%ss\", \"%sms\" or \"%s * time.Second\" (a bare %s is %s nanoseconds)";
  public static final String DURATION_BAD = "invalid duration %s (write a number and a unit: ns, us, ms, s, m, h, e.g. \"1.5s\")";
  public static final String DURATION_NOT_STRING = "expected a duration string such as \"2s\" or \"500ms\" but found %s";
  public static final String MAKE_ONE_NAME = "make declares one name, found %d";
  public static final String VAR_STATEMENT_EXPECTED = "package-level declarations are var statements, found %s";
  public static final String SOURCE_UNREADABLE = "cannot read source file %s: %s";
  public static final String OP_INVALID = "op must be one of %s, found %s";

  /** {@code expected X but found Y}. */
  public static String expectedButFound(String expected, String found) {
    return String.format(EXPECTED_BUT_FOUND, expected, found);
  }
}
