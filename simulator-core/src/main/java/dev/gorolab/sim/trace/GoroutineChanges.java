package dev.gorolab.sim.trace;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.Variable;
import java.util.List;

/**
 * Every goroutine change of a recording, in order, in columns: about 33 bytes per change and no
 * object, where a record per change cost twice that and a garbage collector's attention.
 */
final class GoroutineChanges {
  private static final GStatus[] STATUSES = GStatus.values();

  private final Chunked.Ints position = new Chunked.Ints();
  private final Chunked.Bytes status = new Chunked.Bytes();
  private final Chunked.Refs waitReason = new Chunked.Refs();
  private final Chunked.Ints waitingOn = new Chunked.Ints();
  private final Chunked.Refs waitingOnName = new Chunked.Refs();
  private final Chunked.Longs wakeAt = new Chunked.Longs();
  private final Chunked.Ints line = new Chunked.Ints();
  private final Chunked.Refs locals = new Chunked.Refs();

  int size() {
    return position.size();
  }

  void add(int pos, GStatus st, String reason, int on, String onName, long wake, int ln, List<Variable> vars) {
    position.add(pos);
    status.add((byte) st.ordinal());
    waitReason.add(reason);
    waitingOn.add(on);
    waitingOnName.add(onName);
    wakeAt.add(wake);
    line.add(ln);
    locals.add(vars);
  }

  /** Applies changes {@code [from, to)} to {@code table}. */
  void applyTo(GoroutineColumns table, int from, int to) {
    for (int c = from; c < to; c++) {
      @SuppressWarnings("unchecked")
      List<Variable> vars = (List<Variable>) locals.get(c);
      table.put(position.get(c), STATUSES[status.get(c)], (String) waitReason.get(c), waitingOn.get(c),
          (String) waitingOnName.get(c), wakeAt.get(c), line.get(c), vars);
    }
  }
}
