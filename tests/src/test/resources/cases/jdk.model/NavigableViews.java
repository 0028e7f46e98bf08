import java.util.*;

// TreeMap and TreeSet views (headMap, tailSet, descendingMap, ...) are live views of the
// tree: changing the tree while a view is still used throws at the view's next step.
class NavigableViews {
  void removeWhileIteratingHeadMap(TreeMap<Integer, String> byTime, int now) {
    for (Integer t : byTime.headMap(now).keySet()) {
      // :: error: [mutation.while.borrowed]
      byTime.remove(t);
    }
  }

  void putWhileIteratingTailSet(TreeSet<String> names) {
    for (String n : names.tailSet("m")) {
      // :: error: [mutation.while.borrowed]
      names.add(n.toUpperCase());
    }
  }

  void pollWhileIteratingDescendingMap(NavigableMap<Integer, String> map) {
    for (Map.Entry<Integer, String> e : map.descendingMap().entrySet()) {
      if (e.getValue().isEmpty()) {
        // :: error: [mutation.while.borrowed]
        map.pollFirstEntry();
      }
    }
  }

  void modifyWhileViewLocalIsUsed(TreeMap<String, Integer> map) {
    SortedMap<String, Integer> tail = map.tailMap("k");
    // :: error: [mutation.while.borrowed]
    map.put("z", 26);
    System.out.println(tail.firstKey());
  }

  void modifyWhileDescendingKeySetIsUsed(TreeMap<String, Integer> map) {
    NavigableSet<String> keys = map.descendingKeySet();
    // :: error: [mutation.while.borrowed]
    map.clear();
    keys.first();
  }

  void removeWhileIteratingSubSet(NavigableSet<Integer> set) {
    for (Integer x : set.subSet(10, true, 20, false)) {
      // :: error: [mutation.while.borrowed]
      set.remove(x - 10);
    }
  }

  // Pruning through the view: the idiom.
  void expireOlderThan(TreeMap<Long, String> byTime, long cutoff) {
    byTime.headMap(cutoff).clear();
    byTime.tailMap(cutoff, false).keySet().removeIf(t -> t % 2 == 0);
    byTime.put(cutoff, "mark");
  }

  void removeThroughDescendingIterator(TreeSet<String> set) {
    Iterator<String> it = set.descendingIterator();
    while (it.hasNext()) {
      if (it.next().isEmpty()) {
        it.remove();
      }
    }
  }

  // Poll until empty: no view.
  void drainInOrder(TreeMap<Integer, String> map, List<String> out) {
    while (!map.isEmpty()) {
      out.add(map.pollFirstEntry().getValue());
    }
  }

  // The view is dead before the tree changes, or the loop is over a copy.
  void viewDeadOrCopied(TreeSet<Integer> set) {
    SortedSet<Integer> small = set.headSet(10);
    int n = small.size();
    set.add(n);
    for (Integer x : new ArrayList<>(set.tailSet(100))) {
      set.remove(x);
    }
    set.addAll(new TreeSet<>(set.descendingSet()));
  }
}
