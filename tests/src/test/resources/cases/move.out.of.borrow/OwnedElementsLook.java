import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Owned;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;

// Looking at an element of a collection that owns its elements borrows it from the collection
// (SPEC §12): moving it out is Rust's E0507, "cannot move out of index of `Vec`". Taking it out
// gives an owner.
class OwnedElementsLook {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  void getThenMove(List<@Owned Buf> list) {
    // :: error: [move.out.of.borrow]
    take(list.get(0));
  }

  void peekThenMove(Queue<@Owned Buf> queue) {
    // :: error: [move.out.of.borrow]
    take(queue.peek());
  }

  void elementThenMove(Queue<@Owned Buf> queue) {
    // :: error: [move.out.of.borrow]
    take(queue.element());
  }

  void getFirstThenMove(Deque<@Owned Buf> deque) {
    // :: error: [move.out.of.borrow]
    take(deque.getFirst());
  }

  void mapGetThenMove(Map<String, @Owned Buf> open) {
    // :: error: [move.out.of.borrow]
    take(open.get("a"));
  }

  void concurrentMapGetThenMove(ConcurrentMap<String, @Owned Buf> open) {
    // :: error: [move.out.of.borrow]
    take(open.get("a"));
  }

  void forEachVariableThenMove(List<@Owned Buf> list) {
    for (Buf b : list) {
      // :: error: [move.out.of.borrow]
      take(b);
    }
  }

  void iteratorNextThenMove(List<@Owned Buf> list) {
    Iterator<@Owned Buf> it = list.iterator();
    // :: error: [move.out.of.borrow]
    take(it.next());
  }

  void localFromALookThenMove(List<@Owned Buf> list) {
    Buf first = list.get(0);
    // :: error: [move.out.of.borrow]
    take(first);
  }

  void lookThenPutInAnother(List<@Owned Buf> from, List<@Owned Buf> to) {
    // :: error: [move.out.of.borrow]
    to.add(from.get(0));
  }

  void arraySlotThenMove(@Owned Buf @Owned [] slots) {
    // :: error: [move.out.of.borrow]
    take(slots[0]);
  }

  void arraySlotToArraySlot(@Owned Buf @Owned [] slots) {
    // :: error: [move.out.of.borrow]
    slots[0] = slots[1];
  }

  void forEachOverAnOwnedArray(@Owned Buf @Owned [] slots) {
    for (Buf b : slots) {
      // :: error: [move.out.of.borrow]
      take(b);
    }
  }

  void borrowedOptionalGet(@Borrowed Optional<@Owned Buf> maybe) {
    // :: error: [move.out.of.borrow]
    take(maybe.get());
  }

  void moveBeforeTheIteratorTakesItOut(List<@Owned Buf> list) {
    Iterator<@Owned Buf> it = list.iterator();
    while (it.hasNext()) {
      Buf b = it.next();
      // :: error: [move.out.of.borrow]
      take(b);
      it.remove();
    }
  }

  void givenAwayInALoopThatDoesNotEmptyTheList(List<@Owned Buf> list) {
    for (Buf b : list) {
      // :: error: [move.out.of.borrow]
      take(b);
    }
    list.size();
    list.clear();
  }

  // Silent: taking out gives an owner; looking without moving is fine.

  void drainedByALoopThenClear(List<@Owned Buf> list, Map<String, @Owned Buf> open) {
    for (Buf b : list) {
      take(b);
    }
    list.clear();
    for (Map.Entry<String, @Owned Buf> e : open.entrySet()) {
      take(e.getValue());
    }
    open.clear();
    for (Buf b : open.values()) {
      take(b);
    }
    open.clear();
  }

  void iteratorRemoveTakesOutTheLastElement(List<@Owned Buf> list) {
    Iterator<@Owned Buf> it = list.iterator();
    while (it.hasNext()) {
      Buf b = it.next();
      it.remove();
      take(b);
    }
  }

  void removeGivesAnOwner(List<@Owned Buf> list) {
    take(list.remove(0));
  }

  void pollAndPopGiveOwners(Deque<@Owned Buf> deque) {
    take(deque.poll());
    take(deque.pop());
    take(deque.removeLast());
  }

  void takeGivesAnOwner(BlockingQueue<@Owned Buf> queue) throws InterruptedException {
    take(queue.take());
    Buf b = queue.poll();
    take(b);
  }

  void mapRemoveGivesAnOwner(Map<String, @Owned Buf> open) {
    take(open.remove("a"));
  }

  void setGivesTheOldValue(List<@Owned Buf> list, @Owned Buf replacement) {
    take(list.set(0, replacement));
  }

  void putGivesTheOldValue(Map<String, @Owned Buf> open, @Owned Buf replacement) {
    Buf old = open.put("a", replacement);
    take(old);
  }

  void ownedOptionalGetGivesAnOwner(@Owned Optional<@Owned Buf> maybe) {
    take(maybe.get());
  }

  void looksThatStayLooks(List<@Owned Buf> list, Map<String, @Owned Buf> open) {
    look(list.get(0));
    list.get(0).write(1);
    for (Buf b : list) {
      b.write(2);
      look(b);
    }
    Buf a = open.get("a");
    a.write(3);
  }

  void arraySlotsAreLooked(@Owned Buf @Owned [] slots) {
    slots[0].write(1);
    look(slots[1]);
  }

  void unannotatedElementsAreLegacy(List<Buf> list) {
    take(list.get(0));
    for (Buf b : list) {
      take(b);
    }
  }

  void drainByTakingOut(Deque<@Owned Buf> pool) {
    Deque<@Owned Buf> kept = new ArrayDeque<>();
    while (!pool.isEmpty()) {
      Buf b = pool.poll();
      kept.push(b);
    }
    take(kept.pop());
  }
}
