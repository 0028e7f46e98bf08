import java.util.*;

// Iterating map.keySet() borrows the map: putting a new key or removing one in the body
// throws ConcurrentModificationException at the next key.
class KeySetModify {
  void putWhileIteratingKeys(Map<String, Integer> map) {
    for (String k : map.keySet()) {
      if (k.length() > 3) {
        // :: error: [mutation.while.borrowed]
        map.put(k.substring(0, 3), map.get(k));
      }
    }
  }

  void removeWhileIteratingKeys(HashMap<String, Integer> map) {
    for (String k : map.keySet()) {
      if (map.get(k) == 0) {
        // :: error: [mutation.while.borrowed]
        map.remove(k);
      }
    }
  }

  void putAllAndClearWhileIteratingKeys(Map<String, Integer> map, Map<String, Integer> more) {
    for (String k : map.keySet()) {
      if (k.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        map.clear();
      } else {
        // :: error: [mutation.while.borrowed]
        map.putAll(more);
      }
    }
  }

  void putIfAbsentWhileIteratingKeys(LinkedHashMap<String, Integer> map) {
    for (String k : map.keySet()) {
      // :: error: [mutation.while.borrowed]
      map.putIfAbsent(k.toLowerCase(), 0);
    }
  }

  // Removing through the view is the idiom.
  void removeIfOnKeySet(Map<String, Integer> map) {
    map.keySet().removeIf(k -> k.startsWith("tmp."));
  }

  // The predicate only reads the map.
  void removeIfOnKeySetReadingMap(Map<String, Integer> map) {
    map.keySet().removeIf(k -> map.get(k) == null || map.get(k) < 0);
  }

  void retainAllOnKeySet(Map<String, Integer> map, Set<String> wanted) {
    map.keySet().retainAll(wanted);
    map.keySet().remove("old");
  }

  // Collect the keys in the loop, remove them after it.
  void collectThenRemove(Map<String, Integer> map) {
    List<String> dead = new ArrayList<>();
    for (String k : map.keySet()) {
      if (map.get(k) == 0) {
        dead.add(k);
      }
    }
    for (String k : dead) {
      map.remove(k);
    }
    map.keySet().removeAll(dead);
    dead.forEach(map::remove);
  }

  // Iterating a copy of the keys.
  void iterateCopyOfKeys(Map<String, Integer> map) {
    for (String k : new ArrayList<>(map.keySet())) {
      map.remove(k);
    }
    for (String k : new TreeSet<>(map.keySet())) {
      map.put(k + "'", 1);
    }
  }

  void keyIteratorRemove(Map<String, Integer> map) {
    Iterator<String> it = map.keySet().iterator();
    while (it.hasNext()) {
      String k = it.next();
      if (k.isEmpty()) {
        it.remove();
      } else if (k.equals("stop")) {
        // :: error: [mutation.while.borrowed]
        map.remove(k);
      }
    }
  }
}
