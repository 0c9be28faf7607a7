package dev.gorolab.scenario.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gorolab.scenario.internal.JsonNode.JsonArray;
import dev.gorolab.scenario.internal.JsonNode.JsonObject;
import dev.gorolab.scenario.internal.JsonNode.JsonString;
import dev.gorolab.scenario.internal.JsonTreeReader.Problem;
import dev.gorolab.scenario.internal.JsonTreeReader.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

  private static Result read(String text) {
    return JsonTreeReader.read(new SourceText(text));
  }

  private static String firstProblem(String text) {
    Result result = read(text);
    assertNull(result.root(), "expected a syntax error");
    Problem p = result.problems().get(0);
    return p.position().line() + ":" + p.position().column() + ": " + p.path() + ": " + p.message();
  }

  @Test
  void nodes_rememberLineColumnAndPath() {
    JsonObject root = (JsonObject) read("{\n  \"a\": [1,\n    \"x\"],\n  \"f(x int)\": {}\n}").root();
    JsonArray a = (JsonArray) root.get("a");
    assertEquals("2:8 $.a", a.position().line() + ":" + a.position().column() + " " + a.path());
    JsonString x = (JsonString) a.elements().get(1);
    assertEquals("3:5 $.a[1]", x.position().line() + ":" + x.position().column() + " " + x.path());
    assertEquals("$.f", root.get("f(x int)").path());
    assertEquals(4, root.member("f(x int)").keyPosition().line());
    assertEquals(3, root.member("f(x int)").keyPosition().column());
  }

  @Test
  void inString_mapsDecodedIndexToFileColumn_acrossEscapes() {
    SourceText source = new SourceText("{\"e\": \"\\\"a\\\" + b\"}");
    JsonObject root = (JsonObject) JsonTreeReader.read(source).root();
    JsonString e = (JsonString) root.get("e");
    assertEquals("\"a\" + b", e.value());
    // decoded index 6 is 'b'; 'b' is at column 16 of the raw text
    assertEquals(16, source.inString(e, 6).column());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\": [1,]}|1:10: $.a[1]: expected a value but found ']' (JSON allows no comma before it)",
        "{\"a\": 1,}|1:9: $: expected a key in double quotes but found '}' (JSON allows no comma before it)",
        "{\"a\" 1}|1:6: $.a: expected ':' but found '1'",
        "{a: 1}|1:2: $: expected a key in double quotes or '}' but found 'a'",
        "{\"a\": 01}|1:7: $.a: expected a number but found '01'",
        "{\"a\": \"x|1:9: $.a: expected '\"' but found end of file",
        "{\"a\": 'x'}|1:7: $.a: expected a value but found a single quote (JSON strings use double quotes)",
        "{\"a\": tru}|1:7: $.a: expected a value but found 'tru'",
        "{\"a\": 1} x|1:10: $: expected end of file but found 'x'",
        "{\"a\": [1 2]}|1:10: $.a[0]: expected ',' or ']' but found '2'",
        "{\"a\": 1|1:8: $.a: expected ',' or '}' but found end of file",
        "{\"a\": \"\\q\"}|1:8: $.a: expected one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX but found '\\q'",
        "// c|1:1: $: expected '{' but found a comment (JSON has no comments; use \"description\")",
        "{\"a\": 1 \"b\": 2}|1:9: $.a: expected ',' or '}' but found '\"'",
        "{\"a\": 1, \"a\": 2}|1:10: $.a: duplicate key \"a\" (first written at line 1 column 2)",
      })
  void syntaxErrors_sayWhatWasExpectedAndFound(String json, String expected) {
    Result result = read(json);
    Problem p = result.problems().get(0);
    assertEquals(expected, p.position().line() + ":" + p.position().column() + ": " + p.path() + ": " + p.message());
  }

  @Test
  void rawLineBreakInString_isRejected() {
    Result result = read("{\"a\": \"x\ny\"}");
    assertEquals(
        "1:9: expected '\"' but found a line break inside a string (write \\n for a line break)",
        result.problems().get(0).position().line() + ":" + result.problems().get(0).position().column() + ": " + result.problems().get(0).message());
  }

  @Test
  void deepNesting_stopsWithLimitMessage() {
    String json = "{\"a\": " + "[".repeat(100) + "]".repeat(100) + "}";
    assertEquals("1:70: $.a" + "[0]".repeat(63) + ": nested more than 64 levels deep", firstProblem(json));
  }
}
