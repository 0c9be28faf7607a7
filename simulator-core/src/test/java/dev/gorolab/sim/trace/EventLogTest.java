package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gorolab.model.Event;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventLogTest {

  /** An event of {@code c} with values drawn from {@code rnd}: small and large, negative, null. */
  private static Event sample(Class<?> c, Random rnd, long time) throws ReflectiveOperationException {
    RecordComponent[] rc = c.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    Object[] args = new Object[rc.length];
    for (int i = 0; i < rc.length; i++) {
      Class<?> t = rc[i].getType();
      types[i] = t;
      if (i == 0) {
        args[i] = time;
      } else if (t == int.class) {
        args[i] = rnd.nextBoolean() ? rnd.nextInt(10) - 1 : rnd.nextInt();
      } else if (t == long.class) {
        args[i] = rnd.nextBoolean() ? (long) rnd.nextInt(1000) : rnd.nextLong();
      } else if (t == boolean.class) {
        args[i] = rnd.nextBoolean();
      } else if (t.isEnum()) {
        Object[] values = t.getEnumConstants();
        args[i] = rnd.nextInt(4) == 0 ? null : values[rnd.nextInt(values.length)];
      } else if (t == String.class) {
        args[i] = rnd.nextInt(4) == 0 ? null : "s" + rnd.nextInt(5);
      } else if (t == List.class) {
        int n = rnd.nextInt(4) - 1;
        if (n >= 0) {
          List<Integer> ids = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            ids.add(rnd.nextInt(200_000) - 1);
          }
          args[i] = List.copyOf(ids);
        }
      } else {
        Object[] values = {null, 7L, -300000L, "text", true, false, new int[] {1}};
        args[i] = values[rnd.nextInt(values.length)];
      }
    }
    return (Event) c.getDeclaredConstructor(types).newInstance(args);
  }

  @Test
  void handWrittenEncoders_writeTheBytesOfTheGenericWalk_andDecodeBack() throws Exception {
    Random rnd = new Random(14);
    EventLog hand = new EventLog();
    EventLog generic = new EventLog();
    EventLog components = new EventLog();
    List<Event> added = new ArrayList<>();
    int handWritten = 0;
    long time = 0;
    // About 2 MiB of bytes: every kind is written near the end of some 64 KiB chunk, where a
    // hand-written encoder writes aside and copies across into the next chunk.
    for (int round = 0; round < 1500; round++) {
      for (Class<?> c : Event.class.getPermittedSubclasses()) {
        time += rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(100_000);
        Event e = sample(c, rnd, time);
        hand.add(e);
        generic.addGeneric(e);
        addComponents(components, e);
        added.add(e);
        if (round == 0 && EventLog.hasHandWrittenEncoder(e.getClass())) {
          handWritten++;
        }
      }
    }
    assertEquals(Event.class.getPermittedSubclasses().length, handWritten, "kinds with a hand-written encoder");
    assertArrayEquals(generic.bytes(), hand.bytes());
    assertArrayEquals(generic.bytes(), components.bytes());
    assertEquals(added.size(), hand.size());
    for (int i = 0; i < added.size(); i++) {
      Event e = added.get(i);
      assertEquals(EventLog.kindOf(e.getClass()), hand.kind(i));
      if (e instanceof Event.ValueSent || e instanceof Event.ValueReceived) {
        // A value kept by reference comes back as the same object; an int[] is not equal by value.
        assertEquals(e.toString().replaceAll("\\[I@\\w+", "int[]"), hand.get(i).toString().replaceAll("\\[I@\\w+", "int[]"));
      } else {
        assertEquals(e, hand.get(i), "event " + i);
      }
    }
  }

  /** Appends {@code e} as a recording does: the five kinds of a channel operation from their components. */
  private static void addComponents(EventLog log, Event e) {
    if (e instanceof Event.GoroutineStarted x) {
      log.addGoroutineStarted(x.time(), x.g(), x.p(), x.m(), x.source(), x.newSlice(), x.schedtick());
    } else if (e instanceof Event.GoroutineReadied x) {
      log.addGoroutineReadied(x.time(), x.g(), x.waker(), x.p(), x.place(), x.displaced(), x.because());
    } else if (e instanceof Event.GoroutineBlocked x) {
      log.addGoroutineBlocked(x.time(), x.g(), x.p(), x.waitReason(), x.ch(), x.object());
    } else if (e instanceof Event.ValueSent x) {
      log.addValueSent(x.time(), x.g(), x.ch(), x.value(), x.mode(), x.receiver(), x.slot());
    } else if (e instanceof Event.ValueReceived x) {
      log.addValueReceived(x.time(), x.g(), x.ch(), x.value(), x.ok(), x.mode(), x.sender(), x.slot());
    } else {
      log.add(e);
    }
  }

  @Test
  void manyEvents_crossChunkBoundaries_andDecodeBack() {
    EventLog log = new EventLog();
    int n = 200_000; // about 1.5 chunks of bytes, and a varint split across chunks on the way
    for (int i = 0; i < n; i++) {
      log.add(new Event.GoroutinePreempted(i * 3L, i, i % 4, (long) i * i * 1_000_003L));
    }
    for (int i = 0; i < n; i += 997) {
      assertEquals(new Event.GoroutinePreempted(i * 3L, i, i % 4, (long) i * i * 1_000_003L), log.get(i));
    }
    assertEquals(new Event.GoroutinePreempted((n - 1) * 3L, n - 1, (n - 1) % 4, (long) (n - 1) * (n - 1) * 1_000_003L),
        log.get(n - 1));
  }

  @Test
  void kindOf_rejectsAClassThatIsNotAnEvent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventLog.kindOf(String.class));
    assertEquals("not an event class: java.lang.String", e.getMessage());
  }
}
