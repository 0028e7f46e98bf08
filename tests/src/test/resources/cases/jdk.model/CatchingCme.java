import java.util.*;

// Catching ConcurrentModificationException does not make the modification right: it is
// still reported. A modification in a finally block or a catch block after the loop is not.
class CatchingCme {
  void catchAndIgnore(List<String> list) {
    try {
      for (String s : list) {
        if (s.isEmpty()) {
          // :: error: [mutation.while.borrowed]
          list.remove(s);
        }
      }
    } catch (ConcurrentModificationException e) {
      System.err.println("retry later");
    }
  }

  void tryInsideTheLoop(List<String> list) {
    for (String s : list) {
      try {
        // :: error: [mutation.while.borrowed]
        list.add(Integer.parseInt(s) + "");
      } catch (NumberFormatException e) {
        System.err.println(s);
      }
    }
  }

  // A modification in a catch block that leaves the loop by throwing.
  void catchRethrows(List<String> list) {
    for (String s : list) {
      try {
        Integer.parseInt(s);
      } catch (NumberFormatException e) {
        list.remove(s);
        throw new IllegalArgumentException("bad number " + s, e);
      }
    }
  }

  // A modification in a catch block that does not leave the loop.
  void catchContinues(List<String> list) {
    for (String s : list) {
      try {
        Integer.parseInt(s);
      } catch (NumberFormatException e) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
      }
    }
  }

  // finally after the loop: the loop's loan is over.
  void finallyAfterLoop(List<String> list) {
    try {
      for (String s : list) {
        System.out.println(s);
      }
    } finally {
      list.clear();
    }
  }

  // Modifying in finally inside the loop runs on every iteration.
  void finallyInsideLoop(Map<String, Integer> map) {
    for (String k : map.keySet()) {
      try {
        System.out.println(map.get(k));
      } finally {
        // :: error: [mutation.while.borrowed]
        map.remove(k);
      }
    }
  }
}
