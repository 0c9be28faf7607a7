package dev.gorolab.scenario.cli;

import dev.gorolab.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes events as JSON lines for {@code --trace}: {@code {"step":0,"type":"GoroutineCreated",...}}
 * with every record component in declaration order, so the file is as deterministic as the trace.
 */
final class JsonLinesWriter implements AutoCloseable {
  private final BufferedWriter writer;

  private JsonLinesWriter(BufferedWriter writer) {
    this.writer = writer;
  }

  static JsonLinesWriter open(Path path) {
    try {
      return new JsonLinesWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GoroLabCli.UsageException("cannot write trace file " + path + ": " + reason(path, e));
    }
  }

  /** Why a file cannot be written, in words: the JDK's messages of these exceptions are only the path. */
  static String reason(Path path, IOException e) {
    Path folder = path.toAbsolutePath().getParent();
    if (e instanceof java.nio.file.NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
      return "the folder " + folder + " does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  void write(long step, Event event) {
    StringBuilder line = new StringBuilder(128);
    line.append("{\"step\":").append(step).append(",\"type\":\"").append(event.getClass().getSimpleName()).append('"');
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      line.append(",\"").append(c.getName()).append("\":");
      appendValue(line, read(c, event));
    }
    line.append("}\n");
    try {
      writer.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(RecordComponent c, Event event) {
    try {
      return c.getAccessor().invoke(event);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + event, e);
    }
  }

  private static void appendValue(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        appendValue(out, list.get(i));
      }
      out.append(']');
    } else {
      appendString(out, v.toString());
    }
  }

  private static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
