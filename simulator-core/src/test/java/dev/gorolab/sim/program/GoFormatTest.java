package dev.gorolab.sim.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoFormatTest {

  private static String printf(String format, Object... args) {
    return GoFormat.sprintf(format, Arrays.asList(args));
  }

  @Test
  void println_separatesEveryOperandWithASpace() {
    assertEquals("make a cake and sending... alishi-cake-1\n",
        GoFormat.sprintln(List.of("make a cake and sending...", "alishi-cake-1")));
    assertEquals("a 1 true\n", GoFormat.sprintln(List.of("a", 1L, true)));
  }

  @Test
  void print_addsSpacesOnlyBetweenNonStrings() {
    assertEquals("a1 2b", GoFormat.sprint(List.of("a", 1L, 2L, "b")));
  }

  @Test
  void floatV_isShortestWithExponentFromSeven() {
    assertEquals("3.5", GoFormat.valueString(3.5));
    assertEquals("1e+06", GoFormat.valueString(1e6));
    assertEquals("123456", GoFormat.valueString(123456.0));
    assertEquals("1e-05", GoFormat.valueString(0.00001));
    assertEquals("0.0001", GoFormat.valueString(0.0001));
    assertEquals("0.1", GoFormat.valueString(0.1));
    assertEquals("5.000123", GoFormat.valueString(5.000123));
    assertEquals("0", GoFormat.valueString(0.0));
    assertEquals("+Inf", GoFormat.valueString(Double.POSITIVE_INFINITY));
    assertEquals("1.23456789e+08", GoFormat.valueString(123456789.0));
  }

  @Test
  void printf_integerVerbs() {
    assertEquals("(1)+(-4)=-3\n", printf("(%d)+(%d)=%d\n", 1L, -4L, -3L));
    assertEquals("ff FF 0xff 101", printf("%x %X %#x %b", 255L, 255L, 255L, 5L));
    assertEquals("   42|42   |00042|+42", printf("%5d|%-5d|%05d|%+d", 42L, 42L, 42L, 42L));
    assertEquals("A 'A'", printf("%c %q", 65L, 65L));
  }

  @Test
  void printf_floatVerbs_roundHalfEvenOnTheExactValue() {
    assertEquals("5.00s", printf("%2.2fs", 5.000123));
    assertEquals("3.141593", printf("%f", Math.PI));
    assertEquals(" 3.14", printf("%5.2f", Math.PI));
    assertEquals("0.12", printf("%.2f", 0.125));
    assertEquals("1.000000e+06", printf("%e", 1e6));
    assertEquals("-001.5", printf("%06.1f", -1.5));
  }

  @Test
  void printf_stringBoolAndPercent() {
    assertEquals("\"hi\\n\" true 100%", printf("%q %t 100%%", "hi\n", true));
    assertEquals("[hi  ]", printf("[%-4s]", "hi"));
    assertEquals("6869", printf("%x", "hi"));
    assertEquals("he", printf("%.2s", "hello"));
  }

  @Test
  void printf_mistakes_areReportedAsGoDoes() {
    assertEquals("%!d(string=hi)", printf("%d", "hi"));
    assertEquals("%!s(int=5)", printf("%s", 5L));
    assertEquals("%!d(MISSING)", printf("%d"));
    assertEquals("1%!(EXTRA int=2, string=x)", printf("%d", 1L, 2L, "x"));
    assertEquals("%!f(time.Duration=1s)", printf("%f", new GoDuration(1_000_000_000L)));
  }

  @Test
  void durationString_matchesGo() {
    assertEquals("0s", new GoDuration(0).toString());
    assertEquals("1.5s", new GoDuration(1_500_000_000L).toString());
    assertEquals("2ms", new GoDuration(2_000_000L).toString());
    assertEquals("150µs", new GoDuration(150_000L).toString());
    assertEquals("1ns", new GoDuration(1L).toString());
    assertEquals("1m30s", new GoDuration(90_000_000_000L).toString());
    assertEquals("1h0m0s", new GoDuration(3_600_000_000_000L).toString());
    assertEquals("-2.000001s", new GoDuration(-2_000_001_000L).toString());
  }

  @Test
  void durationVerbs_useStringForVAndS_andNanosForD() {
    assertEquals("2s 2000000000", printf("%v %d", new GoDuration(2_000_000_000L), new GoDuration(2_000_000_000L)));
  }

  @Test
  void slices_printElementsWithTheVerb() {
    GoSlice s = GoSlice.of(new GoType.Slice(GoType.Basic.INT), 7L, 2L, 8L);
    assertEquals("[7 2 8]", GoFormat.valueString(s));
    assertEquals("[007 002 008]", printf("%03d", s));
    assertEquals("[]int", printf("%T", s));
  }

  @Test
  void time_printsOnThePlaygroundEpochWithMonotonicReading() {
    assertEquals("2009-11-10 23:00:01.5 +0000 UTC m=+1.500000000", new GoTime(1_500_000_000L).toString());
    assertEquals("2009-11-10 23:00:00 +0000 UTC m=+0.000000000", new GoTime(0).toString());
  }

  @Test
  void quote_keepsPrintableUnicodeAndEscapesControls() {
    assertEquals("\"您好\\t\\x01\"", GoStrings.quote("您好\t\u0001"));
  }

  @Test
  void nil_printsAsNil() {
    assertEquals("<nil> %!d(<nil>)", printf("%v %d", null, null));
  }
}
