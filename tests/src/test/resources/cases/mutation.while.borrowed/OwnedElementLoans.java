import dev.ownership.annotations.Owned;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

// An element looked at is a borrow of its collection (SPEC §12): changing the collection's
// structure while the element is still used is Rust's E0502 on `v[0]` then `v.clear()`.
// Changing the element itself is not a change of the collection.
class OwnedElementLoans {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void lookThenClearThenUse(List<@Owned Buf> list) {
    Buf first = list.get(0);
    // :: error: [mutation.while.borrowed]
    list.clear();
    first.write(1);
  }

  void lookThenAddThenUse(List<@Owned Buf> list, @Owned Buf more) {
    Buf first = list.get(0);
    // :: error: [mutation.while.borrowed]
    list.add(more);
    first.write(1);
  }

  void peekThenPollThenUse(Deque<@Owned Buf> queue) {
    Buf head = queue.peek();
    // :: error: [mutation.while.borrowed]
    take(queue.poll());
    head.write(1);
  }

  void mapValueThenRemoveThenUse(Map<String, @Owned Buf> open) {
    Buf a = open.get("a");
    // :: error: [mutation.while.borrowed]
    take(open.remove("b"));
    a.write(1);
  }

  void forEachThenAdd(List<@Owned Buf> list) {
    for (Buf b : list) {
      b.write(1);
      // :: error: [mutation.while.borrowed]
      list.add(new Buf());
    }
  }

  // The concurrent containers do not throw on iteration, but an element they own is still
  // theirs: taking it away under a live look is the same mistake.
  void concurrentMapValueThenRemove(ConcurrentHashMap<String, @Owned Buf> pools) {
    Buf pool = pools.get("k");
    // :: error: [mutation.while.borrowed]
    pools.remove("k");
    pool.write(1);
  }

  void blockingQueuePeekThenClear(BlockingQueue<@Owned Buf> queue) {
    Buf head = queue.peek();
    // :: error: [mutation.while.borrowed]
    queue.clear();
    head.write(1);
  }

  // A lambda given to a call on a concurrent container that owns its elements runs during the
  // call: what it changes is checked against the loans then live, as for any other call. The
  // list being walked is an ArrayList's: adding to it throws ConcurrentModificationException.
  void lambdaOnConcurrentMapAddsToTheWalkedList(
      ConcurrentHashMap<String, @Owned Buf> pools, List<String> names) {
    for (String n : names) {
      // :: error: [mutation.while.borrowed]
      pools.forEach((k, v) -> names.add(k));
    }
  }

  void readOfConcurrentMapThenAddToTheWalkedList(
      ConcurrentHashMap<String, @Owned Buf> pools, List<String> names) {
    for (String n : names) {
      pools.containsKey(n);
      // :: error: [mutation.while.borrowed]
      names.add(n);
    }
  }

  // Silent: the borrow is over before the change, or only elements change.

  void unannotatedConcurrentMapIsLeftAlone(ConcurrentHashMap<String, Buf> pools) {
    Buf pool = pools.get("k");
    pools.remove("k");
    pool.write(1);
    for (String k : pools.keySet()) {
      pools.remove(k);
    }
  }

  void lookUseThenClear(List<@Owned Buf> list) {
    Buf first = list.get(0);
    first.write(1);
    list.clear();
  }

  void elementsChangeInTheLoop(List<@Owned Buf> list) {
    for (Buf b : list) {
      b.write(0);
    }
  }

  void twoElementsChangedInTurn(List<@Owned Buf> list) {
    Buf a = list.get(0);
    Buf b = list.get(1);
    a.write(1);
    b.write(2);
  }

  void takeOutThenClear(Deque<@Owned Buf> queue) {
    Buf head = queue.poll();
    queue.clear();
    head.write(1);
    take(head);
  }

  void drainWithPoll() {
    Deque<@Owned Buf> pending = new ArrayDeque<>();
    pending.push(new Buf());
    Buf b;
    while ((b = pending.poll()) != null) {
      b.write(1);
      take(b);
    }
  }
}
