import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedTransferQueue;

// A collection whose element type is @Owned owns its elements (SPEC §12): putting a value in
// moves it, as pushing onto a Vec<T> does.
class OwnedElementsPutIn {
  static final class Buf {
    void write(int b) {}
  }

  @Owned
  static final class Frame {
    void stamp(long t) {}
  }

  static void take(@Owned Buf b) {}

  private final Deque<@Owned Buf> free = new ArrayDeque<>();

  void offerThenWrite(Queue<@Owned Buf> pool, @Owned Buf buf) {
    pool.offer(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void addThenWrite(List<@Owned Buf> list, @Owned Buf buf) {
    list.add(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void addAtIndexThenWrite(List<@Owned Buf> list, @Owned Buf buf) {
    list.add(0, buf);
    // :: error: [use.after.move]
    take(buf);
  }

  void pushOntoAFieldThenWrite(@Owned Buf buf) {
    free.push(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void addLastThenWrite(Deque<@Owned Buf> deque, @Owned Buf buf) {
    deque.addLast(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void setThenWrite(List<@Owned Buf> list, @Owned Buf buf) {
    take(list.set(0, buf));
    // :: error: [use.after.move]
    buf.write(1);
  }

  void mapValueThenWrite(Map<String, @Owned Buf> open, @Owned Buf buf) {
    open.put("a", buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void concurrentMapThenWrite(ConcurrentHashMap<String, @Owned Buf> open, @Owned Buf buf) {
    open.put("a", buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void concurrentDequeThenWrite(ConcurrentLinkedDeque<@Owned Buf> q, @Owned Buf buf) {
    q.offerFirst(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void blockingPutThenWrite(BlockingQueue<@Owned Buf> q, @Owned Buf buf)
      throws InterruptedException {
    q.put(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void transferThenWrite(LinkedTransferQueue<@Owned Buf> q, @Owned Buf buf)
      throws InterruptedException {
    q.transfer(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void addAllMovesTheArgumentWhole(List<@Owned Buf> all, List<@Owned Buf> some) {
    all.addAll(some);
    // :: error: [use.after.move]
    some.clear();
  }

  void listIteratorAdd(List<@Owned Buf> list, @Owned Buf buf) {
    ListIterator<@Owned Buf> it = list.listIterator();
    it.add(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void arrayStore(@Owned Buf @Owned [] slots, @Owned Buf buf) {
    slots[0] = buf;
    // :: error: [use.after.move]
    buf.write(1);
  }

  void listOf(@Owned Buf buf) {
    List<@Owned Buf> one = List.of(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void setOf(@Owned Buf a, @Owned Buf b) {
    Set<@Owned Buf> two = Set.of(a, b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void mapOfValues(@Owned Buf buf) {
    Map<String, @Owned Buf> m = Map.of("a", buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  Optional<@Owned Buf> optionalOf(@Owned Buf buf) {
    Optional<@Owned Buf> o = Optional.of(buf);
    // :: error: [use.after.move]
    buf.write(1);
    return o;
  }

  void arrayInitializer(@Owned Buf buf) {
    @Owned Buf[] slots = {buf};
    // :: error: [use.after.move]
    buf.write(1);
  }

  // An @Owned class owns its elements in every collection, annotated or not.
  void ownedClassElements(List<Frame> queued, @Owned Frame frame) {
    queued.add(frame);
    // :: error: [use.after.move]
    frame.stamp(1);
  }

  // The hand-off between threads: once queued, the frame belongs to the consumer.
  void handOff(BlockingQueue<@Owned Frame> outbox, @Owned Frame frame) throws InterruptedException {
    outbox.put(frame);
    // :: error: [use.after.move]
    frame.stamp(System.nanoTime());
  }

  void offeredInALoop(Queue<@Owned Buf> pool, @Owned Buf buf) {
    for (int i = 0; i < 2; i++) {
      // :: error: [use.after.move]
      pool.offer(buf);
    }
  }

  // Silent: what was not put in, or was put in on another branch.

  void refusedOffer(Queue<@Owned Buf> pool, @Owned Buf buf) {
    if (!pool.offer(buf)) {
      take(buf);
    }
  }

  void acceptedOfferUsedOnTheOtherBranch(Queue<@Owned Buf> pool, @Owned Buf buf) {
    if (pool.offer(buf)) {
      return;
    }
    buf.write(1);
  }

  void refusedPutIfAbsent(Map<String, @Owned Buf> open, @Owned Buf buf) {
    if (open.putIfAbsent("a", buf) != null) {
      take(buf);
    }
  }

  void refusedSetAdd(Set<@Owned Buf> set, @Owned Buf buf) {
    if (!set.add(buf)) {
      take(buf);
    }
  }

  void lookupsMoveNothing(List<@Owned Buf> list, Map<String, @Owned Buf> open, @Owned Buf buf) {
    list.contains(buf);
    list.indexOf(buf);
    list.remove(buf);
    open.getOrDefault("a", buf);
    buf.write(1);
    take(buf);
  }

  void unannotatedElementsAreLegacy(List<Buf> list, Buf buf) {
    list.add(buf);
    buf.write(1);
    ArrayList<Buf> copy = new ArrayList<>(list);
    copy.add(buf);
    buf.write(2);
  }

  void putThenTakeBack(Deque<@Owned Buf> pool, @Owned Buf buf) {
    pool.push(buf);
    Buf back = pool.pop();
    back.write(1);
    take(back);
  }
}
