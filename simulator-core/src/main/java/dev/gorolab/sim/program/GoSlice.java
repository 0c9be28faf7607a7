package dev.gorolab.sim.program;

import java.util.Arrays;

/**
 * A Go slice: an immutable view ({@code offset}, {@code length}, {@code capacity}) of a backing
 * array that other slices may share, exactly as in Go: writing {@code s[i]} is seen through every
 * slice sharing the element, and {@code append} writes in place while capacity allows.
 *
 * <p>{@code toString()} is Go's {@code %v}: {@code [7 2 8]}. Elements are Go values ({@code Long},
 * {@code String}, ...). Engine thread only: the backing array is mutable.
 */
public final class GoSlice {

  /** Go 1.19 malloc size classes up to 32 KiB, which decide the capacity {@code append} picks. */
  private static final int[] SIZE_CLASSES = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
    2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768
  };

  private final Object[] array;
  private final int offset;
  private final int length;
  private final int capacity;
  private final GoType.Slice type;

  private GoSlice(Object[] array, int offset, int length, int capacity, GoType.Slice type) {
    this.array = array;
    this.offset = offset;
    this.length = length;
    this.capacity = capacity;
    this.type = type;
  }

  /** A slice literal {@code []T{elements...}}: length and capacity are the element count. */
  public static GoSlice of(GoType.Slice type, Object... elements) {
    return new GoSlice(elements.clone(), 0, elements.length, elements.length, type);
  }

  /** {@code make([]T, length, capacity)} with every element {@code zero}. */
  public static GoSlice make(GoType.Slice type, int length, int capacity, Object zero) {
    Object[] a = new Object[capacity];
    Arrays.fill(a, zero);
    return new GoSlice(a, 0, length, capacity, type);
  }

  public GoType.Slice type() {
    return type;
  }

  public int len() {
    return length;
  }

  /** The backing array (its identity locates elements for pointers to them). */
  public Object backing() {
    return array;
  }

  /** Where this slice starts in its backing array. */
  public int offset() {
    return offset;
  }

  public int cap() {
    return capacity;
  }

  /** {@code s[i]}; the caller has checked {@code 0 <= i < len()}. */
  public Object get(int i) {
    return array[offset + i];
  }

  /** {@code s[i] = v}, visible through every slice sharing the element. */
  public void set(int i, Object v) {
    array[offset + i] = v;
  }

  /** {@code s[low:high]}; the caller has checked {@code 0 <= low <= high <= cap()}. */
  public GoSlice slice(int low, int high) {
    return new GoSlice(array, offset + low, high - low, capacity - low, type);
  }

  /** {@code append(s, values...)} with Go 1.19's growth rule when capacity runs out. */
  public GoSlice append(Object[] values, int elemSizeBytes) {
    int newLen = length + values.length;
    if (newLen <= capacity) {
      System.arraycopy(values, 0, array, offset + length, values.length);
      return new GoSlice(array, offset, newLen, capacity, type);
    }
    int newCap = grow(capacity, newLen, elemSizeBytes);
    Object[] a = new Object[newCap];
    System.arraycopy(array, offset, a, 0, length);
    System.arraycopy(values, 0, a, length, values.length);
    return new GoSlice(a, 0, newLen, newCap, type);
  }

  /**
   * The capacity {@link #append} would grow {@code oldCap} to for {@code needed} elements, before
   * the round-up to a size class: in longs, so that a caller can check a huge one first.
   */
  public static long grownCapacity(int oldCap, long needed) {
    long doubleCap = 2L * oldCap;
    if (needed > doubleCap) {
      return needed;
    }
    if (oldCap < 256) {
      return doubleCap;
    }
    long newCap = oldCap;
    while (newCap < needed) {
      newCap += (newCap + 3 * 256) / 4;
    }
    return newCap;
  }

  /** {@code runtime.growslice} of go1.19, including the round-up to a malloc size class. */
  static int grow(int oldCap, int needed, int elemSize) {
    int newCap = oldCap;
    int doubleCap = oldCap + oldCap;
    if (needed > doubleCap) {
      newCap = needed;
    } else if (oldCap < 256) {
      newCap = doubleCap;
    } else {
      while (newCap > 0 && newCap < needed) {
        newCap += (newCap + 3 * 256) / 4;
      }
      if (newCap <= 0) {
        newCap = needed;
      }
    }
    long bytes = (long) newCap * elemSize;
    long rounded = roundUpSize(bytes);
    return (int) (rounded / elemSize);
  }

  private static long roundUpSize(long bytes) {
    if (bytes <= 32768) {
      for (int c : SIZE_CLASSES) {
        if (c >= bytes) {
          return c;
        }
      }
    }
    long page = 8192;
    return (bytes + page - 1) / page * page;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      Object e = get(i);
      // a pointer inside a slice prints as its address (fmt's printValue at depth > 0)
      sb.append(e instanceof GoPointer ? e.toString() : GoFormat.valueString(e));
    }
    return sb.append(']').toString();
  }
}
