// requires: java 21
import java.util.*;

// Java 21's sequenced collections: reversed() and the sequenced views of a map are live
// views like descendingMap() and keySet(); addFirst/removeLast are mutators.
class SequencedViews {
  void reversedListLoop(List<String> list) {
    for (String s : list.reversed()) {
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        list.removeLast();
      }
    }
  }

  void addFirstInLoop(ArrayList<Integer> list) {
    for (Integer x : list) {
      // :: error: [mutation.while.borrowed]
      list.addFirst(x);
    }
  }

  void reversedLocalUsedAfterAdd(List<String> list) {
    List<String> back = list.reversed();
    // :: error: [mutation.while.borrowed]
    list.add("x");
    back.getFirst();
  }

  void reversedDequeLoop(ArrayDeque<String> deque) {
    for (String s : deque.reversed()) {
      // :: error: [mutation.while.borrowed]
      deque.push(s);
    }
  }

  void sequencedKeySetLoop(LinkedHashMap<String, Integer> map) {
    for (String k : map.sequencedKeySet()) {
      // :: error: [mutation.while.borrowed]
      map.remove(k);
    }
  }

  void reversedMapLoop(LinkedHashMap<String, Integer> map) {
    for (Map.Entry<String, Integer> e : map.reversed().entrySet()) {
      // :: error: [mutation.while.borrowed]
      map.putLast(e.getKey(), 0);
    }
  }

  // Through the view, or on a copy, or with the view dead.
  void safeForms(List<String> list, LinkedHashMap<String, Integer> map) {
    list.reversed().removeIf(String::isEmpty);
    for (String s : new ArrayList<>(list.reversed())) {
      list.addLast(s);
    }
    String last = list.reversed().getFirst();
    list.removeFirst();
    list.add(last);
    map.sequencedKeySet().removeIf(k -> k.isEmpty());
    while (!map.isEmpty()) {
      map.pollFirstEntry();
    }
  }
}
