import java.util.*;

// Map.forEach borrows the map while it runs its action.
class MapForEach {
  void removeInForEach(Map<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.forEach((k, v) -> map.remove(k));
  }

  void putInForEach(TreeMap<String, Integer> map) {
    map.forEach((k, v) -> {
      if (v > 1) {
        // :: error: [mutation.while.borrowed]
        map.put(k + "#", v - 1);
      }
    });
  }

  void putOtherKeyInForEach(Map<String, Integer> map) {
    map.forEach((k, v) -> {
      String other = k + "'";
      // :: error: [mutation.while.borrowed]
      map.merge(other, v, Integer::sum);
    });
  }

  // In code nobody annotated, a value written under the key the action is called with changes
  // no structure, as in a loop over keySet() (SPEC §6 as amended): the key is in the map.
  void putExistingKeyInForEach(Map<String, Integer> map) {
    map.forEach((k, v) -> map.put(k, v + 1));
    map.forEach((k, v) -> map.compute(k, (key, old) -> old == null ? 1 : old * 2));
  }

  void entrySetForEachRemoves(LinkedHashMap<String, Integer> map) {
    map.entrySet().forEach(e -> {
      if (e.getValue() == 0) {
        // :: error: [mutation.while.borrowed]
        map.remove(e.getKey());
      }
    });
  }

  // The action writes elsewhere, or only reads the map.
  void copyInto(Map<String, Integer> map, Map<String, Integer> other) {
    map.forEach((k, v) -> other.put(k, v));
    map.forEach(other::putIfAbsent);
    map.forEach((k, v) -> System.out.println(k + "=" + map.get(k) + " of " + map.size()));
  }

  // What was meant.
  void replaceAllInstead(Map<String, Integer> map) {
    map.replaceAll((k, v) -> v + 1);
    map.entrySet().removeIf(e -> e.getValue() == 0);
    map.values().removeIf(v -> v < 0);
  }

  // An action on the elements of the map's values, not on the map.
  void mutateValuesInPlace(Map<String, List<String>> index) {
    index.forEach((k, v) -> v.add(k));
    index.values().forEach(List::clear);
  }
}
