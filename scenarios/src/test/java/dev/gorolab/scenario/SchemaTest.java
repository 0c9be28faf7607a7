package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gorolab.scenario.internal.StatementKeys;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON schema and the loader accept the same keys, so that neither can drift. */
class SchemaTest {
  private static JsonObject schema;
  private static JsonObject defs;

  @BeforeAll
  static void readSchema() throws Exception {
    try (Reader in =
        new InputStreamReader(
            SchemaTest.class.getResourceAsStream("/dev/gorolab/scenario/scenario.schema.json"),
            StandardCharsets.UTF_8)) {
      schema = JsonParser.parseReader(in).getAsJsonObject();
    }
    defs = schema.getAsJsonObject("$defs");
  }

  private static TreeSet<String> keys(JsonObject object) {
    return new TreeSet<>(object.getAsJsonObject("properties").keySet());
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array) {
      out.add(e.getAsString());
    }
    return out;
  }

  @Test
  void statementKinds_areTheSameInSchemaAndLoader() {
    TreeSet<String> inSchema = new TreeSet<>();
    for (JsonElement ref : defs.getAsJsonObject("statement").getAsJsonArray("oneOf")) {
      inSchema.add(ref.getAsJsonObject().get("$ref").getAsString().replace("#/$defs/stmt-", ""));
    }
    assertEquals(new TreeSet<>(StatementKeys.kinds().keySet()), inSchema);
  }

  @Test
  void everyStatementKind_hasTheSameKeysAndRequiredKeys() {
    for (StatementKeys.Kind kind : StatementKeys.kinds().values()) {
      JsonObject def = defs.getAsJsonObject("stmt-" + kind.key());
      assertEquals(new TreeSet<>(kind.allKeys()), keys(def), kind.key());
      List<String> required = new ArrayList<>();
      required.add(kind.key());
      required.addAll(kind.required());
      assertEquals(required, strings(def.getAsJsonArray("required")), kind.key());
      assertEquals(false, def.get("additionalProperties").getAsBoolean(), kind.key());
    }
  }

  @Test
  void topLevelKeys_areTheSameInSchemaAndLoader() {
    assertEquals(new TreeSet<>(StatementKeys.TOP_LEVEL), keys(schema));
  }

  @Test
  void sourceCaseDefaultAndFunctionKeys_areTheSameInSchemaAndLoader() {
    TreeSet<String> source = new TreeSet<>();
    for (JsonElement alt : schema.getAsJsonObject("properties").getAsJsonObject("source").getAsJsonArray("oneOf")) {
      source.addAll(keys(alt.getAsJsonObject()));
    }
    assertEquals(new TreeSet<>(StatementKeys.SOURCE), source);
    assertEquals(new TreeSet<>(StatementKeys.CASE), keys(defs.getAsJsonObject("case")));
    assertEquals(new TreeSet<>(StatementKeys.DEFAULT), keys(defs.getAsJsonObject("default")));
    JsonObject functionObject = defs.getAsJsonObject("function").getAsJsonArray("oneOf").get(1).getAsJsonObject();
    assertEquals(new TreeSet<>(StatementKeys.FUNCTION), keys(functionObject));
  }

  @Test
  void schema_declaresDraft2020_12() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").getAsString());
  }
}
