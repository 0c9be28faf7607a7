package dev.gorolab.sim.trace;

import java.util.Arrays;

/**
 * Append-only columns cut into fixed chunks. A recording appends millions of entries: growing
 * one array by doubling copies everything again and again and leaves the copies as garbage,
 * while a chunk, once allocated, stays where it is and is never copied.
 */
final class Chunked {
  private static final int BITS = 14;
  private static final int SIZE = 1 << BITS;
  private static final int MASK = SIZE - 1;

  private Chunked() {}

  /** Room for chunk {@code k} in a table of chunks. */
  private static <T> T[] grow(T[] chunks, int k) {
    return k < chunks.length ? chunks : Arrays.copyOf(chunks, Math.max(k + 1, chunks.length * 2));
  }

  static final class Ints {
    private int[][] chunks = new int[4][];
    private int size;

    int size() {
      return size;
    }

    void add(int v) {
      int k = size >>> BITS;
      if ((size & MASK) == 0) {
        chunks = grow(chunks, k);
        chunks[k] = new int[SIZE];
      }
      chunks[k][size & MASK] = v;
      size++;
    }

    int get(int i) {
      return chunks[i >>> BITS][i & MASK];
    }
  }

  static final class Longs {
    private long[][] chunks = new long[4][];
    private int size;

    void add(long v) {
      int k = size >>> BITS;
      if ((size & MASK) == 0) {
        chunks = grow(chunks, k);
        chunks[k] = new long[SIZE];
      }
      chunks[k][size & MASK] = v;
      size++;
    }

    long get(int i) {
      return chunks[i >>> BITS][i & MASK];
    }
  }

  static final class Bytes {
    private byte[][] chunks = new byte[4][];
    private int size;

    void add(byte v) {
      int k = size >>> BITS;
      if ((size & MASK) == 0) {
        chunks = grow(chunks, k);
        chunks[k] = new byte[SIZE];
      }
      chunks[k][size & MASK] = v;
      size++;
    }

    byte get(int i) {
      return chunks[i >>> BITS][i & MASK];
    }
  }

  static final class Refs {
    private Object[][] chunks = new Object[4][];
    private int size;

    int size() {
      return size;
    }

    void add(Object v) {
      int k = size >>> BITS;
      if ((size & MASK) == 0) {
        chunks = grow(chunks, k);
        chunks[k] = new Object[SIZE];
      }
      chunks[k][size & MASK] = v;
      size++;
    }

    Object get(int i) {
      return chunks[i >>> BITS][i & MASK];
    }
  }
}
