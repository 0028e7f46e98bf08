import java.util.*;

// Nested loops over one list: the inner loop's modification is seen by both iterators.
class NestedLoops {
  void removeDuplicatesWrong(List<String> list) {
    for (String a : list) {
      for (String b : list) {
        if (a != b && a.equals(b)) {
          // :: error: [mutation.while.borrowed]
          list.remove(b);
        }
      }
    }
  }

  // Breaking out of the inner loop still leaves the outer loop running over the list.
  void removeAndBreakInner(List<String> list) {
    for (String a : list) {
      for (String b : list) {
        if (a != b && a.equals(b)) {
          // :: error: [mutation.while.borrowed]
          list.remove(b);
          break;
        }
      }
    }
  }

  // Breaking out of both loops ends both loans.
  void removeAndBreakOuter(List<String> list) {
    outer:
    for (String a : list) {
      for (String b : list) {
        if (a != b && a.equals(b)) {
          list.remove(b);
          break outer;
        }
      }
    }
  }

  boolean removeAndReturn(List<String> list) {
    for (String a : list) {
      for (String b : list) {
        if (a != b && a.equals(b)) {
          list.remove(b);
          return true;
        }
      }
    }
    return false;
  }

  // Repeat until nothing changes: each pass starts a fresh loop after the modification.
  void removeDuplicatesByRestarting(List<String> list) {
    boolean changed = true;
    while (changed) {
      changed = false;
      search:
      for (int i = 0; i < list.size(); i++) {
        for (String b : list) {
          if (list.get(i) != b && list.get(i).equals(b)) {
            list.remove(b);
            changed = true;
            break search;
          }
        }
      }
    }
  }

  // The outer loop runs over the list, the inner one over another: the inner break does not
  // end the outer loop's loan.
  void outerOverListInnerOverOther(List<String> list, List<String> banned) {
    for (String s : list) {
      for (String b : banned) {
        if (s.contains(b)) {
          // :: error: [mutation.while.borrowed]
          list.remove(s);
          break;
        }
      }
    }
  }

  // Inner loop over the list, outer over another: a break leaves the only loop on the list.
  void outerOverOtherInnerOverList(List<String> list, List<String> banned) {
    for (String b : banned) {
      for (String s : list) {
        if (s.contains(b)) {
          list.remove(s);
          break;
        }
      }
    }
  }

  // Pairs collected first, removed afterwards.
  void removeDuplicatesRight(List<String> list) {
    Set<String> seen = new HashSet<>();
    List<String> dups = new ArrayList<>();
    for (String a : list) {
      if (!seen.add(a)) {
        dups.add(a);
      }
    }
    for (String d : dups) {
      list.remove(d);
    }
  }
}
