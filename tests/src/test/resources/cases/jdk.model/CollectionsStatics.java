import java.util.*;

// The static mutators of java.util.Collections change the list they are given, and its
// unmodifiable views are borrowed from it (SPEC §6, §10): in the JDK model, not in code.
class CollectionsStatics {
  void sortInLoop(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.sort(list);
    }
  }

  void addAllInLoop(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      Collections.addAll(list, s + "'");
    }
  }

  void shuffleInLoop(List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      it.next();
      // :: error: [mutation.while.borrowed]
      Collections.shuffle(list);
    }
  }

  void modifyWhileIteratingReadOnlyView(List<String> list) {
    List<String> ro = Collections.unmodifiableList(list);
    for (String s : ro) {
      // :: error: [mutation.while.borrowed]
      list.add(s);
    }
  }

  static void mix(List<String> l) {
    Collections.reverse(l);
  }

  void staticMutatorInHelper(List<String> list) {
    for (String s : list) {
      // :: error: [mutation.while.borrowed]
      mix(list);
    }
  }

  // Silent: sorted before the loop, another list sorted in it, sorted after a break.
  void sortBefore(List<String> list) {
    Collections.sort(list);
    for (String s : list) {
      System.out.println(s);
    }
  }

  void sortOther(List<String> list, List<String> other) {
    for (String s : list) {
      Collections.sort(other);
    }
  }

  void sortThenBreak(List<String> list) {
    for (String s : list) {
      if (s.isEmpty()) {
        Collections.sort(list);
        break;
      }
    }
  }

  // Silent: the view is no longer used when the list changes.
  void viewDeadBeforeChange(List<String> list) {
    List<String> ro = Collections.unmodifiableList(list);
    System.out.println(ro.size());
    list.add("x");
  }
}
