package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelCopierTest {
  /** A mutable node: cycles, arrays, a record around a mutable object, hashed collections. */
  static final class Node {
    int id;
    long ticks;
    boolean parked;
    Node next;
    Object[] slots;
    int[] counts;
    Pair pair;
    LinkedHashMap<Node, Pair> byNode = new LinkedHashMap<>();
    TreeMap<String, Node> byName = new TreeMap<>();
    Object sharedThing;
  }

  record Pair(Node node, Pair inner, String label, int n) {}

  private static Node graph(Object sharedThing) {
    Node a = new Node();
    Node b = new Node();
    a.id = 1;
    a.ticks = 1L << 40;
    a.parked = true;
    b.id = 2;
    a.next = b;
    b.next = a; // a cycle
    a.slots = new Object[] {b, "text", 7L, null, a};
    a.counts = new int[] {3, 4};
    a.pair = new Pair(b, new Pair(a, null, "inner", 2), "outer", 1);
    a.byNode.put(b, a.pair);
    a.byName.put("b", b);
    a.sharedThing = sharedThing;
    b.sharedThing = sharedThing;
    return a;
  }

  @Test
  void imageCopy_keepsValuesIdentityAndCyclesAndSharesWhatIsShared() {
    Object sharedThing = new Object();
    Node snapshot = ModelCopier.copy(graph(sharedThing), o -> o == sharedThing, new int[1]);
    ModelCopier.Image image = ModelCopier.image(snapshot, o -> o == sharedThing);

    for (int round = 0; round < 2; round++) {
      Node a = (Node) image.copy();
      assertNotSame(snapshot, a);
      Node b = a.next;
      assertNotSame(snapshot.next, b);
      assertSame(a, b.next);
      assertEquals(1, a.id);
      assertEquals(1L << 40, a.ticks);
      assertEquals(true, a.parked);
      assertEquals(2, b.id);
      assertSame(b, a.slots[0]);
      assertSame(snapshot.slots[1], a.slots[1]);
      assertEquals(7L, a.slots[2]);
      assertSame(a, a.slots[4]);
      assertEquals(List.of(3, 4), List.of(a.counts[0], a.counts[1]));
      assertNotSame(snapshot.counts, a.counts);
      assertSame(b, a.pair.node());
      assertSame(a, a.pair.inner().node());
      assertEquals("outer", a.pair.label());
      assertEquals(2, a.pair.inner().n());
      assertSame(a.pair, a.byNode.get(b));
      assertSame(b, a.byName.get("b"));
      assertSame(sharedThing, a.sharedThing);
      assertSame(sharedThing, b.sharedThing);
    }
  }

  @Test
  void imageCopies_areIndependentOfEachOtherAndOfTheSnapshot() {
    Node snapshot = ModelCopier.copy(graph(null), o -> false, new int[1]);
    ModelCopier.Image image = ModelCopier.image(snapshot, o -> false);
    Node first = (Node) image.copy();
    first.id = 99;
    first.next.slots = null;
    first.counts[0] = -1;
    first.byName.clear();
    Node second = (Node) image.copy();
    assertEquals(1, second.id);
    assertEquals(3, second.counts[0]);
    assertEquals(1, second.byName.size());
    assertEquals(1, snapshot.id);
    assertEquals(3, snapshot.counts[0]);
  }
}
