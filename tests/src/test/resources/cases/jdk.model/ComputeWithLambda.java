import java.util.*;
import java.util.function.*;

// computeIfAbsent, compute, computeIfPresent and merge run their function while they hold
// the map: a function that modifies the same map throws ConcurrentModificationException
// (HashMap, since Java 9) or corrupts it. A function that only reads the map is fine.
class ComputeWithLambda {
  void computeIfAbsentPuts(Map<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.computeIfAbsent("a", k -> map.put("b", 2));
  }

  void computeIfAbsentPutsInBlock(Map<Integer, Long> memo, int n) {
    memo.computeIfAbsent(n, k -> {
      long v = k < 2 ? k : memo.get(k - 1) + memo.get(k - 2);
      // :: error: [mutation.while.borrowed]
      memo.put(k - 1, v);
      return v;
    });
  }

  void computeRemoves(Map<String, Integer> map) {
    map.compute("k", (k, v) -> {
      // :: error: [mutation.while.borrowed]
      map.remove("other");
      return v == null ? 1 : v + 1;
    });
  }

  void computeIfPresentClears(HashMap<String, Integer> map) {
    // :: error: [mutation.while.borrowed]
    map.computeIfPresent("k", (k, v) -> { map.clear(); return v; });
  }

  void mergeWithNestedMerge(Map<String, Integer> map) {
    map.merge("a", 1, (x, y) -> {
      // :: error: [mutation.while.borrowed]
      map.merge("b", 1, Integer::sum);
      return x + y;
    });
  }

  // Functions that only read the map.
  void computeIfAbsentReads(Map<String, Integer> map) {
    map.computeIfAbsent("size", k -> map.size());
    map.computeIfAbsent("a", k -> map.getOrDefault(k.toUpperCase(), 0));
    map.compute("b", (k, v) -> map.containsKey("a") ? 1 : 0);
    map.merge("c", 1, Integer::sum);
  }

  // The grouping idiom: computeIfAbsent returns a new inner list, which is then mutated.
  Map<Integer, List<String>> groupByLength(List<String> words) {
    Map<Integer, List<String>> groups = new HashMap<>();
    for (String w : words) {
      groups.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
    }
    groups.computeIfAbsent(0, k -> new ArrayList<>()).clear();
    return groups;
  }

  // The function modifies another map.
  void computeIfAbsentWritesElsewhere(Map<String, Integer> map, Map<String, Integer> log) {
    map.computeIfAbsent("a", k -> log.put(k, 1));
    map.merge("b", 2, (x, y) -> { log.remove("b"); return x * y; });
  }

  // A function built elsewhere and only applied to the map later.
  void functionFromAnotherMap(Map<String, Integer> map, Map<String, Integer> source) {
    Function<String, Integer> lookup = source::get;
    map.computeIfAbsent("a", lookup);
  }
}
