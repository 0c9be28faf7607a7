package dev.gorolab.scenario.internal;

import dev.gorolab.scenario.internal.JsonNode.JsonString;
import dev.gorolab.scenario.internal.JsonNode.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of a scenario file, for turning offsets into lines and columns.
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it is an ordinary character), and columns count
 * UTF-16 characters from 1, the way Gson's {@code JsonReader} counts them.
 */
public final class SourceText {
  private final String text;
  private final int[] lineStarts;

  /** Indexes {@code text}. */
  public SourceText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = new int[starts.size()];
    for (int i = 0; i < lineStarts.length; i++) {
      lineStarts[i] = starts.get(i);
    }
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The position of the character at {@code offset} (the text's length means end of file). */
  public Position at(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= clamped) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Position(lo + 1, clamped - lineStarts[lo] + 1, clamped);
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  public int offsetOf(int line, int column) {
    int lineIndex = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
    return Math.max(0, Math.min(lineStarts[lineIndex] + column - 1, text.length()));
  }

  /**
   * The file position of the character at {@code index} of a string's decoded value.
   *
   * <p>Walks the raw literal so that escapes such as {@code \"} keep columns exact; an index at or
   * past the end maps to the closing quote.
   */
  public Position inString(JsonString string, int index) {
    int raw = string.position().offset() + 1;
    int decoded = 0;
    while (raw < text.length() && decoded < index) {
      char c = text.charAt(raw);
      if (c == '"') {
        break;
      }
      if (c == '\\' && raw + 1 < text.length()) {
        raw += text.charAt(raw + 1) == 'u' ? 6 : 2;
      } else {
        raw++;
      }
      decoded++;
    }
    return at(raw);
  }
}
