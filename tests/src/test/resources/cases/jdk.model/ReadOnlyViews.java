import java.util.*;

// A read-only view of a collection is borrowed from it (SPEC §6): it reads through to the
// collection, and its iterator fails when the collection changes. Iterating the view while the
// collection is changed is reported, directly or through a helper (SPEC §10).
class ReadOnlyViews {
  private final List<String> items = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();

  void listView(List<String> list) {
    List<String> ro = Collections.unmodifiableList(list);
    for (String s : ro) {
      // :: error: [mutation.while.borrowed]
      list.remove(s);
    }
  }

  void setAndCollectionViews(Set<String> set, Collection<String> all) {
    for (String s : Collections.unmodifiableSet(set)) {
      // :: error: [mutation.while.borrowed]
      set.add(s + "'");
    }
    for (String s : Collections.unmodifiableCollection(all)) {
      // :: error: [mutation.while.borrowed]
      all.clear();
    }
  }

  void mapView(Map<String, Integer> map) {
    Map<String, Integer> ro = Collections.unmodifiableMap(map);
    for (String k : ro.keySet()) {
      // :: error: [mutation.while.borrowed]
      map.remove(k);
    }
  }

  void sortedViews(TreeSet<String> set, TreeMap<String, Integer> map) {
    for (String s : Collections.unmodifiableSortedSet(set)) {
      // :: error: [mutation.while.borrowed]
      set.remove(s);
    }
    for (String s : Collections.unmodifiableNavigableSet(set)) {
      // :: error: [mutation.while.borrowed]
      set.add(s);
    }
    for (String k : Collections.unmodifiableSortedMap(map).keySet()) {
      // :: error: [mutation.while.borrowed]
      map.remove(k);
    }
    for (String k : Collections.unmodifiableNavigableMap(map).keySet()) {
      // :: error: [mutation.while.borrowed]
      map.put(k + "'", 0);
    }
  }

  // A getter's view, iterated while a helper changes the field.
  List<String> view() {
    return Collections.unmodifiableList(items);
  }

  private void drop(String s) {
    items.remove(s);
  }

  void helperChangesTheCollection() {
    List<String> ro = Collections.unmodifiableList(items);
    for (String s : ro) {
      // :: error: [mutation.while.borrowed]
      drop(s);
    }
  }

  void viewOfField() {
    for (String k : Collections.unmodifiableMap(counts).keySet()) {
      // :: error: [mutation.while.borrowed]
      counts.remove(k);
    }
  }

  // Silent: the view is dead when the collection changes.
  void viewDeadBeforeChange(List<String> list) {
    List<String> ro = Collections.unmodifiableList(list);
    int n = ro.size();
    list.add("x" + n);
  }

  // Silent: another collection is changed, the view is of a copy, or the loop ends.
  void otherCollection(List<String> list, List<String> other) {
    for (String s : Collections.unmodifiableList(list)) {
      other.add(s);
    }
  }

  void viewOfCopy(List<String> list) {
    for (String s : Collections.unmodifiableList(new ArrayList<>(list))) {
      list.remove(s);
    }
  }

  void breakAfterChange(List<String> list) {
    for (String s : Collections.unmodifiableList(list)) {
      if (s.isEmpty()) {
        list.remove(s);
        break;
      }
    }
  }

  // Silent: the collection's variable is given another list while the view lives; reads of
  // the collection while the view is iterated.
  void reassigned(List<String> list) {
    List<String> ro = Collections.unmodifiableList(list);
    list = new ArrayList<>();
    for (String s : ro) {
      list.add(s);
    }
  }

  void reads(List<String> list) {
    for (String s : Collections.unmodifiableList(list)) {
      if (list.indexOf(s) > 2 && list.contains(s + "'")) {
        System.out.println(s);
      }
    }
  }

  // Silent: a view returned by a getter is ordinary Java (no borrow.escapes).
  Map<String, Integer> countsView() {
    return Collections.unmodifiableMap(counts);
  }
}
