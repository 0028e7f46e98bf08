import java.util.*;

// A view held in a local borrows the map for as long as the local is used, and no longer
// (non-lexical lifetimes): the scope of the local does not matter, its last use does.
class ViewInLocal {
  void iterateKeysLocal(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    for (String k : keys) {
      if (k.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        map.remove(k);
      }
    }
  }

  void keysLocalUsedAfterModification(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    // :: error: [mutation.while.borrowed]
    map.put("new", 1);
    System.out.println(keys.contains("new"));
  }

  // The view is no longer used before the modification.
  void keysLocalDeadBeforeModification(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    boolean hasNew = keys.contains("new");
    map.put("new", hasNew ? 2 : 1);
    map.remove("old");
  }

  void keysLocalStillInScopeButDead(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    if (!keys.isEmpty()) {
      map.clear();
    }
    map.put("a", 1);
  }

  // The view is used on one path only after the modification.
  void keysLocalUsedOnOnePath(Map<String, Integer> map, boolean log) {
    Set<String> keys = map.keySet();
    // :: error: [mutation.while.borrowed]
    map.put("x", 0);
    if (log) {
      System.out.println(keys);
    }
  }

  // The view local is reassigned to a copy: the old loan ends.
  void viewReplacedByCopy(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    keys = new HashSet<>(keys);
    map.clear();
    System.out.println(keys);
  }

  // A view made in an earlier loop iteration is still used in the next one.
  void viewLocalAcrossIterations(Map<String, Integer> map, List<String> adds) {
    Set<String> keys = map.keySet();
    for (String a : adds) {
      if (!keys.contains(a)) {
        // :: error: [mutation.while.borrowed]
        map.put(a, 0);
      }
    }
  }

  // A view made fresh in each iteration ends before the modification.
  void freshViewEachIteration(Map<String, Integer> map, List<String> adds) {
    for (String a : adds) {
      Set<String> keys = map.keySet();
      if (!keys.contains(a)) {
        map.put(a, 0);
      }
    }
  }

  // Mutating through the view local is the view's own business.
  void mutateThroughViewLocal(Map<String, Integer> map) {
    Set<String> keys = map.keySet();
    keys.remove("tmp");
    keys.removeIf(k -> k.startsWith("_"));
    map.size();
  }
}
