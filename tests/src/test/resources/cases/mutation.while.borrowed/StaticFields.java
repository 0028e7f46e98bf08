import java.util.*;

// SPEC §2 as amended: a static collection field is a path for the JDK model, so a loop over it
// that changes it throws like any other and is reported, in the loop or through a helper.
class StaticFields {
  static final List<String> NAMES = new ArrayList<>();
  static final Map<String, Integer> COUNTS = new HashMap<>();
  static final List<String> ARCHIVE = new ArrayList<>();
  private static final Set<String> SEEN = new HashSet<>();

  static void removeInLoop() {
    for (String n : NAMES) {
      if (n.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        NAMES.remove(n);
      }
    }
  }

  void qualifiedName() {
    for (String n : StaticFields.NAMES) {
      // :: error: [mutation.while.borrowed]
      NAMES.add(n + "'");
    }
  }

  static void mapKeySet() {
    for (String k : COUNTS.keySet()) {
      if (COUNTS.get(k) == 0) {
        // :: error: [mutation.while.borrowed]
        COUNTS.remove(k);
      }
    }
  }

  static void explicitIterator() {
    Iterator<String> it = SEEN.iterator();
    while (it.hasNext()) {
      String s = it.next();
      // :: error: [mutation.while.borrowed]
      SEEN.add(s.trim());
    }
  }

  static void staticMutatorOfCollections() {
    for (String n : NAMES) {
      // :: error: [mutation.while.borrowed]
      Collections.sort(NAMES);
    }
  }

  // Through a helper with an effect summary: one that names the field, one that is given it.
  private static void forget(String n) {
    NAMES.remove(n);
  }

  static void helperNamesTheField() {
    for (String n : NAMES) {
      // :: error: [mutation.while.borrowed]
      forget(n);
    }
  }

  private static void clearAll(List<String> list) {
    list.clear();
  }

  static void helperIsGivenTheField() {
    for (String n : NAMES) {
      // :: error: [mutation.while.borrowed]
      clearAll(NAMES);
    }
  }

  private void forgetTwice(String n) {
    forget(n);
  }

  void chainOfHelpers() {
    for (String n : NAMES) {
      // :: error: [mutation.while.borrowed]
      forgetTwice(n);
    }
  }

  static void throughAlias() {
    List<String> a = NAMES;
    for (String n : NAMES) {
      // :: error: [mutation.while.borrowed]
      a.add(n);
    }
  }

  static void streamOverField() {
    // :: error: [mutation.while.borrowed]
    NAMES.stream().forEach(n -> NAMES.add(n));
  }

  static void lambdaAndMethodReference() {
    // :: error: [mutation.while.borrowed]
    NAMES.forEach(n -> NAMES.remove(n));
    // :: error: [mutation.while.borrowed]
    ARCHIVE.forEach(ARCHIVE::remove);
  }

  // Silent: a static field given a new value is a new list; the loop walks the old one.
  static List<String> current = new ArrayList<>();

  static void reassigned() {
    for (String n : current) {
      current = new ArrayList<>();
      current.add(n);
    }
  }

  // Silent: iterating a copy.
  static void iterateCopy() {
    for (String n : new ArrayList<>(NAMES)) {
      NAMES.remove(n);
      forget(n);
    }
  }

  // Silent: the change is followed by break or return.
  static void breakAfterChange() {
    for (String n : NAMES) {
      if (n.isEmpty()) {
        NAMES.remove(n);
        break;
      }
    }
  }

  static boolean returnAfterHelper() {
    for (String n : NAMES) {
      if (n.isEmpty()) {
        forget(n);
        return true;
      }
    }
    return false;
  }

  // Silent: a different static field is changed, in the loop or through a helper.
  private static void archive(String n) {
    ARCHIVE.add(n);
  }

  static void differentField() {
    for (String n : NAMES) {
      ARCHIVE.add(n);
      archive(n);
      SEEN.add(n);
    }
  }

  // Silent: a change through the iterator, and reads of the field in the loop.
  static void throughIterator() {
    Iterator<String> it = NAMES.iterator();
    while (it.hasNext()) {
      if (NAMES.indexOf(it.next()) > 2) {
        it.remove();
      }
    }
  }

  // Silent: the same key's value replaced (SPEC §6 as amended).
  static void sameKey() {
    for (String k : COUNTS.keySet()) {
      COUNTS.put(k, COUNTS.get(k) + 1);
    }
  }

  // Silent: changed after the loop.
  static void afterLoop() {
    for (String n : NAMES) {
      ARCHIVE.add(n);
    }
    NAMES.clear();
  }
}
