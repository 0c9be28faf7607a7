package dev.gorolab.scenario.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of the format: every statement kind with its fields, and the keys of the other objects.
 *
 * <p>The loader and the JSON schema must agree on these; a test compares them.
 */
public final class StatementKeys {
  private StatementKeys() {}

  /** A key allowed on every object, for the lecturer's own notes (JSON has no comments). */
  public static final String NOTE = "//";

  /** The Go source line a statement stands for. */
  public static final String LINE = "line";

  /** The fields of one statement kind besides its naming key, {@link #LINE} and {@link #NOTE}. */
  public record Kind(String key, List<String> required, List<String> optional) {
    /** Every key this kind accepts, naming key first. */
    public List<String> allKeys() {
      List<String> all = new ArrayList<>();
      all.add(key);
      all.addAll(required);
      all.addAll(optional);
      all.add(LINE);
      all.add(NOTE);
      return all;
    }
  }

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  private static void kind(String key, List<String> required, List<String> optional) {
    KINDS.put(key, new Kind(key, required, optional));
  }

  static {
    kind("var", List.of(), List.of("type", "value"));
    kind("let", List.of(), List.of("value", "func", "body"));
    kind("set", List.of("value"), List.of("op"));
    kind("do", List.of(), List.of());
    kind("call", List.of(), List.of());
    kind("make", List.of("type"), List.of("cap"));
    kind("send", List.of("value"), List.of());
    kind("recv", List.of(), List.of("into"));
    kind("close", List.of(), List.of());
    kind("print", List.of(), List.of());
    kind("printf", List.of(), List.of());
    kind("sleep", List.of(), List.of());
    kind("work", List.of(), List.of());
    kind("syscall", List.of(), List.of());
    kind("go", List.of(), List.of("args", "body"));
    kind("defer", List.of(), List.of("args", "body"));
    kind("if", List.of("then"), List.of("init", "else"));
    kind("for", List.of("body"), List.of("label"));
    kind("select", List.of(), List.of("label"));
    kind("break", List.of(), List.of());
    kind("continue", List.of(), List.of());
    kind("return", List.of(), List.of());
    kind("panic", List.of(), List.of());
    kind("block", List.of(), List.of());
  }

  /** Statement kinds in documentation order. */
  public static Map<String, Kind> kinds() {
    return Collections.unmodifiableMap(KINDS);
  }

  /** Keys of the top-level object. */
  public static final List<String> TOP_LEVEL =
      List.of(
          "gorolab", "title", "description", "whatToWatch", "gomaxprocs", "numcpu", "seed", "source", "vars",
          "functions", NOTE);

  /** Keys of {@code source}. */
  public static final List<String> SOURCE = List.of("file", "text", "name", NOTE);

  /** Keys of a function written as an object rather than a bare body. */
  public static final List<String> FUNCTION = List.of("body", LINE, NOTE);

  /** Keys of a {@code select} case. */
  public static final List<String> CASE = List.of("case", "body", LINE, NOTE);

  /** Keys of a {@code select} default. */
  public static final List<String> DEFAULT = List.of("default", LINE, NOTE);
}
