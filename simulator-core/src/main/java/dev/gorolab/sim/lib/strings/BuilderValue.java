package dev.gorolab.sim.lib.strings;

import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@code strings.Builder}: the bytes written so far (go1.19 strings/builder.go). Engine thread only. */
public final class BuilderValue {
  private final StringBuilder text = new StringBuilder();
  private long lenBytes;

  static void register(Packages.Registry r) {
    GoType t = Basic.STRINGS_BUILDER;
    List<GoType> none = List.of();
    r.zero(t, (c, a) -> new BuilderValue());
    r.method(t, "WriteString", new GoType.Func(List.of(Basic.STRING), List.of(Basic.INT, GoType.ERROR)),
        (c, a) -> new Object[] {b(a[0]).write((String) a[1]), null});
    r.method(t, "WriteByte", new GoType.Func(List.of(Basic.UINT8), List.of(GoType.ERROR)), (c, a) -> {
      // a byte of a UTF-8 sequence cannot be held on its own in a Java string; ASCII can
      long v = (Long) a[1];
      b(a[0]).write(v < 0x80 ? String.valueOf((char) v) : new String(new byte[] {(byte) v}, StandardCharsets.ISO_8859_1));
      return null;
    });
    r.method(t, "WriteRune", new GoType.Func(List.of(Basic.INT32), List.of(Basic.INT, GoType.ERROR)), (c, a) -> {
      long cp = (Long) a[1];
      String s = cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? new String(Character.toChars((int) cp))
          : "\uFFFD";
      return new Object[] {b(a[0]).write(s), null};
    });
    r.method(t, "String", new GoType.Func(none, List.of(Basic.STRING)), (c, a) -> b(a[0]).text.toString());
    r.method(t, "Len", new GoType.Func(none, List.of(Basic.INT)), (c, a) -> b(a[0]).lenBytes);
    r.method(t, "Cap", new GoType.Func(none, List.of(Basic.INT)), (c, a) -> b(a[0]).lenBytes);
    r.method(t, "Reset", new GoType.Func(none, none), (c, a) -> {
      b(a[0]).text.setLength(0);
      b(a[0]).lenBytes = 0;
      return null;
    });
    r.method(t, "Grow", new GoType.Func(List.of(Basic.INT), none), (c, a) -> {
      if ((Long) a[1] < 0) {
        throw new LibPanic("strings.Builder.Grow: negative count");
      }
      return null;
    });
  }

  private long write(String s) {
    long n = s.getBytes(StandardCharsets.UTF_8).length;
    text.append(s);
    lenBytes += n;
    return n;
  }

  private static BuilderValue b(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (BuilderValue) v;
  }

  @Override
  public String toString() {
    return "{" + text + "}";
  }
}
