package dev.gorolab.model;

import java.util.Arrays;

/** A growable LIFO of ints (free allgs slots). */
final class IntStack {
  private int[] a = new int[4];
  private int n;

  void push(int v) {
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
    }
    a[n++] = v;
  }

  int pop() {
    return a[--n];
  }

  int size() {
    return n;
  }
}
