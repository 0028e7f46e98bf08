import dev.ownership.annotations.Owned;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

// An element taken out of a collection that owns its elements is an owner like any other
// (SPEC §12): a closeable one must be closed, or handed on.
class OwnedElementsTakenOut {
  static final class Conn implements Closeable {
    void send(String s) {}

    @Override
    public void close() {}
  }

  private final Deque<@Owned Conn> idle = new ArrayDeque<>();

  void takenOutAndDropped() {
    // :: error: [owned.not.released]
    Conn c = idle.poll();
    if (c != null) {
      c.send("ping");
    }
  }

  void removedFromAMapAndDropped(Map<String, @Owned Conn> open) {
    // :: error: [owned.not.released]
    Conn c = open.remove("a");
    c.send("bye");
  }

  void removedThroughTheIteratorAndDropped() {
    java.util.Iterator<@Owned Conn> it = idle.iterator();
    while (it.hasNext()) {
      Conn c = it.next();
      // :: error: [owned.not.released]
      it.remove();
    }
  }

  // Silent: closed, put back, or handed on.

  void removedThroughTheIteratorAndClosed() {
    java.util.Iterator<@Owned Conn> it = idle.iterator();
    while (it.hasNext()) {
      Conn c = it.next();
      it.remove();
      c.close();
    }
  }

  void takenOutAndClosed() {
    Conn c = idle.poll();
    if (c != null) {
      c.send("ping");
      c.close();
    }
  }

  void takenOutAndPutBack() {
    Conn c = idle.pop();
    c.send("ping");
    idle.push(c);
  }

  void takenOutInTryWithResources(Map<String, @Owned Conn> open) {
    try (Conn c = open.remove("a")) {
      c.send("bye");
    }
  }

  @Owned Conn handedOn() {
    return idle.pop();
  }

  void lookedAtNeedsNoClose() {
    Conn c = idle.peek();
    if (c != null) {
      c.send("ping");
    }
  }
}
