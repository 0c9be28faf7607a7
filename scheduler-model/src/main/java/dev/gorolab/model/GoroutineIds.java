package dev.gorolab.model;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of goroutine ids over an int array, boxed only when read: the run queues'
 * overflow and batch events carry up to 129 ids each, and most of them are never looked at.
 */
final class GoroutineIds extends AbstractList<Integer> implements RandomAccess {
  private final int[] ids;
  private final int size;

  /** A list of the first {@code size} ids; the caller hands the array over and never writes it again. */
  GoroutineIds(int[] ids, int size) {
    this.ids = ids;
    this.size = size;
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size + " goroutine ids");
    }
    return ids[index];
  }

  @Override
  public int size() {
    return size;
  }
}
