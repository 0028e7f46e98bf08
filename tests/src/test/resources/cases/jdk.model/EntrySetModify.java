import java.util.*;

// Iterating entrySet() borrows the map. Entry.setValue and Iterator.remove change it
// through the view; map.remove/put in the body do not.
class EntrySetModify {
  void removeWhileIteratingEntries(Map<String, Integer> map) {
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      if (e.getValue() == null) {
        // :: error: [mutation.while.borrowed]
        map.remove(e.getKey());
      }
    }
  }

  void putWhileIteratingEntries(Map<String, List<String>> index) {
    for (Map.Entry<String, List<String>> e : index.entrySet()) {
      for (String alias : e.getValue()) {
        // :: error: [mutation.while.borrowed]
        index.put(alias, new ArrayList<>());
      }
    }
  }

  void removeTwoArgWhileIteratingEntries(Map<String, Integer> map) {
    for (var e : map.entrySet()) {
      // :: error: [mutation.while.borrowed]
      map.remove(e.getKey(), 0);
    }
  }

  void setValueThroughEntry(Map<String, Integer> map) {
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      if (e.getValue() < 0) {
        e.setValue(0);
      }
    }
  }

  void removeThroughEntryIterator(Map<String, Integer> map) {
    Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Integer> e = it.next();
      if (e.getValue() == 0) {
        it.remove();
      } else {
        e.setValue(e.getValue() - 1);
      }
    }
  }

  void removeIfOnEntrySet(Map<String, Integer> map) {
    map.entrySet().removeIf(e -> e.getValue() == 0);
  }

  // The entries' contents are untracked: mutating a list stored as a value is not a
  // modification of the map.
  void mutateValuesInPlace(Map<String, List<String>> index) {
    for (Map.Entry<String, List<String>> e : index.entrySet()) {
      e.getValue().add(e.getKey());
      index.get(e.getKey()).remove("stale");
    }
  }

  void entryIteratorThenMapRemove(Map<String, Integer> map) {
    Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Integer> e = it.next();
      if (e.getKey().isEmpty()) {
        // :: error: [mutation.while.borrowed]
        map.remove(e.getKey());
      }
    }
  }

  // An entry set held in a local lives as long as the local is used.
  void entrySetLocal(Map<String, Integer> map) {
    Set<Map.Entry<String, Integer>> entries = map.entrySet();
    int n = entries.size();
    // :: error: [mutation.while.borrowed]
    map.put("n", n);
    entries.isEmpty();
  }
}
