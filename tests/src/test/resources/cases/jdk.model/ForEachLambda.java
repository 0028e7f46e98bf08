import java.util.*;
import java.util.function.*;

// Iterable.forEach borrows the collection while it runs its action: an action that
// modifies the same collection is a bug; one that only reads it, or writes elsewhere, is not.
class ForEachLambda {
  void addToSelf(List<String> list) {
    // :: error: [mutation.while.borrowed]
    list.forEach(x -> list.add(x));
  }

  void removeSelfByMethodReference(List<String> list) {
    // :: error: [mutation.while.borrowed]
    list.forEach(list::remove);
  }

  void blockLambdaModifiesSelf(Set<Integer> set) {
    set.forEach(x -> {
      if (x % 2 == 0) {
        // :: error: [mutation.while.borrowed]
        set.add(x + 1);
      }
    });
  }

  void forEachOnDequeModifiesSelf(ArrayDeque<String> deque) {
    // :: error: [mutation.while.borrowed]
    deque.forEach(x -> deque.offerLast(x));
  }

  void forEachOnKeySetRemovesFromMap(Map<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.keySet().forEach(map::remove);
  }

  void forEachOnValuesClearsMap(Map<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.values().forEach(v -> map.clear());
  }

  // Writes to another collection.
  void addToOther(List<String> list, List<String> other) {
    list.forEach(x -> other.add(x));
    list.forEach(other::add);
    list.forEach(x -> other.remove(x));
  }

  // Only reads the collection.
  void readsSelf(List<String> list, StringBuilder out) {
    list.forEach(x -> out.append(list.indexOf(x)).append(','));
    list.forEach(x -> System.out.println(list.size() + " " + list.contains(x)));
  }

  // Iterating a copy.
  void forEachOverCopy(List<String> list) {
    new ArrayList<>(list).forEach(list::remove);
    List.copyOf(list).forEach(x -> list.add(x + x));
  }

  // The modification is in another lambda that is not passed to the list.
  void otherReceiver(List<String> list, List<Runnable> tasks) {
    tasks.forEach(t -> list.clear());
  }

  // A nested forEach: the inner action modifies the outer collection.
  void nestedForEach(List<String> list, List<String> other) {
    list.forEach(a -> other.forEach(b -> {
      if (a.equals(b)) {
        // :: error: [mutation.while.borrowed]
        list.remove(a);
      }
    }));
  }
}
