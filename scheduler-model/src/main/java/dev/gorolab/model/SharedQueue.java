package dev.gorolab.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A FIFO whose snapshots cost O(1): an append-only log over an array with a head and a tail.
 *
 * <p>{@link #view} publishes the live range {@code [head, tail)} of the current array as an
 * immutable list. The queue never rewrites a slot a published view covers: {@code addLast} writes
 * at the tail, {@code pollFirst} only advances the head, and every other change (growth, removal
 * from the middle or the tail, an {@code addFirst} below a published head) moves the live range
 * into a fresh array, leaving the old one to the views that hold it. This keeps a delta of a
 * channel with 100,000 parked receivers as small as one with a single one (see docs/benchmarks.md).
 * Engine thread only.
 */
final class SharedQueue<E> implements Iterable<E> {
  private static final Object[] EMPTY = {};
  private static final int MIN_CAPACITY = 8;

  private Object[] a = EMPTY;
  private int head;
  private int tail;
  /** The lowest head of any view published on {@code a}; slots at or above it are frozen. */
  private int exposedHead = Integer.MAX_VALUE;
  /** The highest tail of any view published on {@code a}. */
  private int exposedTail = -1;
  /** The last view published, handed out again while nothing changed. */
  private View<E, ?> lastView;

  int size() {
    return tail - head;
  }

  boolean isEmpty() {
    return head == tail;
  }

  void addLast(E e) {
    if (tail == a.length) {
      if (exposedTail < 0 && size() <= a.length / 2 && a.length > 0) {
        compact(); // no view covers this array: a FIFO that was never looked at reuses it
      } else {
        relocate(0, Math.max(MIN_CAPACITY, size() * 2));
      }
    }
    a[tail++] = e;
  }

  /** Moves the live range to the start of the same array; only while no view covers it. */
  private void compact() {
    int n = size();
    System.arraycopy(a, head, a, 0, n);
    Arrays.fill(a, Math.max(n, head), tail, null); // pollFirst already cleared the slots below head
    head = 0;
    tail = n;
  }

  void addFirst(E e) {
    if (head == 0 || exposedHead < head) {
      int room = Math.max(MIN_CAPACITY / 2, size());
      relocate(room, room + size() * 2 + MIN_CAPACITY / 2);
    }
    a[--head] = e;
  }

  /** The head, or null when empty. */
  @SuppressWarnings("unchecked")
  E pollFirst() {
    if (head == tail) {
      return null;
    }
    E e = (E) a[head];
    if (head < exposedHead) {
      a[head] = null; // no view covers it: let it be collected
    }
    head++;
    return e;
  }

  /** The head, or null when empty. */
  @SuppressWarnings("unchecked")
  E peekFirst() {
    return head == tail ? null : (E) a[head];
  }

  /** Removes and returns the tail; the queue must not be empty. */
  @SuppressWarnings("unchecked")
  E removeLast() {
    if (head == tail) {
      throw new NoSuchElementException();
    }
    if (tail <= exposedTail) {
      relocate(0, Math.max(MIN_CAPACITY, size()));
    }
    E e = (E) a[--tail];
    a[tail] = null;
    return e;
  }

  /** Removes the first occurrence of {@code o} (by identity); returns whether it was there. */
  boolean remove(Object o) {
    for (int i = head; i < tail; i++) {
      if (a[i] == o) {
        if (i == head) {
          pollFirst();
        } else {
          Object[] b = new Object[Math.max(MIN_CAPACITY, size())];
          System.arraycopy(a, head, b, 0, i - head);
          System.arraycopy(a, i + 1, b, i - head, tail - i - 1);
          tail = size() - 1;
          head = 0;
          a = b;
          exposedHead = Integer.MAX_VALUE;
          exposedTail = -1;
        }
        return true;
      }
    }
    return false;
  }

  /** The elements now, head first, mapped by {@code map}; the list never changes afterwards. */
  <R> java.util.List<R> view(Function<? super E, R> map) {
    if (head == tail) {
      return java.util.List.of();
    }
    View<E, ?> last = lastView;
    if (last != null && last.a == a && last.from == head && last.to == tail && last.map == map) {
      @SuppressWarnings("unchecked")
      java.util.List<R> same = (java.util.List<R>) last;
      return same;
    }
    exposedHead = Math.min(exposedHead, head);
    exposedTail = Math.max(exposedTail, tail);
    View<E, R> v = new View<>(a, head, tail, map);
    lastView = v;
    return v;
  }

  /**
   * Freezes the live range {@code [head(), tail())} of {@link #array()} for a holder that keeps
   * the three values instead of a {@link #view} (one object less per state; see
   * RuntimeSnapshot.ChannelState). Read them right after this call.
   */
  void expose() {
    if (head != tail) {
      exposedHead = Math.min(exposedHead, head);
      exposedTail = Math.max(exposedTail, tail);
    }
  }

  Object[] array() {
    return a;
  }

  int head() {
    return head;
  }

  int tail() {
    return tail;
  }

  /** A list over a range {@link #expose} froze. */
  static <E, R> java.util.List<R> viewOf(Object[] a, int from, int to, Function<? super E, R> map) {
    return from == to ? java.util.List.of() : new View<>(a, from, to, map);
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int i = head;

      @Override
      public boolean hasNext() {
        return i < tail;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (i >= tail) {
          throw new NoSuchElementException();
        }
        return (E) a[i++];
      }
    };
  }

  /** Moves the live range to a fresh array of {@code capacity} slots, starting at {@code at}. */
  private void relocate(int at, int capacity) {
    int n = size();
    Object[] b = new Object[Math.max(capacity, at + n)];
    System.arraycopy(a, head, b, at, n);
    a = b;
    head = at;
    tail = at + n;
    exposedHead = Integer.MAX_VALUE;
    exposedTail = -1;
  }

  /** An immutable window on a frozen range of an array; equality is element-wise (List's). */
  private static final class View<E, R> extends AbstractList<R> implements RandomAccess {
    private final Object[] a;
    private final int from;
    private final int to;
    private final Function<? super E, R> map;

    View(Object[] a, int from, int to, Function<? super E, R> map) {
      this.a = a;
      this.from = from;
      this.to = to;
      this.map = map;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException("index " + index + " of a queue of " + (to - from));
      }
      return map.apply((E) a[from + index]);
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public boolean equals(Object o) {
      if (o instanceof View<?, ?> v && v.a == a && v.from == from && v.to == to && v.map == map) {
        return true;
      }
      // AbstractList compares elements before sizes: one push would cost a walk of the queue.
      return o instanceof java.util.List<?> l && l.size() == size() && super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOfRange(a, head, tail));
  }
}
