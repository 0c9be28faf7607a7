package dev.gorolab.ui.viewmodel;

import java.util.Arrays;

/**
 * A growing column of ints in chunks of {@value #CHUNK}: appending never copies what is there
 * (a long run's columns are never one huge array), and a few million ints are a few arrays for the
 * collector instead of an object each. Written by one thread, then only read.
 */
final class IntColumn {
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private int[][] chunks = new int[0][];
  private int size;

  void add(int value) {
    int c = size >>> CHUNK_BITS;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
    }
    if (chunks[c] == null) {
      // A short column (most lanes of a small run) takes a small first chunk.
      chunks[c] = new int[c == 0 ? 16 : CHUNK];
    } else if (c == 0 && size == chunks[0].length) {
      chunks[0] = Arrays.copyOf(chunks[0], Math.min(CHUNK, size * 4));
    }
    chunks[c][size & (CHUNK - 1)] = value;
    size++;
  }

  int get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }

  int size() {
    return size;
  }
}
