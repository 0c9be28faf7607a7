package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.ui.viewmodel.GoDuration;
import org.junit.jupiter.api.Test;

/** Virtual time is shown the way Go prints a time.Duration. */
class GoDurationTest {
  @Test
  void format_matchesGosDurationString() {
    assertEquals("0s", GoDuration.format(0));
    assertEquals("1ns", GoDuration.format(1));
    assertEquals("1.5µs", GoDuration.format(1_500));
    assertEquals("20ms", GoDuration.format(20_000_000));
    assertEquals("1s", GoDuration.format(1_000_000_000L));
    assertEquals("1.000001s", GoDuration.format(1_000_001_000L));
    assertEquals("2m5s", GoDuration.format(125_000_000_000L));
    assertEquals("1h0m0s", GoDuration.format(3_600_000_000_000L));
  }
}
