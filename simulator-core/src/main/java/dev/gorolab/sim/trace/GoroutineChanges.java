package dev.gorolab.sim.trace;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.Variable;
import java.util.Arrays;
import java.util.List;

/**
 * Every goroutine change of a recording, in order, in columns: about 33 bytes per change and no
 * object, where a record per change cost twice that and a garbage collector's attention.
 */
final class GoroutineChanges {
  private static final GStatus[] STATUSES = GStatus.values();

  private int[] position = new int[1024];
  private byte[] status = new byte[1024];
  private String[] waitReason = new String[1024];
  private int[] waitingOn = new int[1024];
  private String[] waitingOnName = new String[1024];
  private long[] wakeAt = new long[1024];
  private int[] line = new int[1024];
  private Object[] locals = new Object[1024];
  private int count;

  int size() {
    return count;
  }

  void add(int pos, GStatus st, String reason, int on, String onName, long wake, int ln, List<Variable> vars) {
    if (count == position.length) {
      resize(count * 2);
    }
    position[count] = pos;
    status[count] = (byte) st.ordinal();
    waitReason[count] = reason;
    waitingOn[count] = on;
    waitingOnName[count] = onName;
    wakeAt[count] = wake;
    line[count] = ln;
    locals[count] = vars;
    count++;
  }

  /** Applies changes {@code [from, to)} to {@code table}. */
  void applyTo(GoroutineColumns table, int from, int to) {
    for (int c = from; c < to; c++) {
      @SuppressWarnings("unchecked")
      List<Variable> vars = (List<Variable>) locals[c];
      table.put(position[c], STATUSES[status[c]], waitReason[c], waitingOn[c], waitingOnName[c], wakeAt[c], line[c],
          vars);
    }
  }

  /** Drops the spare capacity once the recording is over. */
  void trim() {
    resize(count);
  }

  private void resize(int n) {
    position = Arrays.copyOf(position, n);
    status = Arrays.copyOf(status, n);
    waitReason = Arrays.copyOf(waitReason, n);
    waitingOn = Arrays.copyOf(waitingOn, n);
    waitingOnName = Arrays.copyOf(waitingOnName, n);
    wakeAt = Arrays.copyOf(wakeAt, n);
    line = Arrays.copyOf(line, n);
    locals = Arrays.copyOf(locals, n);
  }
}
