import java.util.*;

// SPEC §10: a call made while a JDK-model loan is live, whose callee modifies the borrowed
// collection, is reported at the call; the note points at the line inside the callee.
class EffectsAcrossMethods {
  private final List<String> items = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();

  private void drop(String s) {
    items.remove(s);
  }

  void helperInSameClass() {
    for (String s : items) {
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        drop(s);
      }
    }
  }

  // A chain of two helpers.
  private void dropTwice(String s) {
    drop(s);
  }

  void chainOfHelpers() {
    for (String s : items) {
      // :: error: [mutation.while.borrowed]
      dropTwice(s);
    }
  }

  // A static utility given the list.
  static void removeEmpty(List<String> list) {
    list.removeIf(String::isEmpty);
  }

  void staticHelper() {
    for (String s : items) {
      // :: error: [mutation.while.borrowed]
      removeEmpty(items);
    }
  }

  // A static helper that removes from the map being iterated.
  static void forget(Map<String, Integer> m, String k) {
    m.remove(k);
  }

  void staticHelperOnMap() {
    for (String k : counts.keySet()) {
      if (counts.get(k) == 0) {
        // :: error: [mutation.while.borrowed]
        forget(counts, k);
      }
    }
  }

  // Recursion: the summary is a fixpoint.
  private void prune(int depth, String s) {
    if (depth == 0) {
      items.remove(s);
    } else {
      prune(depth - 1, s);
    }
  }

  void recursiveHelper() {
    for (String s : items) {
      // :: error: [mutation.while.borrowed]
      prune(3, s);
    }
  }

  // An alias local inside the helper.
  private void clearThroughAlias() {
    List<String> a = items;
    a.clear();
  }

  void aliasInHelper() {
    for (String s : items) {
      // :: error: [mutation.while.borrowed]
      clearThroughAlias();
    }
  }

  // An explicit iterator is a loan too.
  void explicitIterator() {
    Iterator<String> it = items.iterator();
    while (it.hasNext()) {
      String s = it.next();
      // :: error: [mutation.while.borrowed]
      drop(s);
    }
  }

  // Silent: the call is followed by break, so the loop takes no next element.
  void breakAfterCall() {
    for (String s : items) {
      if (s.isEmpty()) {
        drop(s);
        break;
      }
    }
  }

  // Silent: return after the call.
  boolean returnAfterCall() {
    for (String s : items) {
      if (s.isEmpty()) {
        drop(s);
        return true;
      }
    }
    return false;
  }

  // Silent: the helper only reads.
  private int lengthOf(String s) {
    return items.indexOf(s) + s.length();
  }

  void readingHelper() {
    int n = 0;
    for (String s : items) {
      n += lengthOf(s);
    }
  }

  // Silent: iterating a copy.
  void iterateCopy() {
    for (String s : new ArrayList<>(items)) {
      drop(s);
    }
  }

  // Silent: the helper modifies another collection.
  private final List<String> archive = new ArrayList<>();

  private void archive(String s) {
    archive.add(s);
  }

  void helperOnOtherField() {
    for (String s : items) {
      archive(s);
    }
  }

  // Silent: the fixed form, collect then remove after the loop.
  void collectThenRemove() {
    List<String> gone = new ArrayList<>();
    for (String s : items) {
      if (s.isEmpty()) {
        gone.add(s);
      }
    }
    for (String s : gone) {
      drop(s);
    }
  }

  // Silent: the helper is called outside any loop.
  void noLoan() {
    drop("x");
  }
}
