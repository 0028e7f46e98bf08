import java.util.*;

// HashSet, LinkedHashSet and TreeSet are fail-fast: adding or removing while iterating
// throws; removing through the iterator or with removeIf/retainAll does not.
class SetIteration {
  void addClosure(Set<String> set) {
    for (String s : set) {
      if (s.contains(".")) {
        // :: error: [mutation.while.borrowed]
        set.add(s.substring(0, s.indexOf('.')));
      }
    }
  }

  void removeInLoop(HashSet<Integer> set) {
    for (int x : set) {
      if (set.contains(x + 1)) {
        // :: error: [mutation.while.borrowed]
        set.remove(x + 1);
      }
    }
  }

  void retainInLoop(LinkedHashSet<String> set, Set<String> allowed) {
    for (String s : set) {
      // :: error: [mutation.while.borrowed]
      set.retainAll(allowed);
    }
  }

  void pollFirstInLoop(TreeSet<Integer> set) {
    for (Integer x : set) {
      if (x < 0) {
        // :: error: [mutation.while.borrowed]
        set.pollFirst();
      }
    }
  }

  // The closure computed right: iterate a snapshot until nothing new appears.
  void addClosureRight(Set<String> set) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String s : new ArrayList<>(set)) {
        if (s.contains(".")) {
          grew |= set.add(s.substring(0, s.indexOf('.')));
        }
      }
    }
  }

  void removeThroughIterator(Set<Integer> set) {
    for (Iterator<Integer> it = set.iterator(); it.hasNext(); ) {
      if (set.contains(it.next() + 1)) {
        it.remove();
      }
    }
  }

  void bulkOperations(Set<String> set, Set<String> allowed) {
    set.removeIf(s -> !allowed.contains(s));
    set.retainAll(allowed);
    set.removeAll(Set.of("a", "b"));
  }

  // Collect, then change after the loop.
  void collectThenAdd(Set<String> set) {
    Set<String> parents = new HashSet<>();
    for (String s : set) {
      if (s.contains(".")) {
        parents.add(s.substring(0, s.indexOf('.')));
      }
    }
    set.addAll(parents);
  }

  // Reads inside the loop are fine.
  int countPairs(Set<Integer> set) {
    int n = 0;
    for (int x : set) {
      if (set.contains(-x)) {
        n++;
      }
    }
    return n;
  }
}
