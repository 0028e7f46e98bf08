import dev.ownership.annotations.*;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

// commons-pool2 GenericKeyedObjectPool.poolMap is a ConcurrentHashMap that owns each key's deque.
// A structural change while an element borrow is live is mutation.while.borrowed (SPEC §12, "the
// CME exclusion of §6 does not apply here"), and it is reported for the ArrayDeque (line 39), but
// not for the java.util.concurrent map and queue: the element borrow is not seen at all.
// Reported: line 39 only.
// Expected (a false negative, not a false positive): mutation.while.borrowed at lines 23 and 31
// as well. (Put-in moves and move.out.of.borrow do work on these containers.)
class ConcurrentContainerStructuralChange {
  static final class Deq { void clear() { } }

  private final Map<String, @Owned Deq> poolMap = new ConcurrentHashMap<>();

  void deregister(String k) {
    Deq objectDeque = poolMap.get(k);
    poolMap.remove(k);
    objectDeque.clear();
  }

  private final BlockingQueue<@Owned Deq> queue = new LinkedBlockingQueue<>();

  void drop() {
    Deq head = queue.peek();
    queue.clear();
    head.clear();
  }

  private final Deque<@Owned Deq> plain = new ArrayDeque<>();

  void dropPlain() {
    Deq head = plain.peekFirst();
    plain.clear();
    head.clear();
  }
}
