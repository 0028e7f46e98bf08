import java.util.*;

// Where a loan is made and where a change happens decide whether they can meet: code runs
// backwards only through a loop, a for-each lends its collection only while it runs, and a call
// runs after its arguments. Reported: each shape where the loan is live at the change.
class LoanOrder {
  void iteratorMadeLaterInTheRound(List<String> items) {
    Iterator<String> it = null;
    for (int i = 0; i < 3; i++) {
      if (it != null) {
        // :: error: [mutation.while.borrowed]
        items.add("x");
        it.next();
      }
      it = items.iterator();
    }
  }

  void viewMadeBeforeTheChange(List<String> items) {
    List<String> head = items.subList(0, 1);
    // :: error: [mutation.while.borrowed]
    items.add("y");
    head.size();
  }

  void changeInInnerLoop(List<String> items, List<String> other) {
    for (String s : items) {
      for (String t : other) {
        if (s.equals(t)) {
          // :: error: [mutation.while.borrowed]
          items.remove(s);
        }
      }
    }
  }

  void whileLoopAroundBoth(List<String> items) {
    ListIterator<String> it = items.listIterator();
    int n = 0;
    while (n++ < 3) {
      if (n > 1) {
        it.next();
      }
      // :: error: [mutation.while.borrowed]
      items.add("z");
    }
  }

  // Silent: the list is filled before its loop, or changed after the loop ends.
  void filledBeforeTheLoop(List<String> items) {
    items.add("a");
    items.add("b");
    for (String s : items) {
      System.out.println(s);
    }
  }

  void changedAfterEachLoop(List<String> items) {
    for (int r = 0; r < 2; r++) {
      for (String s : items) {
        System.out.println(s);
      }
      items.add("c");
    }
  }

  void viewUsedUpBeforeTheChange(List<String> items) {
    List<String> head = items.subList(0, 1);
    System.out.println(head.size());
    items.add("d");
  }
}
