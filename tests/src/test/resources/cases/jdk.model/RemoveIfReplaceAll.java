import java.util.*;

// removeIf, replaceAll and sort modify the collection themselves; a lambda that only reads
// it is fine (Java fails on structural modification, not on reads), one that modifies it
// is not.
class RemoveIfReplaceAll {
  void removeIfReadsSelf(List<String> list) {
    list.removeIf(x -> list.indexOf(x) > 2);
    list.removeIf(x -> list.lastIndexOf(x) != list.indexOf(x));
  }

  void replaceAllReadsSelf(List<Integer> list) {
    list.replaceAll(x -> x + list.size());
    list.replaceAll(x -> list.contains(x + 1) ? 0 : x);
  }

  void mapReplaceAllReadsSelf(Map<String, Integer> map) {
    map.replaceAll((k, v) -> v + map.getOrDefault(k + "'", 0));
  }

  void removeIfOnSetReadsOther(Set<String> set, Set<String> keep) {
    set.removeIf(x -> !keep.contains(x));
    keep.removeIf(set::contains);
  }

  void removeIfAddsToSelf(List<String> list) {
    // :: error: [mutation.while.borrowed]
    list.removeIf(x -> list.add(x));
  }

  void replaceAllClearsSelf(List<String> list) {
    list.replaceAll(x -> {
      // :: error: [mutation.while.borrowed]
      list.clear();
      return x;
    });
  }

  void mapReplaceAllRemovesFromSelf(Map<String, Integer> map) {
    map.replaceAll((k, v) -> {
      // :: error: [mutation.while.borrowed]
      map.remove(k + "'");
      return v;
    });
  }

  // Writing to another collection from the predicate.
  void removeIfRecordsRemoved(List<String> list, List<String> removed) {
    list.removeIf(x -> x.isEmpty() && removed.add(x));
  }

  // Sorting with a comparator that reads the list.
  void sortByFirstIndex(List<String> list) {
    List<String> order = new ArrayList<>(list);
    list.sort(Comparator.comparingInt(order::indexOf));
    list.sort((a, b) -> Integer.compare(list.indexOf(a), list.indexOf(b)));
  }
}
