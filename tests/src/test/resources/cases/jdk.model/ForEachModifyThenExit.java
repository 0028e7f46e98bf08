import java.util.*;

// A modification followed by break, return or throw ends the loop's loan: the loop never
// takes another element, so nothing can throw ConcurrentModificationException.
class ForEachModifyThenExit {
  void removeThenBreak(List<String> list, String target) {
    for (String s : list) {
      if (s.equals(target)) {
        list.remove(s);
        break;
      }
    }
  }

  boolean removeThenReturn(List<String> list, String target) {
    for (String s : list) {
      if (s.equals(target)) {
        list.remove(s);
        return true;
      }
    }
    return false;
  }

  void addThenThrow(List<String> list) {
    for (String s : list) {
      if (s.isEmpty()) {
        list.add("<empty>");
        throw new IllegalStateException("empty entry");
      }
    }
  }

  void removeThenLabelledBreak(List<List<String>> rows, List<String> seen) {
    outer:
    for (List<String> row : rows) {
      for (String s : seen) {
        if (row.contains(s)) {
          seen.remove(s);
          break outer;
        }
      }
    }
  }

  // Only one branch exits: on the other the loop goes on after the modification.
  void removeThenBreakOnOneBranchOnly(List<String> list, boolean stop) {
    for (String s : list) {
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
        if (stop) {
          break;
        }
      }
    }
  }

  // continue takes the next element: the loan is still live.
  void removeThenContinue(List<String> list) {
    for (String s : list) {
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
        continue;
      }
      System.out.println(s);
    }
  }

  // A break that leaves only the inner loop: the outer loop over the same list goes on.
  void breakLeavesOnlyInnerLoop(List<String> list, List<String> other) {
    for (String s : list) {
      for (String o : other) {
        if (o.equals(s)) {
          // :: error: [mutation.while.borrowed]
          list.remove(s);
          break;
        }
      }
    }
  }

  void switchCaseReturns(List<String> list) {
    for (String s : list) {
      switch (s) {
        case "stop":
          list.clear();
          return;
        case "dup":
          // :: error: [mutation.while.borrowed]
          list.add(s);
          break;
        default:
          System.out.println(s);
      }
    }
  }
}
