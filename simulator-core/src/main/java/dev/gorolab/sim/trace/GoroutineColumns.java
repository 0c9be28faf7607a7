package dev.gorolab.sim.trace;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.Variable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every goroutine's state at one step, kept in columns instead of a record per goroutine: a
 * recording changes some goroutine at almost every event, and a record per change was the
 * largest part of a trace and of its garbage collection (docs/benchmarks.md). Goroutines are
 * addressed by position, their order in {@link dev.gorolab.model.RuntimeSnapshot#goroutines()}.
 *
 * <p>The columns are cut into chunks shared copy-on-write: {@link #freeze} hands out the current
 * chunks as an immutable state in O(chunks), and the next write to a shared chunk copies it, so a
 * checkpoint costs only what changed since the previous one. Engine thread only while writing.
 */
final class GoroutineColumns {
  private static final int CHUNK_BITS = 8;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final GStatus[] STATUSES = GStatus.values();

  /** What never changes about a goroutine, by position; one per recording, append-only. */
  static final class Identities {
    private int[] idByPosition = new int[16];
    private String[] function = new String[16];
    private int[] createdBy = new int[16];
    private boolean[] system = new boolean[16];
    private int[] positionById = new int[16];
    private int count;

    Identities() {
      Arrays.fill(positionById, -1);
    }

    /** The position of goroutine {@code id}, assigning the next one on first sight. */
    int positionOf(int id, String fn, int parent, boolean sys) {
      if (id >= positionById.length) {
        int old = positionById.length;
        positionById = Arrays.copyOf(positionById, Math.max(id + 1, old * 2));
        Arrays.fill(positionById, old, positionById.length, -1);
      }
      int position = positionById[id];
      if (position >= 0) {
        return position;
      }
      if (count == idByPosition.length) {
        int n = count * 2;
        idByPosition = Arrays.copyOf(idByPosition, n);
        function = Arrays.copyOf(function, n);
        createdBy = Arrays.copyOf(createdBy, n);
        system = Arrays.copyOf(system, n);
      }
      idByPosition[count] = id;
      function[count] = fn;
      createdBy[count] = parent;
      system[count] = sys;
      positionById[id] = count;
      return count++;
    }
  }

  /** One slice of the columns; {@code owner} is the table allowed to write it in place. */
  private static final class Chunk {
    final byte[] status;
    final String[] waitReason;
    final int[] waitingOn;
    final String[] waitingOnName;
    final long[] wakeAt;
    final int[] line;
    final Object[] locals;
    final Object owner;

    Chunk(int capacity, Object owner) {
      status = new byte[capacity];
      waitReason = new String[capacity];
      waitingOn = new int[capacity];
      waitingOnName = new String[capacity];
      wakeAt = new long[capacity];
      line = new int[capacity];
      locals = new Object[capacity];
      this.owner = owner;
    }

    Chunk copy(int capacity, Object newOwner) {
      Chunk c = new Chunk(capacity, newOwner);
      int n = Math.min(capacity, status.length);
      System.arraycopy(status, 0, c.status, 0, n);
      System.arraycopy(waitReason, 0, c.waitReason, 0, n);
      System.arraycopy(waitingOn, 0, c.waitingOn, 0, n);
      System.arraycopy(waitingOnName, 0, c.waitingOnName, 0, n);
      System.arraycopy(wakeAt, 0, c.wakeAt, 0, n);
      System.arraycopy(line, 0, c.line, 0, n);
      System.arraycopy(locals, 0, c.locals, 0, n);
      return c;
    }
  }

  private final Identities identities;
  private Chunk[] chunks;
  private int count;
  /** Identifies this table as the owner of the chunks it created; a frozen state owns none. */
  private Object owner = new Object();

  GoroutineColumns(Identities identities) {
    this(identities, new Chunk[0], 0);
  }

  private GoroutineColumns(Identities identities, Chunk[] chunks, int count) {
    this.identities = identities;
    this.chunks = chunks;
    this.count = count;
  }

  Identities identities() {
    return identities;
  }

  int size() {
    return count;
  }

  /** Sets the state of the goroutine at {@code position}; the position is at most {@link #size()}. */
  void put(int position, GStatus status, String waitReason, int waitingOn, String waitingOnName, long wakeAt,
      int line, List<Variable> locals) {
    Chunk c = writable(position);
    int i = position & (CHUNK - 1);
    c.status[i] = (byte) status.ordinal();
    c.waitReason[i] = waitReason;
    c.waitingOn[i] = waitingOn;
    c.waitingOnName[i] = waitingOnName;
    c.wakeAt[i] = wakeAt;
    c.line[i] = line;
    c.locals[i] = locals;
    if (position == count) {
      count++;
    }
  }

  void put(GoroutineState g) {
    int position = identities.positionOf(g.id(), g.function(), g.createdBy(), g.system());
    put(position, g.status(), g.waitReason(), g.waitingOn(), g.waitingOnName(), g.wakeAt(), g.line(), g.locals());
  }

  private Chunk writable(int position) {
    int k = position >>> CHUNK_BITS;
    int i = position & (CHUNK - 1);
    if (k == chunks.length) {
      chunks = Arrays.copyOf(chunks, k + 1);
    }
    Chunk c = chunks[k];
    if (c == null) {
      c = new Chunk(8, owner);
    } else if (i >= c.status.length) {
      c = c.copy(Math.min(CHUNK, Math.max(i + 1, c.status.length * 2)), owner);
    } else if (c.owner != owner) {
      c = c.copy(c.status.length, owner);
    } else {
      return c;
    }
    chunks[k] = c;
    return c;
  }

  /**
   * The goroutines now, as an immutable list; later writes to this table copy the chunks they
   * touch instead of changing the list.
   */
  List<GoroutineState> freeze() {
    GoroutineColumns frozen = new GoroutineColumns(identities, chunks.clone(), count);
    frozen.owner = null;
    owner = new Object(); // every chunk is shared from now on
    return new Frozen(frozen);
  }

  /** A writable table starting from a frozen list of this kind. */
  static GoroutineColumns thaw(List<GoroutineState> frozen) {
    GoroutineColumns f = ((Frozen) frozen).table;
    return new GoroutineColumns(f.identities, f.chunks.clone(), f.count);
  }

  private GoroutineState state(int position) {
    Chunk c = chunks[position >>> CHUNK_BITS];
    int i = position & (CHUNK - 1);
    @SuppressWarnings("unchecked")
    List<Variable> locals = (List<Variable>) c.locals[i];
    return new GoroutineState(identities.idByPosition[position], identities.function[position],
        STATUSES[c.status[i]], c.waitReason[i], c.waitingOn[i], c.waitingOnName[i], c.wakeAt[i], c.line[i], locals,
        identities.createdBy[position], identities.system[position]);
  }

  /** A frozen table seen as the list of records; a record is built each time one is read. */
  private static final class Frozen extends AbstractList<GoroutineState> implements RandomAccess {
    private final GoroutineColumns table;

    Frozen(GoroutineColumns table) {
      this.table = table;
    }

    @Override
    public GoroutineState get(int index) {
      if (index < 0 || index >= table.count) {
        throw new IndexOutOfBoundsException("goroutine " + index + " of " + table.count);
      }
      return table.state(index);
    }

    @Override
    public int size() {
      return table.count;
    }
  }
}
