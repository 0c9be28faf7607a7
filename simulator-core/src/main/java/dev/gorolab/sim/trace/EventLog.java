package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Every event of a recording, packed into bytes: a kind number, then each record component as a
 * variable-length number (the time as the difference from the event before, strings as numbers
 * in a table, lists of goroutine ids as counted numbers); values that are not numbers, strings or
 * booleans are kept as references. A million-round-trip run takes about ten bytes an event,
 * where the records took sixty, and no object per event for the collector to copy. Reading an
 * event decodes it from the start of its block of {@value #BLOCK} events.
 *
 * <p>Decoding gives records {@code equals} to what was appended (lists come back as
 * unmodifiable lists of the same numbers).
 */
final class EventLog {
  static final int BLOCK = 32;
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private static final Class<?>[] KINDS = Event.class.getPermittedSubclasses();
  /**
   * Each kind's {@link Codec}, built when a kind is first written the generic way or read: the
   * reflection behind one costs more than a short run spends on the events themselves.
   */
  private static final Codec[] CODECS = new Codec[KINDS.length];

  /** The codec of kind {@code k}. Codecs are immutable, so two threads racing to build one both get a good one. */
  private static Codec codec(int k) {
    Codec c = CODECS[k];
    if (c == null) {
      c = new Codec(KINDS[k]);
      CODECS[k] = c;
    }
    return c;
  }

  /** The kind number of an event class (its place among Event's permitted records). */
  static int kindOf(Class<?> c) {
    if (!Event.class.isAssignableFrom(c) || !c.isRecord()) {
      throw new IllegalArgumentException("not an event class: " + c.getName());
    }
    return encoderOf(c).kind;
  }

  /**
   * Each event class's encoder, written by hand: no boxing, no reflective call (building the
   * method handles of one {@link Codec} costs a short run more than its events do). The generic
   * walk writes the same bytes ({@code EventLogTest} checks every hand-written encoder against
   * it) and stands in for a kind added without an encoder.
   * They sit in an open-addressed table keyed by the class's identity hash: looking one up is a
   * hash, a mask and a compare, where a {@code ClassValue} took a tenth of a recording's time.
   */
  private static final int ENCODER_SLOTS = Integer.highestOneBit(KINDS.length * 4);
  private static final Class<?>[] ENCODER_CLASSES = new Class<?>[ENCODER_SLOTS];
  private static final Encoder[] ENCODERS = new Encoder[ENCODER_SLOTS];

  static {
    for (int k = 0; k < KINDS.length; k++) {
      Encoder hand = handWritten(KINDS[k]);
      int slot = System.identityHashCode(KINDS[k]) & (ENCODER_SLOTS - 1);
      while (ENCODER_CLASSES[slot] != null) {
        slot = (slot + 1) & (ENCODER_SLOTS - 1);
      }
      ENCODER_CLASSES[slot] = KINDS[k];
      ENCODERS[slot] = hand != null ? hand.kind(k) : new Generic().kind(k);
    }
  }

  /** The five kinds every channel operation emits (most of a run's events), looked up first by a compare each. */
  private static final Encoder STARTED = encoderIn(Event.GoroutineStarted.class);
  private static final Encoder BLOCKED = encoderIn(Event.GoroutineBlocked.class);
  private static final Encoder READIED = encoderIn(Event.GoroutineReadied.class);
  private static final Encoder SENT = encoderIn(Event.ValueSent.class);
  private static final Encoder RECEIVED = encoderIn(Event.ValueReceived.class);

  private static Encoder encoderOf(Class<?> c) {
    if (c == Event.GoroutineStarted.class) {
      return STARTED;
    } else if (c == Event.GoroutineBlocked.class) {
      return BLOCKED;
    } else if (c == Event.GoroutineReadied.class) {
      return READIED;
    } else if (c == Event.ValueSent.class) {
      return SENT;
    } else if (c == Event.ValueReceived.class) {
      return RECEIVED;
    }
    return encoderIn(c);
  }

  private static Encoder encoderIn(Class<?> c) {
    int slot = System.identityHashCode(c) & (ENCODER_SLOTS - 1);
    for (Class<?> at; (at = ENCODER_CLASSES[slot]) != c; slot = (slot + 1) & (ENCODER_SLOTS - 1)) {
      if (at == null) {
        throw new IllegalArgumentException("not an event class: " + c.getName());
      }
    }
    return ENCODERS[slot];
  }

  private static final byte T_INT = 0;
  private static final byte T_LONG = 1;
  private static final byte T_BOOL = 2;
  private static final byte T_ENUM = 3;
  private static final byte T_STRING = 4;
  private static final byte T_INT_LIST = 5;
  private static final byte T_OBJECT = 6;

  /** How one event record is taken apart and put together. */
  private static final class Codec {
    final MethodHandle[] get;
    final byte[] types;
    final Object[][] enumValues;
    final MethodHandle make;

    Codec(Class<?> c) {
      RecordComponent[] rc = c.getRecordComponents();
      get = new MethodHandle[rc.length];
      types = new byte[rc.length];
      enumValues = new Object[rc.length][];
      Class<?>[] params = new Class<?>[rc.length];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < rc.length; i++) {
          Class<?> t = rc[i].getType();
          params[i] = t;
          get[i] = lookup.unreflect(rc[i].getAccessor()).asType(MethodType.methodType(Object.class, Event.class));
          if (t == int.class) {
            types[i] = T_INT;
          } else if (t == long.class) {
            types[i] = T_LONG;
          } else if (t == boolean.class) {
            types[i] = T_BOOL;
          } else if (t.isEnum()) {
            types[i] = T_ENUM;
            enumValues[i] = t.getEnumConstants();
          } else if (t == String.class) {
            types[i] = T_STRING;
          } else if (t == List.class) {
            types[i] = T_INT_LIST; // every list in an event is of goroutine ids (checked when written)
          } else {
            types[i] = T_OBJECT;
          }
        }
        make = lookup.findConstructor(c, MethodType.methodType(void.class, params))
            .asSpreader(Object[].class, rc.length);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot take apart " + c.getName(), e);
      }
    }
  }

  private byte[][] chunks = new byte[4][];
  private long length;
  /** Per block: where it starts in the bytes, and the time of the event before it. */
  private final Chunked.Longs blockStarts = new Chunked.Longs();
  private final Chunked.Longs blockTimes = new Chunked.Longs();
  /** Per event: its kind, for {@link #stepsOf} without decoding. */
  private byte[][] kinds = new byte[4][];
  private int size;
  private long lastTime;
  private final LinkedHashMap<String, Integer> stringIds = new LinkedHashMap<>();
  private final ArrayList<String> strings = new ArrayList<>();
  private final ArrayList<Object> objects = new ArrayList<>();
  /** The last block decoded: sequential reads decode each block once. */
  private int cachedBlock = -1;
  private Event[] cached;

  int size() {
    return size;
  }

  void add(Event e) {
    Encoder encoder = encoderOf(e.getClass());
    begin(encoder.kind);
    if (encoder instanceof Packed packed) {
      byte[] c = room();
      if (c != null) {
        int start = at();
        advance(packed.write(this, e, c, start) - start);
        return;
      }
    }
    encoder.encode(this, e);
  }

  /** Counts event number {@link #size} of kind {@code kind}: its kind byte, and its block if it starts one. */
  private void begin(int kind) {
    if (size % BLOCK == 0) {
      blockStarts.add(length);
      blockTimes.add(lastTime);
    }
    int ki = size >>> CHUNK_BITS;
    if ((size & (CHUNK - 1)) == 0) {
      if (ki == kinds.length) {
        kinds = Arrays.copyOf(kinds, ki * 2);
      }
      kinds[ki] = new byte[CHUNK];
    }
    kinds[ki][size & (CHUNK - 1)] = (byte) kind;
    size++;
  }

  // ---- the five kinds every channel operation emits, appended from their components -----------
  // Each writes the bytes add(Event) writes for its record (EventLogTest compares them).

  void addGoroutineStarted(long time, int g, int p, int m, Source source, boolean newSlice, int schedtick) {
    begin(STARTED.kind);
    byte[] c = room();
    if (c == null) {
      spill(writeStarted(spill, 0, time, g, p, m, source, newSlice, schedtick));
      return;
    }
    int at = at();
    advance(writeStarted(c, at, time, g, p, m, source, newSlice, schedtick) - at);
  }

  void addGoroutineReadied(long time, int g, int waker, int p, Place place, int displaced, String because) {
    begin(READIED.kind);
    byte[] c = room();
    if (c == null) {
      spill(writeReadied(spill, 0, time, g, waker, p, place, displaced, because));
      return;
    }
    int at = at();
    advance(writeReadied(c, at, time, g, waker, p, place, displaced, because) - at);
  }

  void addGoroutineBlocked(long time, int g, int p, String waitReason, int ch, String object) {
    begin(BLOCKED.kind);
    byte[] c = room();
    if (c == null) {
      spill(writeBlocked(spill, 0, time, g, p, waitReason, ch, object));
      return;
    }
    int at = at();
    advance(writeBlocked(c, at, time, g, p, waitReason, ch, object) - at);
  }

  void addValueSent(long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) {
    begin(SENT.kind);
    byte[] c = room();
    if (c == null) {
      spill(writeSent(spill, 0, time, g, ch, value, mode, receiver, slot));
      return;
    }
    int at = at();
    advance(writeSent(c, at, time, g, ch, value, mode, receiver, slot) - at);
  }

  void addValueReceived(long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot) {
    begin(RECEIVED.kind);
    byte[] c = room();
    if (c == null) {
      spill(writeReceived(spill, 0, time, g, ch, value, ok, mode, sender, slot));
      return;
    }
    int at = at();
    advance(writeReceived(c, at, time, g, ch, value, ok, mode, sender, slot) - at);
  }

  private int writeStarted(
      byte[] c, int at, long time, int g, int p, int m, Source source, boolean newSlice, int schedtick) {
    at = wS(c, at, timeDelta(time));
    at = wS(c, at, g);
    at = wS(c, at, p);
    at = wS(c, at, m);
    at = wEnum(c, at, source);
    c[at++] = (byte) (newSlice ? 1 : 0);
    return wS(c, at, schedtick);
  }

  private int writeReadied(
      byte[] c, int at, long time, int g, int waker, int p, Place place, int displaced, String because) {
    at = wS(c, at, timeDelta(time));
    at = wS(c, at, g);
    at = wS(c, at, waker);
    at = wS(c, at, p);
    at = wEnum(c, at, place);
    at = wS(c, at, displaced);
    return wU(c, at, stringId(because));
  }

  private int writeBlocked(byte[] c, int at, long time, int g, int p, String waitReason, int ch, String object) {
    at = wS(c, at, timeDelta(time));
    at = wS(c, at, g);
    at = wS(c, at, p);
    at = wU(c, at, stringId(waitReason));
    at = wS(c, at, ch);
    return wU(c, at, stringId(object));
  }

  private int writeSent(
      byte[] c, int at, long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) {
    at = wS(c, at, timeDelta(time));
    at = wS(c, at, g);
    at = wS(c, at, ch);
    at = wObject(c, at, value);
    at = wEnum(c, at, mode);
    at = wS(c, at, receiver);
    return wS(c, at, slot);
  }

  private int writeReceived(
      byte[] c, int at, long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot) {
    at = wS(c, at, timeDelta(time));
    at = wS(c, at, g);
    at = wS(c, at, ch);
    at = wObject(c, at, value);
    c[at++] = (byte) (ok ? 1 : 0);
    at = wEnum(c, at, mode);
    at = wS(c, at, sender);
    return wS(c, at, slot);
  }

  /** Appends {@code e} the generic way, whatever its kind has (for the test of the hand-written encoders). */
  void addGeneric(Event e) {
    int k = kindOf(e.getClass());
    begin(k);
    new Generic().kind(k).encode(this, e);
  }

  /** The bytes appended so far (for the test of the hand-written encoders). */
  byte[] bytes() {
    byte[] out = new byte[(int) length];
    for (int i = 0; i < out.length; i++) {
      out[i] = chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }
    return out;
  }

  /** Whether events of class {@code c} have an encoder written by hand. */
  static boolean hasHandWrittenEncoder(Class<? extends Event> c) {
    return !(encoderOf(c) instanceof Generic);
  }

  /** Writes one event's components; {@link #kind} is its kind number. */
  private abstract static class Encoder {
    int kind;

    Encoder kind(int k) {
      kind = k;
      return this;
    }

    abstract void encode(EventLog log, Event e);
  }

  /**
   * An encoder that writes straight into the chunk being written when {@link #room()} leaves
   * space for its largest event; near a chunk's end it writes into {@link #spill}, which is then
   * copied across into the next chunk.
   */
  private abstract static class Packed extends Encoder {
    /** Writes {@code e}'s components into {@code c} from {@code at}; returns the end. */
    abstract int write(EventLog log, Event e, byte[] c, int at);

    @Override
    final void encode(EventLog log, Event e) {
      log.spill(write(log, e, log.spill, 0));
    }
  }

  /** The record components in order, through {@link Codec}'s method handles (boxing each value). */
  private static final class Generic extends Encoder {
    @Override
    void encode(EventLog log, Event e) {
      Codec codec = codec(kind);
      try {
        for (int i = 0; i < codec.get.length; i++) {
          Object v = codec.get[i].invokeExact(e);
          switch (codec.types[i]) {
            case T_INT -> log.putSigned((Integer) v);
            case T_LONG -> {
              if (i == 0) { // the time: differences are small
                log.putTime((Long) v);
              } else {
                log.putSigned((Long) v);
              }
            }
            case T_BOOL -> log.putBool((Boolean) v);
            case T_ENUM -> log.putEnum((Enum<?>) v);
            case T_STRING -> log.putString((String) v);
            case T_INT_LIST -> log.putIntList((List<?>) v);
            default -> log.putObject(v);
          }
        }
      } catch (RuntimeException | Error ex) {
        throw ex;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }

  /**
   * The hand-written encoder of {@code c}, or null. Each writes the components in declaration
   * order as {@link Generic} would: time as a difference, ints and longs signed, booleans as a
   * byte, enums as ordinal + 1 (0 for null), strings by table number, id lists counted.
   */
  private static Encoder handWritten(Class<?> c) {
    if (c == Event.GoroutineCreated.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineCreated x = (Event.GoroutineCreated) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wU(c, at, log.stringId(x.function()));
          at = wS(c, at, x.parent());
          at = wS(c, at, x.p());
          at = wS(c, at, x.line());
          at = wS(c, at, x.displaced());
          c[at++] = (byte) (x.system() ? 1 : 0);
          return at;
        }
      };
    } else if (c == Event.LocalQueueOverflow.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.LocalQueueOverflow x = (Event.LocalQueueOverflow) e;
          log.putTime(x.time());
          log.putSigned(x.p());
          log.putIntList(x.moved());
        }
      };
    } else if (c == Event.GoroutineStarted.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineStarted x = (Event.GoroutineStarted) e;
          return log.writeStarted(c, at, x.time(), x.g(), x.p(), x.m(), x.source(), x.newSlice(), x.schedtick());
        }
      };
    } else if (c == Event.GlobalQueueBatch.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.GlobalQueueBatch x = (Event.GlobalQueueBatch) e;
          log.putTime(x.time());
          log.putSigned(x.p());
          log.putSigned(x.taken());
          log.putIntList(x.toLocal());
        }
      };
    } else if (c == Event.Stolen.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.Stolen x = (Event.Stolen) e;
          log.putTime(x.time());
          log.putSigned(x.thief());
          log.putSigned(x.victim());
          log.putIntList(x.stolen());
          log.putBool(x.fromRunnext());
          log.putSigned(x.round());
        }
      };
    } else if (c == Event.GoroutineReadied.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineReadied x = (Event.GoroutineReadied) e;
          return log.writeReadied(c, at, x.time(), x.g(), x.waker(), x.p(), x.place(), x.displaced(), x.because());
        }
      };
    } else if (c == Event.GoroutineBlocked.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineBlocked x = (Event.GoroutineBlocked) e;
          return log.writeBlocked(c, at, x.time(), x.g(), x.p(), x.waitReason(), x.ch(), x.object());
        }
      };
    } else if (c == Event.GoroutineYielded.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineYielded x = (Event.GoroutineYielded) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          return at;
        }
      };
    } else if (c == Event.GoroutineYieldedToLocalQueue.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineYieldedToLocalQueue x = (Event.GoroutineYieldedToLocalQueue) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          return at;
        }
      };
    } else if (c == Event.GoroutinePreempted.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutinePreempted x = (Event.GoroutinePreempted) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          at = wS(c, at, x.ranNanos());
          return at;
        }
      };
    } else if (c == Event.GoroutineExited.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.GoroutineExited x = (Event.GoroutineExited) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          return at;
        }
      };
    } else if (c == Event.MachineStarted.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.MachineStarted x = (Event.MachineStarted) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.m());
          at = wS(c, at, x.p());
          c[at++] = (byte) (x.created() ? 1 : 0);
          c[at++] = (byte) (x.spinning() ? 1 : 0);
          return at;
        }
      };
    } else if (c == Event.MachineParked.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.MachineParked x = (Event.MachineParked) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.m());
          return at;
        }
      };
    } else if (c == Event.ProcessorIdle.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.ProcessorIdle x = (Event.ProcessorIdle) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.p());
          at = wS(c, at, x.m());
          return at;
        }
      };
    } else if (c == Event.SleepStarted.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.SleepStarted x = (Event.SleepStarted) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          at = wS(c, at, x.wakeAt());
          return at;
        }
      };
    } else if (c == Event.TimerFired.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.TimerFired x = (Event.TimerFired) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wS(c, at, x.p());
          at = wS(c, at, x.due());
          return at;
        }
      };
    } else if (c == Event.ChannelMade.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.ChannelMade x = (Event.ChannelMade) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.ch());
          at = wU(c, at, log.stringId(x.name()));
          at = wU(c, at, log.stringId(x.elemType()));
          at = wS(c, at, x.capacity());
          at = wS(c, at, x.g());
          return at;
        }
      };
    } else if (c == Event.ValueSent.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.ValueSent x = (Event.ValueSent) e;
          return log.writeSent(c, at, x.time(), x.g(), x.ch(), x.value(), x.mode(), x.receiver(), x.slot());
        }
      };
    } else if (c == Event.ValueReceived.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.ValueReceived x = (Event.ValueReceived) e;
          return log.writeReceived(c, at, x.time(), x.g(), x.ch(), x.value(), x.ok(), x.mode(), x.sender(), x.slot());
        }
      };
    } else if (c == Event.ChannelClosed.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.ChannelClosed x = (Event.ChannelClosed) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.ch());
          log.putIntList(x.wokenReceivers());
          log.putIntList(x.wokenSenders());
        }
      };
    } else if (c == Event.SelectPolled.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.SelectPolled x = (Event.SelectPolled) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putIntList(x.pollOrder());
          log.putSigned(x.chosen());
          log.putBool(x.hasDefault());
        }
      };
    } else if (c == Event.WaitGroupAdded.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.WaitGroupAdded x = (Event.WaitGroupAdded) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.name());
          log.putSigned(x.delta());
          log.putSigned(x.counter());
          log.putIntList(x.released());
        }
      };
    } else if (c == Event.MutexLocked.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.MutexLocked x = (Event.MutexLocked) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wU(c, at, log.stringId(x.name()));
          c[at++] = (byte) (x.handoff() ? 1 : 0);
          return at;
        }
      };
    } else if (c == Event.MutexUnlocked.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.MutexUnlocked x = (Event.MutexUnlocked) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wU(c, at, log.stringId(x.name()));
          at = wS(c, at, x.woken());
          c[at++] = (byte) (x.starving() ? 1 : 0);
          return at;
        }
      };
    } else if (c == Event.Output.class) {
      return new Packed() {
        @Override
        int write(EventLog log, Event e, byte[] c, int at) {
          Event.Output x = (Event.Output) e;
          at = wS(c, at, log.timeDelta(x.time()));
          at = wS(c, at, x.g());
          at = wU(c, at, log.stringId(x.text()));
          return at;
        }
      };
    } else if (c == Event.CondNotified.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.CondNotified x = (Event.CondNotified) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.name());
          log.putBool(x.broadcast());
          log.putIntList(x.woken());
        }
      };
    } else if (c == Event.Deadlocked.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.Deadlocked x = (Event.Deadlocked) e;
          log.putTime(x.time());
          log.putString(x.report());
          log.putIntList(x.waiting());
        }
      };
    } else if (c == Event.MachineNetpollBlocked.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.MachineNetpollBlocked x = (Event.MachineNetpollBlocked) e;
          log.putTime(x.time());
          log.putSigned(x.m());
          log.putSigned(x.wakeAt());
        }
      };
    } else if (c == Event.MutexSpinning.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.MutexSpinning x = (Event.MutexSpinning) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.name());
          log.putSigned(x.iteration());
        }
      };
    } else if (c == Event.MutexStarving.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.MutexStarving x = (Event.MutexStarving) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.name());
        }
      };
    } else if (c == Event.Panicked.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.Panicked x = (Event.Panicked) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.message());
          log.putString(x.report());
        }
      };
    } else if (c == Event.ProcessorsResized.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.ProcessorsResized x = (Event.ProcessorsResized) e;
          log.putTime(x.time());
          log.putSigned(x.from());
          log.putSigned(x.to());
        }
      };
    } else if (c == Event.ProgramEnded.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.ProgramEnded x = (Event.ProgramEnded) e;
          log.putTime(x.time());
          log.putSigned(x.exitCode());
          log.putEnum(x.reason());
        }
      };
    } else if (c == Event.RWMutexChanged.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.RWMutexChanged x = (Event.RWMutexChanged) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putString(x.name());
          log.putEnum(x.op());
          log.putSigned(x.readers());
          log.putBool(x.writer());
          log.putIntList(x.woken());
        }
      };
    } else if (c == Event.SyscallEntered.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.SyscallEntered x = (Event.SyscallEntered) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.m());
          log.putSigned(x.p());
          log.putSigned(x.nanos());
        }
      };
    } else if (c == Event.SyscallExited.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.SyscallExited x = (Event.SyscallExited) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.m());
          log.putSigned(x.p());
          log.putEnum(x.how());
        }
      };
    } else if (c == Event.SyscallHandoff.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.SyscallHandoff x = (Event.SyscallHandoff) e;
          log.putTime(x.time());
          log.putSigned(x.p());
          log.putSigned(x.fromM());
          log.putSigned(x.toM());
        }
      };
    } else if (c == Event.TimerExpired.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.TimerExpired x = (Event.TimerExpired) e;
          log.putTime(x.time());
          log.putSigned(x.p());
          log.putSigned(x.timer());
          log.putString(x.name());
          log.putSigned(x.due());
          log.putEnum(x.kind());
          log.putEnum(x.delivery());
          log.putSigned(x.g());
          log.putSigned(x.ch());
        }
      };
    } else if (c == Event.TimerReset.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.TimerReset x = (Event.TimerReset) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.p());
          log.putSigned(x.timer());
          log.putString(x.name());
          log.putSigned(x.when());
          log.putSigned(x.period());
          log.putBool(x.wasActive());
        }
      };
    } else if (c == Event.TimerStarted.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.TimerStarted x = (Event.TimerStarted) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.p());
          log.putSigned(x.timer());
          log.putString(x.name());
          log.putEnum(x.kind());
          log.putSigned(x.when());
          log.putSigned(x.period());
        }
      };
    } else if (c == Event.TimerStopped.class) {
      return new Encoder() {
        @Override
        void encode(EventLog log, Event e) {
          Event.TimerStopped x = (Event.TimerStopped) e;
          log.putTime(x.time());
          log.putSigned(x.g());
          log.putSigned(x.timer());
          log.putString(x.name());
          log.putBool(x.wasActive());
        }
      };
    }
    return null;
  }

  /** The kind number of event {@code i}. */
  int kind(int i) {
    return kinds[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }

  /** Event {@code i}, decoded. */
  Event get(int i) {
    int b = i / BLOCK;
    Event[] block;
    synchronized (this) {
      if (b != cachedBlock) {
        cached = decodeBlock(b);
        cachedBlock = b;
      }
      block = cached;
    }
    return block[i % BLOCK];
  }

  /** The time of event {@code i}. */
  long time(int i) {
    return get(i).time();
  }

  private Event[] decodeBlock(int b) {
    int from = b * BLOCK;
    int n = Math.min(BLOCK, size - from);
    Event[] out = new Event[n];
    long[] pos = {blockStarts.get(b)};
    long time = blockTimes.get(b);
    for (int j = 0; j < n; j++) {
      Codec codec = codec(kind(from + j));
      Object[] args = new Object[codec.types.length];
      for (int i = 0; i < args.length; i++) {
        switch (codec.types[i]) {
          case T_INT -> args[i] = (int) getSigned(pos);
          case T_LONG -> {
            long x = getSigned(pos);
            if (i == 0) {
              time += x;
              x = time;
            }
            args[i] = x;
          }
          case T_BOOL -> args[i] = getByte(pos) != 0;
          case T_ENUM -> {
            int o = (int) getUnsigned(pos);
            args[i] = o == 0 ? null : codec.enumValues[i][o - 1];
          }
          case T_STRING -> {
            int id = (int) getUnsigned(pos);
            args[i] = id == 0 ? null : strings.get(id - 1);
          }
          case T_INT_LIST -> {
            int count = (int) getUnsigned(pos);
            if (count == 0) {
              args[i] = null;
            } else {
              Integer[] ids = new Integer[count - 1];
              for (int x = 0; x < ids.length; x++) {
                ids[x] = (int) getSigned(pos);
              }
              args[i] = List.of(ids);
            }
          }
          default -> args[i] = getObject(pos);
        }
      }
      try {
        out[j] = (Event) codec.make.invoke(args);
      } catch (RuntimeException | Error ex) {
        throw ex;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
    return out;
  }

  // ---- the byte stream ------------------------------------------------------------------------

  /** Where an event that may not fit in the chunk being written is written first. */
  private final byte[] spill = new byte[ROOM];

  /** Appends the first {@code n} bytes of {@link #spill}, starting chunks as they fill. */
  private void spill(int n) {
    for (int i = 0; i < n; i++) {
      putByte(spill[i]);
    }
  }

  private void putByte(int v) {
    int at = (int) (length & (CHUNK - 1));
    byte[] chunk = at == 0 ? newChunk() : current;
    chunk[at] = (byte) v;
    length++;
  }

  /**
   * Most bytes an event without id lists takes: a time, seven numbers, a value and a few flags
   * (ValueReceived: 10 + 5 + 5 + 11 + 1 + 1 + 5 + 5 = 43).
   */
  private static final int ROOM = 64;

  /**
   * The chunk being written when it has {@value #ROOM} bytes left after {@link #at()}, else null
   * (the event then goes through {@link #spill}). {@link #add} lets a
   * {@link Packed} encoder write into it from {@link #at()} and then advances.
   */
  private byte[] room() {
    int at = (int) (length & (CHUNK - 1));
    return at != 0 && at <= CHUNK - ROOM ? current : null;
  }

  private int at() {
    return (int) (length & (CHUNK - 1));
  }

  private void advance(int bytes) {
    length += bytes;
  }

  /** The difference from the time before, which becomes {@code time}. */
  private long timeDelta(long time) {
    long d = time - lastTime;
    lastTime = time;
    return d;
  }

  private static int wU(byte[] c, int at, long v) {
    while ((v & ~0x7FL) != 0) {
      c[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    c[at++] = (byte) v;
    return at;
  }

  private static int wS(byte[] c, int at, long v) {
    return wU(c, at, (v << 1) ^ (v >> 63));
  }

  private static int wEnum(byte[] c, int at, Enum<?> v) {
    return wU(c, at, v == null ? 0 : v.ordinal() + 1);
  }

  /** As {@link #putObject} into {@code c} at {@code at}. */
  private int wObject(byte[] c, int at, Object v) {
    if (v == null) {
      c[at++] = O_NULL;
    } else if (v.getClass() == Long.class) {
      c[at++] = O_LONG;
      at = wS(c, at, (Long) v);
    } else if (v.getClass() == String.class) {
      c[at++] = O_STRING;
      at = wU(c, at, stringId((String) v));
    } else if (v.getClass() == Boolean.class) {
      c[at++] = (byte) ((Boolean) v ? O_TRUE : O_FALSE);
    } else {
      c[at++] = O_REF;
      objects.add(v);
      at = wU(c, at, objects.size() - 1L);
    }
    return at;
  }

  /** The chunk being written. */
  private byte[] current;

  private byte[] newChunk() {
    int k = (int) (length >>> CHUNK_BITS);
    if (k == chunks.length) {
      chunks = Arrays.copyOf(chunks, k * 2);
    }
    current = new byte[CHUNK];
    chunks[k] = current;
    return current;
  }

  private void putTime(long time) {
    putSigned(time - lastTime);
    lastTime = time;
  }

  private void putBool(boolean b) {
    putByte(b ? 1 : 0);
  }

  private void putEnum(Enum<?> v) {
    putUnsigned(v == null ? 0 : v.ordinal() + 1);
  }

  private int getByte(long[] pos) {
    long p = pos[0]++;
    return chunks[(int) (p >>> CHUNK_BITS)][(int) (p & (CHUNK - 1))] & 0xff;
  }

  private void putUnsigned(long v) {
    int at = (int) (length & (CHUNK - 1));
    if (at != 0 && at <= CHUNK - 10) {
      // Room for the longest number in the chunk being written: no check per byte.
      byte[] chunk = current;
      int start = at;
      while ((v & ~0x7FL) != 0) {
        chunk[at++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      chunk[at++] = (byte) v;
      length += at - start;
      return;
    }
    while ((v & ~0x7FL) != 0) {
      putByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    putByte((int) v);
  }

  private void putSigned(long v) {
    putUnsigned((v << 1) ^ (v >> 63));
  }

  private long getUnsigned(long[] pos) {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = getByte(pos);
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }

  private long getSigned(long[] pos) {
    long u = getUnsigned(pos);
    return (u >>> 1) ^ -(u & 1);
  }

  private void putString(String s) {
    putUnsigned(stringId(s));
  }

  /** The table number of {@code s} (from 1), added when new; 0 for null. */
  private int stringId(String s) {
    if (s == null) {
      return 0;
    }
    // The same few strings (wait reasons, channel names) come by the million, often as the same
    // instance: a small table by hash code answers before the map.
    int slot = s.hashCode() & (RECENT - 1);
    String recent = recentStrings[slot];
    if (recent == s || s.equals(recent)) {
      return recentIds[slot];
    }
    Integer known = stringIds.get(s);
    if (known == null) {
      strings.add(s);
      known = strings.size();
      stringIds.put(s, known);
    }
    recentStrings[slot] = s;
    recentIds[slot] = known;
    return known;
  }

  private static final int RECENT = 64;
  private final String[] recentStrings = new String[RECENT];
  private final int[] recentIds = new int[RECENT];

  private void putIntList(List<?> list) {
    if (list == null) {
      putUnsigned(0);
      return;
    }
    for (Object x : list) {
      if (!(x instanceof Integer)) {
        throw new IllegalArgumentException("an event list of something else than goroutine ids: " + list);
      }
    }
    putUnsigned(list.size() + 1L);
    for (Object x : list) {
      putSigned((Integer) x);
    }
  }

  // Values carried by sends and receives: numbers and strings inline, anything else by reference.
  private static final int O_NULL = 0;
  private static final int O_LONG = 1;
  private static final int O_STRING = 2;
  private static final int O_TRUE = 3;
  private static final int O_FALSE = 4;
  private static final int O_REF = 5;

  private void putObject(Object v) {
    if (v == null) {
      putByte(O_NULL);
    } else if (v.getClass() == Long.class) {
      putByte(O_LONG);
      putSigned((Long) v);
    } else if (v.getClass() == String.class) {
      putByte(O_STRING);
      putString((String) v);
    } else if (v.getClass() == Boolean.class) {
      putByte((Boolean) v ? O_TRUE : O_FALSE);
    } else {
      putByte(O_REF);
      objects.add(v);
      putUnsigned(objects.size() - 1L);
    }
  }

  private Object getObject(long[] pos) {
    switch (getByte(pos)) {
      case O_NULL:
        return null;
      case O_LONG:
        return getSigned(pos);
      case O_STRING:
        int id = (int) getUnsigned(pos);
        return id == 0 ? null : strings.get(id - 1);
      case O_TRUE:
        return Boolean.TRUE;
      case O_FALSE:
        return Boolean.FALSE;
      default:
        return objects.get((int) getUnsigned(pos));
    }
  }

  /** Bytes this log holds (its chunks as allocated, the kinds and block index), for --stats. */
  long retainedBytes() {
    long chunkBytes = ((length >>> CHUNK_BITS) + 1) * (long) CHUNK;
    long kindBytes = (((long) size >>> CHUNK_BITS) + 1) * CHUNK;
    return chunkBytes + kindBytes + 16L * (size / BLOCK + 1);
  }
}
