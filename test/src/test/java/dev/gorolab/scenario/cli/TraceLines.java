package dev.gorolab.scenario.cli;

import dev.gorolab.sim.trace.Trace;
import java.nio.file.Path;

/** Writes a trace recorded in the app as {@code gorolab run --trace} writes one, for byte comparisons. */
public final class TraceLines {
  private TraceLines() {}

  public static void write(Trace trace, Path file) {
    try (JsonLinesWriter writer = JsonLinesWriter.open(file)) {
      for (int i = 0; i < trace.size(); i++) {
        writer.write(i, trace.event(i));
      }
    }
  }
}
