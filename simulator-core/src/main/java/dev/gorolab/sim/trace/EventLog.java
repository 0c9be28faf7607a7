package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
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
  private static final Codec[] CODECS = new Codec[KINDS.length];

  static {
    for (int k = 0; k < KINDS.length; k++) {
      CODECS[k] = new Codec(KINDS[k]);
    }
  }

  /** The kind number of an event class (its place among Event's permitted records). */
  static int kindOf(Class<?> c) {
    for (int k = 0; k < KINDS.length; k++) {
      if (KINDS[k] == c) {
        return k;
      }
    }
    throw new IllegalArgumentException("not an event class: " + c.getName());
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
        throw new ExceptionInInitializerError(e);
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
    if (size % BLOCK == 0) {
      blockStarts.add(length);
      blockTimes.add(lastTime);
    }
    int k = kindOf(e.getClass());
    int ki = size >>> CHUNK_BITS;
    if ((size & (CHUNK - 1)) == 0) {
      if (ki == kinds.length) {
        kinds = Arrays.copyOf(kinds, ki * 2);
      }
      kinds[ki] = new byte[CHUNK];
    }
    kinds[ki][size & (CHUNK - 1)] = (byte) k;
    size++;
    Codec codec = CODECS[k];
    try {
      for (int i = 0; i < codec.get.length; i++) {
        Object v = codec.get[i].invokeExact(e);
        switch (codec.types[i]) {
          case T_INT -> putSigned((Integer) v);
          case T_LONG -> {
            long x = (Long) v;
            if (i == 0) { // the time: differences are small
              putSigned(x - lastTime);
              lastTime = x;
            } else {
              putSigned(x);
            }
          }
          case T_BOOL -> putByte((Boolean) v ? 1 : 0);
          case T_ENUM -> putUnsigned(v == null ? 0 : ((Enum<?>) v).ordinal() + 1);
          case T_STRING -> putString((String) v);
          case T_INT_LIST -> putIntList((List<?>) v);
          default -> putObject(v);
        }
      }
    } catch (RuntimeException | Error ex) {
      throw ex;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
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
      Codec codec = CODECS[kind(from + j)];
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

  private void putByte(int v) {
    int k = (int) (length >>> CHUNK_BITS);
    int at = (int) (length & (CHUNK - 1));
    if (at == 0) {
      if (k == chunks.length) {
        chunks = Arrays.copyOf(chunks, k * 2);
      }
      chunks[k] = new byte[CHUNK];
    }
    chunks[k][at] = (byte) v;
    length++;
  }

  private int getByte(long[] pos) {
    long p = pos[0]++;
    return chunks[(int) (p >>> CHUNK_BITS)][(int) (p & (CHUNK - 1))] & 0xff;
  }

  private void putUnsigned(long v) {
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
    if (s == null) {
      putUnsigned(0);
      return;
    }
    Integer id = stringIds.get(s);
    if (id == null) {
      strings.add(s);
      id = strings.size();
      stringIds.put(s, id);
    }
    putUnsigned(id);
  }

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
