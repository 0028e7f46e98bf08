import java.util.*;

// A JDK collection's mutator that answers whether it changed the collection (add, remove,
// removeIf, offer, ...) changed nothing when it answers false: only the branch where it did
// must not go on with the loop (SPEC §6, a change followed by return or break).
class ChangeReportedByResult {
  // Silent: the loop goes on only when nothing was removed.
  Object removeFirstEqual(List<Object> l, Object k) {
    for (Object o : l) {
      if (o.equals(k)) {
        if (l.remove(o)) {
          return o;
        }
      }
    }
    return null;
  }

  Object removeInCondition(List<Object> l, Object k) {
    for (Object o : l) {
      if (o.equals(k) && l.remove(o)) {
        return o;
      }
    }
    return null;
  }

  String negated(Set<String> s, String k) {
    for (String x : s) {
      if (!x.equals(k) || !s.remove(x)) {
        continue;
      }
      return x;
    }
    return null;
  }

  void breakWhenAdded(Deque<String> queue) {
    for (String x : queue) {
      if (queue.offer(x + "!")) {
        break;
      }
    }
  }

  // Reported: the loop goes on after a change.
  int countRemoved(List<Object> l, Object k) {
    int n = 0;
    for (Object o : l) {
      // :: error: [mutation.while.borrowed]
      if (o.equals(k) && l.remove(o)) {
        n++;
      }
    }
    return n;
  }

  void goesOnWhenRemoved(Set<String> s, String k) {
    for (String x : s) {
      // :: error: [mutation.while.borrowed]
      if (!s.remove(k)) {
        return;
      }
    }
  }

  void resultKeptInALocal(List<Object> l, Object k) {
    for (Object o : l) {
      // :: error: [mutation.while.borrowed]
      boolean removed = l.remove(o);
      if (removed) {
        return;
      }
    }
  }
}
