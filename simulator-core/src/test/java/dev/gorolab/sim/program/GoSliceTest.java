package dev.gorolab.sim.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoSliceTest {
  private static final GoType.Slice INTS = new GoType.Slice(GoType.Basic.INT);

  @Test
  void subslices_shareTheBackingArray() {
    GoSlice s = GoSlice.of(INTS, 1L, -4L, -9L, 20L, 4L, 9L);
    GoSlice lo = s.slice(0, s.len() / 2);
    GoSlice hi = s.slice(s.len() / 2, s.len());
    assertEquals("[1 -4 -9]", lo.toString());
    assertEquals("[20 4 9]", hi.toString());
    lo.set(0, 100L);
    assertEquals("[100 -4 -9 20 4 9]", s.toString());
    assertEquals(6, lo.cap());
  }

  @Test
  void append_withinCapacity_writesIntoTheSharedArray() {
    GoSlice s = GoSlice.of(INTS, 1L, 2L, 3L);
    GoSlice head = s.slice(0, 1);
    GoSlice grown = head.append(new Object[] {9L}, 8);
    assertEquals("[1 9 3]", s.toString());
    assertEquals("[1 9]", grown.toString());
  }

  @Test
  void append_beyondCapacity_growsLikeGo119() {
    GoSlice s = GoSlice.make(INTS, 0, 0, 0L);
    int[] caps = new int[6];
    for (int i = 0; i < 6; i++) {
      s = s.append(new Object[] {(long) i}, 8);
      caps[i] = s.cap();
    }
    assertEquals("[1, 2, 4, 4, 8, 8]", java.util.Arrays.toString(caps));
    assertEquals(6, GoSlice.make(INTS, 0, 0, 0L).append(new Object[] {1L, 2L, 3L, 4L, 5L}, 8).cap());
  }
}
