package dev.gorolab.scenario.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential test: on real scenario files, the position-tracking reader agrees with Gson. */
class JsonTreeReaderAgainstGsonTest {

  static Stream<Path> validFiles() throws Exception {
    Path test = Path.of(JsonTreeReaderAgainstGsonTest.class.getResource("/good").toURI()).getParent();
    Path library = Path.of(JsonTreeReaderAgainstGsonTest.class.getResource("/dev/gorolab/scenario/library").toURI());
    try (Stream<Path> good = Files.walk(test.resolve("good"));
        Stream<Path> lib = Files.walk(library);
        Stream<Path> broken = Files.list(test.resolve("broken"))) {
      List<Path> all =
          Stream.concat(Stream.concat(good, lib), broken.filter(p -> !p.getFileName().toString().startsWith("json-")))
              .filter(p -> p.toString().endsWith(".json"))
              .sorted()
              .toList();
      return all.stream();
    }
  }

  static Stream<Path> syntaxErrorFiles() throws Exception {
    Path broken = Path.of(JsonTreeReaderAgainstGsonTest.class.getResource("/broken").toURI());
    // Gson accepts these on purpose: duplicate keys, raw line breaks and deep nesting; and a
    // top-level array is valid JSON that the scenario format does not accept.
    List<String> gsonAccepts =
        List.of(
            "json-duplicate-key.json",
            "json-line-break-in-string.json",
            "json-too-deep.json",
            "json-top-level-array.json");
    try (Stream<Path> files = Files.list(broken)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("json-") && p.toString().endsWith(".json"))
          .filter(p -> !gsonAccepts.contains(p.getFileName().toString()))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static JsonElement toGson(JsonNode node) {
    if (node instanceof JsonNode.JsonObject o) {
      com.google.gson.JsonObject out = new com.google.gson.JsonObject();
      o.members().forEach(m -> out.add(m.key(), toGson(m.value())));
      return out;
    }
    if (node instanceof JsonNode.JsonArray a) {
      com.google.gson.JsonArray out = new com.google.gson.JsonArray();
      a.elements().forEach(e -> out.add(toGson(e)));
      return out;
    }
    if (node instanceof JsonNode.JsonString s) {
      return new JsonPrimitive(s.value());
    }
    if (node instanceof JsonNode.JsonNumber n) {
      // Gson's own kind of number, compared as Gson compares it: BigDecimal refuses 1e99999999999.
      return new JsonPrimitive(new com.google.gson.internal.LazilyParsedNumber(n.literal()));
    }
    if (node instanceof JsonNode.JsonBoolean b) {
      return new JsonPrimitive(b.value());
    }
    return JsonNull.INSTANCE;
  }

  private static JsonElement gsonStrict(String text) throws Exception {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    JsonElement element = Streams.parse(reader);
    if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
      throw new IllegalStateException("text after the document");
    }
    return element;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void validJson_readsToTheSameTreeAsGson(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonTreeReader.Result ours = JsonTreeReader.read(new SourceText(text));
    assertNotNull(ours.root(), () -> ours.problems().toString());
    assertEquals(gsonStrict(text), toGson(ours.root()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrorFiles")
  void syntaxErrors_areRejectedByGsonToo(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertNull(JsonTreeReader.read(new SourceText(text)).root());
    assertThrows(Exception.class, () -> gsonStrict(text));
  }
}
