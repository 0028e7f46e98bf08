import java.util.*;

// A helper's change made only when a parameter is null, or only when it is not, is not made by
// a call that gives that parameter what the test rules out (SPEC §10: the summary keeps the test).
class NullGuards {
  private final LinkedList<Integer> ordered = new LinkedList<>();

  private void visit(Integer n, Set<Integer> into) {
    if (into == null) {
      ordered.addFirst(n);
    } else {
      into.add(n);
    }
  }

  private void record(Integer n, List<Integer> log) {
    if (log != null) {
      log.add(n);
    } else {
      ordered.add(n);
    }
  }

  private void finish(Integer n, Set<Integer> into, boolean done) {
    if (done && into == null) {
      ordered.addFirst(n); // a conjunct: only where `into` is null
    }
    if (into != null || n < 0) {
      return;
    } else {
      ordered.add(n); // the else of a disjunct: only where `into` is null
    }
  }

  // Silent: the loop over `ordered` gives the helper a new set, so it never adds to `ordered`.
  void finishSecondRound() {
    for (Integer n : ordered) {
      finish(n, new TreeSet<>(), true);
    }
  }

  void secondRound() {
    for (Integer n : ordered) {
      visit(n, new HashSet<>());
      record(n, new ArrayList<>());
    }
  }

  void secondRoundThroughALocal(List<Set<Integer>> sets) {
    for (Integer n : ordered) {
      Set<Integer> set = new HashSet<>();
      sets.add(set);
      visit(n, set);
    }
  }

  // Reported: the loop gives null, or a value that may be null.
  void localGivenNullLater(Set<Integer> start) {
    Set<Integer> set = new HashSet<>(start);
    if (start.isEmpty()) {
      set = null;
    }
    for (Integer n : ordered) {
      // :: error: [mutation.while.borrowed]
      visit(n, set);
    }
  }

  void firstRoundInTheLoop() {
    for (Integer n : ordered) {
      // :: error: [mutation.while.borrowed]
      visit(n, null);
    }
  }

  void unknownSet(Set<Integer> maybe) {
    for (Integer n : ordered) {
      // :: error: [mutation.while.borrowed]
      visit(n, maybe);
    }
  }

  void finishFirstRound() {
    for (Integer n : ordered) {
      // :: error: [mutation.while.borrowed]
      finish(n, null, true);
    }
  }

  void loggedToNothing() {
    for (Integer n : ordered) {
      // :: error: [mutation.while.borrowed]
      record(n, null);
    }
  }
}
