import java.util.*;

// map.values() is a live view of the map as well.
class ValuesView {
  void clearWhileIteratingValues(Map<String, Integer> map) {
    int total = 0;
    for (Integer v : map.values()) {
      total += v;
      if (total > 100) {
        // :: error: [mutation.while.borrowed]
        map.clear();
      }
    }
  }

  void putWhileIteratingValues(Map<String, String> aliases) {
    for (String target : aliases.values()) {
      // :: error: [mutation.while.borrowed]
      aliases.put(target, target);
    }
  }

  void valuesIteratorWithMapRemove(Map<Integer, String> byId) {
    Iterator<String> it = byId.values().iterator();
    while (it.hasNext()) {
      String v = it.next();
      // :: error: [mutation.while.borrowed]
      byId.remove(v.length());
    }
  }

  void removeThroughValuesIterator(Map<Integer, String> byId) {
    Iterator<String> it = byId.values().iterator();
    while (it.hasNext()) {
      if (it.next().isEmpty()) {
        it.remove();
      }
    }
  }

  void removeThroughValuesView(Map<Integer, String> byId) {
    byId.values().removeIf(String::isEmpty);
    byId.values().remove("unused");
    byId.values().removeAll(Collections.singleton(""));
  }

  // A copy of the values is not a view.
  void iterateCopyOfValues(Map<String, Integer> map) {
    for (Integer v : new ArrayList<>(map.values())) {
      map.put("v" + v, v);
    }
    List<Integer> snapshot = List.copyOf(map.values());
    map.clear();
    snapshot.size();
  }

  // Reading the map while iterating its values is fine.
  int readsWhileIteratingValues(Map<String, Integer> map) {
    int n = 0;
    for (Integer v : map.values()) {
      if (map.containsKey("k" + v) && map.size() > 1) {
        n++;
      }
    }
    return n;
  }

  // A values view stored in a local is dead once it is no longer used.
  void valuesLocal(Map<String, Integer> map) {
    Collection<Integer> vals = map.values();
    int max = Collections.max(vals);
    map.put("max", max);
    Collection<Integer> again = map.values();
    // :: error: [mutation.while.borrowed]
    map.remove("max");
    again.size();
  }
}
