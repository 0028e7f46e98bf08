import java.util.*;

// A for-each loop over a list holds a loan on it while the loop can still take another
// element: a structural modification of the list in the body throws
// ConcurrentModificationException at the next iteration.
class ForEachListRemove {
  void removeInBody(List<String> names) {
    for (String n : names) {
      if (n.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        names.remove(n);
      }
    }
  }

  void addInBody(List<Integer> xs) {
    for (Integer x : xs) {
      if (x > 10) {
        // :: error: [mutation.while.borrowed]
        xs.add(x / 2);
      }
    }
  }

  void removeByIndexInBody(ArrayList<String> names) {
    for (String n : names) {
      if (n.startsWith("#")) {
        // :: error: [mutation.while.borrowed]
        names.remove(0);
      }
    }
  }

  void clearAndAddAllInBody(LinkedList<String> names, List<String> extra) {
    for (String n : names) {
      if (n.equals("reset")) {
        // :: error: [mutation.while.borrowed]
        names.clear();
      }
      // :: error: [mutation.while.borrowed]
      names.addAll(extra);
    }
  }

  // set does not change the list's structure and cannot throw at run time, but it is a
  // modification of a borrowed list all the same (SPEC §6: `set` is a mutator).
  void setInBody(List<String> names) {
    for (String n : names) {
      // :: error: [mutation.while.borrowed]
      names.set(0, n.trim());
    }
  }

  // Iterating a copy: the loop borrows the copy, not the list.
  void removeFromCopy(List<String> names) {
    for (String n : new ArrayList<>(names)) {
      if (n.isEmpty()) {
        names.remove(n);
      }
    }
  }

  void removeFromListCopyOf(List<String> names) {
    for (String n : List.copyOf(names)) {
      names.remove(n);
    }
  }

  void removeFromArrayCopy(List<String> names) {
    for (String n : names.toArray(new String[0])) {
      names.remove(n);
    }
  }

  // Index loops take no iterator: nothing is borrowed across iterations.
  void indexLoop(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isEmpty()) {
        names.remove(i);
        i--;
      }
    }
  }

  void indexLoopBackwards(List<String> names) {
    for (int i = names.size() - 1; i >= 0; i--) {
      if (names.get(i).isEmpty()) {
        names.remove(i);
      } else {
        names.set(i, names.get(i).trim());
      }
    }
  }

  // Reads of the list while the loop holds its loan are fine.
  void readsInBody(List<String> names) {
    int dups = 0;
    for (String n : names) {
      if (names.indexOf(n) != names.lastIndexOf(n) && names.contains(n)) {
        dups++;
      }
    }
    names.add("dups=" + dups);
  }

  // After the loop, the loan is over.
  void modifyAfterLoop(List<String> names) {
    String longest = "";
    for (String n : names) {
      if (n.length() > longest.length()) {
        longest = n;
      }
    }
    names.remove(longest);
  }
}
