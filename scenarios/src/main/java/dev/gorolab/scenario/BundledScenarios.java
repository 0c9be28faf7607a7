package dev.gorolab.scenario;

import dev.gorolab.scenario.internal.JsonNode;
import dev.gorolab.scenario.internal.JsonNode.JsonArray;
import dev.gorolab.scenario.internal.JsonNode.JsonObject;
import dev.gorolab.scenario.internal.JsonNode.JsonString;
import dev.gorolab.scenario.internal.JsonTreeReader;
import dev.gorolab.scenario.internal.SourceText;
import dev.gorolab.scenario.internal.StatementKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios shipped with GoroLab, in the order of {@code library/index.json}.
 *
 * <p>The library is part of the build: a broken index or scenario is a bug of GoroLab, so this
 * class throws unchecked exceptions for it, and a test loads every entry.
 */
public final class BundledScenarios {
  /** Class-path folder of the library. */
  public static final String LIBRARY = "/dev/gorolab/scenario/library/";

  /** Class-path location of the index. */
  public static final String INDEX = LIBRARY + "index.json";

  private static final List<String> ENTRY_KEYS = List.of("id", "path", "description", "large", StatementKeys.NOTE);

  private BundledScenarios() {}

  /**
   * One entry of the library.
   *
   * @param id short stable name, e.g. {@code cake}
   * @param resourcePath class-path location of the scenario file
   * @param description one line for the gallery
   * @param large whether recording it takes seconds (100,000 goroutines): tests record it once
   */
  public record Entry(String id, String resourcePath, String description, boolean large) {
    /** An entry of ordinary size. */
    public Entry(String id, String resourcePath, String description) {
      this(id, resourcePath, description, false);
    }

    /** Loads and checks this scenario; its {@link Scenario#id()} is the entry's id. */
    public Scenario load() {
      try {
        return ScenarioLoader.withId(ScenarioLoader.loadResource(resourcePath), id);
      } catch (ScenarioException e) {
        throw new IllegalStateException("bundled scenario " + id + " does not load:\n" + e.getMessage(), e);
      }
    }
  }

  /** The library's entries, in index order. */
  public static List<Entry> list() {
    String text;
    try (InputStream in = BundledScenarios.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("missing " + INDEX + " on the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonTreeReader.Result tree = JsonTreeReader.read(new SourceText(text));
    if (tree.root() == null) {
      throw new IllegalStateException(INDEX + ": " + tree.problems());
    }
    JsonObject root = (JsonObject) tree.root();
    JsonNode scenarios = root.get("scenarios");
    if (!(scenarios instanceof JsonArray array)) {
      throw new IllegalStateException(INDEX + ": expected \"scenarios\": [ ... ]");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (JsonNode node : array.elements()) {
      if (!(node instanceof JsonObject o)) {
        throw new IllegalStateException(INDEX + ": " + node.path() + " is not an object");
      }
      for (JsonNode.Member m : o.members()) {
        if (!ENTRY_KEYS.contains(m.key())) {
          throw new IllegalStateException(INDEX + ": " + m.value().path() + ": unknown key " + m.key());
        }
      }
      String id = string(o, "id");
      if (ids.contains(id)) {
        throw new IllegalStateException(INDEX + ": " + o.path() + ": duplicate id " + id);
      }
      ids.add(id);
      boolean large = false;
      if (o.get("large") != null) {
        if (!(o.get("large") instanceof JsonNode.JsonBoolean b)) {
          throw new IllegalStateException(INDEX + ": " + o.path() + ": \"large\" must be true or false");
        }
        large = b.value();
      }
      entries.add(new Entry(id, LIBRARY + string(o, "path"), string(o, "description"), large));
    }
    return List.copyOf(entries);
  }

  /** The entry with {@code id}, or {@code null}. */
  public static Entry find(String id) {
    for (Entry e : list()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  private static String string(JsonObject o, String key) {
    if (o.get(key) instanceof JsonString s && !s.value().isBlank()) {
      return s.value();
    }
    throw new IllegalStateException(INDEX + ": " + o.path() + ": missing string \"" + key + "\"");
  }
}
