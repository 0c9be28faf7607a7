package dev.gorolab.sim.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CellSharersTest {

  @Test
  void aFewSharers_keepArrivalOrderWithoutRepeats() {
    Cell cell = new Cell(0);
    for (int g : new int[] {1, 5, 1, 3, 5, 1}) {
      cell.addSharer(g);
    }
    assertArrayEquals(new int[] {1, 5, 3}, cell.sharerIds());
  }

  @Test
  void manySharers_keepArrivalOrderWithoutRepeats() {
    // As `go` of a closure over one variable adds the spawner again and the new goroutine each time.
    Cell cell = new Cell(0);
    for (int id = 2; id < 100_000; id++) {
      cell.addSharer(1);
      cell.addSharer(id);
      if (id % 1000 == 0) {
        cell.addSharer(id / 2);
      }
    }
    assertArrayEquals(IntStream.range(1, 100_000).toArray(), cell.sharerIds());
  }
}
