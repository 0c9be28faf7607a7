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

  /** {@code expected X but found Y}. */
  public static String expectedButFound(String expected, String found) {
    return String.format(EXPECTED_BUT_FOUND, expected, found);
  }
}
