package dev.gorolab.sim.lib.sort;

/**
 * Go 1.19's sorting algorithms, ported line by line from src/sort/zsortfunc.go: pattern-defeating
 * quicksort for Sort, Slice, Ints, Strings (not stable: which of equal elements comes first is
 * what this exact sequence of Less and Swap calls leaves), and insertion sort + SymMerge for
 * Stable and SliceStable. Less may call back into Go (sort.Slice), so the order and number of
 * calls is Go's too.
 */
final class Pdqsort {
  private Pdqsort() {}

  /** Less and Swap over indexes, as sort.Interface (lessSwap in Go). */
  interface Data {
    boolean less(int i, int j);

    void swap(int i, int j);
  }

  private static final int UNKNOWN_HINT = 0;
  private static final int INCREASING_HINT = 1;
  private static final int DECREASING_HINT = 2;

  /** sort.Sort / sort.Slice: pdqsort with limit bits.Len(n). */
  static void sort(Data data, int n) {
    pdqsort(data, 0, n, 64 - Long.numberOfLeadingZeros(n));
  }

  static void insertionSort(Data data, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      for (int j = i; j > a && data.less(j, j - 1); j--) {
        data.swap(j, j - 1);
      }
    }
  }

  static void siftDown(Data data, int lo, int hi, int first) {
    int root = lo;
    while (true) {
      int child = 2 * root + 1;
      if (child >= hi) {
        break;
      }
      if (child + 1 < hi && data.less(first + child, first + child + 1)) {
        child++;
      }
      if (!data.less(first + root, first + child)) {
        return;
      }
      data.swap(first + root, first + child);
      root = child;
    }
  }

  static void heapSort(Data data, int a, int b) {
    int first = a;
    int lo = 0;
    int hi = b - a;
    for (int i = (hi - 1) / 2; i >= 0; i--) {
      siftDown(data, i, hi, first);
    }
    for (int i = hi - 1; i >= 0; i--) {
      data.swap(first, first + i);
      siftDown(data, lo, i, first);
    }
  }

  static void pdqsort(Data data, int a, int b, int limit) {
    final int maxInsertion = 12;
    boolean wasBalanced = true;
    boolean wasPartitioned = true;
    while (true) {
      int length = b - a;
      if (length <= maxInsertion) {
        insertionSort(data, a, b);
        return;
      }
      if (limit == 0) {
        heapSort(data, a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(data, a, b);
        limit--;
      }
      int[] ph = choosePivot(data, a, b);
      int pivot = ph[0];
      int hint = ph[1];
      if (hint == DECREASING_HINT) {
        reverseRange(data, a, b);
        pivot = (b - 1) - (pivot - a);
        hint = INCREASING_HINT;
      }
      if (wasBalanced && wasPartitioned && hint == INCREASING_HINT) {
        if (partialInsertionSort(data, a, b)) {
          return;
        }
      }
      if (a > 0 && !data.less(a - 1, pivot)) {
        a = partitionEqual(data, a, b, pivot);
        continue;
      }
      int[] mp = partition(data, a, b, pivot);
      int mid = mp[0];
      wasPartitioned = mp[1] == 1;
      int leftLen = mid - a;
      int rightLen = b - mid;
      int balanceThreshold = length / 8;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(data, a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(data, mid + 1, b, limit);
        b = mid;
      }
    }
  }

  /** {newpivot, alreadyPartitioned ? 1 : 0}. */
  static int[] partition(Data data, int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (i <= j && data.less(i, a)) {
      i++;
    }
    while (i <= j && !data.less(j, a)) {
      j--;
    }
    if (i > j) {
      data.swap(j, a);
      return new int[] {j, 1};
    }
    data.swap(i, j);
    i++;
    j--;
    while (true) {
      while (i <= j && data.less(i, a)) {
        i++;
      }
      while (i <= j && !data.less(j, a)) {
        j--;
      }
      if (i > j) {
        break;
      }
      data.swap(i, j);
      i++;
      j--;
    }
    data.swap(j, a);
    return new int[] {j, 0};
  }

  static int partitionEqual(Data data, int a, int b, int pivot) {
    data.swap(a, pivot);
    int i = a + 1;
    int j = b - 1;
    while (true) {
      while (i <= j && !data.less(a, i)) {
        i++;
      }
      while (i <= j && data.less(a, j)) {
        j--;
      }
      if (i > j) {
        break;
      }
      data.swap(i, j);
      i++;
      j--;
    }
    return i;
  }

  static boolean partialInsertionSort(Data data, int a, int b) {
    final int maxSteps = 5;
    final int shortestShifting = 50;
    int i = a + 1;
    for (int j = 0; j < maxSteps; j++) {
      while (i < b && !data.less(i, i - 1)) {
        i++;
      }
      if (i == b) {
        return true;
      }
      if (b - a < shortestShifting) {
        return false;
      }
      data.swap(i, i - 1);
      if (i - a >= 2) {
        for (int k = i - 1; k >= 1; k--) {
          if (!data.less(k, k - 1)) {
            break;
          }
          data.swap(k, k - 1);
        }
      }
      if (b - i >= 2) {
        for (int k = i + 1; k < b; k++) {
          if (!data.less(k, k - 1)) {
            break;
          }
          data.swap(k, k - 1);
        }
      }
    }
    return false;
  }

  static void breakPatterns(Data data, int a, int b) {
    int length = b - a;
    if (length >= 8) {
      long random = length; // xorshift(length)
      long modulus = 1L << (64 - Long.numberOfLeadingZeros(length)); // nextPowerOfTwo
      for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        int other = (int) (random & (modulus - 1));
        if (other >= length) {
          other -= length;
        }
        data.swap(idx, a + other);
      }
    }
  }

  /** {pivot, hint}. */
  static int[] choosePivot(Data data, int a, int b) {
    final int shortestNinther = 50;
    final int maxSwaps = 4 * 3;
    int l = b - a;
    int[] swaps = {0};
    int i = a + l / 4 * 1;
    int j = a + l / 4 * 2;
    int k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortestNinther) {
        i = median(data, i - 1, i, i + 1, swaps);
        j = median(data, j - 1, j, j + 1, swaps);
        k = median(data, k - 1, k, k + 1, swaps);
      }
      j = median(data, i, j, k, swaps);
    }
    if (swaps[0] == 0) {
      return new int[] {j, INCREASING_HINT};
    } else if (swaps[0] == maxSwaps) {
      return new int[] {j, DECREASING_HINT};
    }
    return new int[] {j, UNKNOWN_HINT};
  }

  static int median(Data data, int a, int b, int c, int[] swaps) {
    // a, b = order2(a, b); b, c = order2(b, c); a, b = order2(a, b); return b
    if (data.less(b, a)) {
      swaps[0]++;
      int t = a;
      a = b;
      b = t;
    }
    if (data.less(c, b)) {
      swaps[0]++;
      int t = b;
      b = c;
      c = t;
    }
    if (data.less(b, a)) {
      swaps[0]++;
      int t = a;
      a = b;
      b = t;
    }
    return b;
  }

  static void reverseRange(Data data, int a, int b) {
    int i = a;
    int j = b - 1;
    while (i < j) {
      data.swap(i, j);
      i++;
      j--;
    }
  }

  static void swapRange(Data data, int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      data.swap(a + i, b + i);
    }
  }

  /** sort.Stable / SliceStable. */
  static void stable(Data data, int n) {
    int blockSize = 20;
    int a = 0;
    int b = blockSize;
    while (b <= n) {
      insertionSort(data, a, b);
      a = b;
      b += blockSize;
    }
    insertionSort(data, a, n);
    while (blockSize < n) {
      a = 0;
      b = 2 * blockSize;
      while (b <= n) {
        symMerge(data, a, a + blockSize, b);
        a = b;
        b += 2 * blockSize;
      }
      int m = a + blockSize;
      if (m < n) {
        symMerge(data, a, m, n);
      }
      blockSize *= 2;
    }
  }

  static void symMerge(Data data, int a, int m, int b) {
    if (m - a == 1) {
      int i = m;
      int j = b;
      while (i < j) {
        int h = (i + j) >>> 1;
        if (data.less(h, a)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int k = a; k < i - 1; k++) {
        data.swap(k, k + 1);
      }
      return;
    }
    if (b - m == 1) {
      int i = a;
      int j = m;
      while (i < j) {
        int h = (i + j) >>> 1;
        if (!data.less(m, h)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int k = m; k > i; k--) {
        data.swap(k, k - 1);
      }
      return;
    }
    int mid = (a + b) >>> 1;
    int n = mid + m;
    int start;
    int r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int p = n - 1;
    while (start < r) {
      int c = (start + r) >>> 1;
      if (!data.less(p - c, c)) {
        start = c + 1;
      } else {
        r = c;
      }
    }
    int end = n - start;
    if (start < m && m < end) {
      rotate(data, start, m, end);
    }
    if (a < start && start < mid) {
      symMerge(data, a, start, mid);
    }
    if (mid < end && end < b) {
      symMerge(data, mid, end, b);
    }
  }

  static void rotate(Data data, int a, int m, int b) {
    int i = m - a;
    int j = b - m;
    while (i != j) {
      if (i > j) {
        swapRange(data, m - i, m, j);
        i -= j;
      } else {
        swapRange(data, m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(data, m - i, m, i);
  }
}
