package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void format_writesDurationsAsGoPrintsThem() {
    assertEquals("0s", Durations.format(0));
    assertEquals("150ns", Durations.format(150));
    assertEquals("20\u00b5s", Durations.format(20_000));
    assertEquals("1.5ms", Durations.format(1_500_000));
    assertEquals("2s", Durations.format(2_000_000_000L));
    assertEquals("1.000000001s", Durations.format(1_000_000_001L));
    assertEquals("-3ms", Durations.format(-3_000_000));
  }
}
