package dev.gorolab.model;

import java.util.function.Function;

/**
 * What a channel's contents log keeps for a buffered value, and how a snapshot shows it: the
 * value itself when it cannot change (formatted only when a state is read), else its formatting
 * at send time, so that a slice written after the send does not rewrite the buffer's history.
 */
final class BufferedValues {
  /** A value formatted once, when it entered the buffer, because it might change in place later. */
  private record Rendered(String text) {}

  /** Formats a kept value as Go's %v with strings quoted. */
  static final Function<Object, String> FORMAT = v -> v instanceof Rendered r ? r.text() : GoRuntime.render(v);

  private BufferedValues() {}

  static Object kept(Object v) {
    if (v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Double
        || v instanceof Boolean || v instanceof Character) {
      return v;
    }
    return new Rendered(GoRuntime.render(v));
  }

  static boolean isRendered(Object kept) {
    return kept instanceof Rendered;
  }
}
