import java.util.*;

// while and do-while loops over an explicit iterator: a modification followed by break (or
// return) leaves the iterator unused; without it, the next hasNext()/next() fails.
class WhileLoopIterator {
  void removeThenBreak(List<String> list, String target) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.equals(target)) {
        list.remove(s);
        break;
      }
    }
  }

  void addThenReturn(Set<String> set, String prefix) {
    Iterator<String> it = set.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.startsWith(prefix)) {
        set.add(prefix);
        return;
      }
    }
  }

  void removeWithoutBreak(List<String> list, String target) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.equals(target)) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
      }
    }
  }

  // The break is on another branch than the modification.
  void breakOnOtherBranch(List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.isEmpty()) {
        break;
      } else {
        // :: error: [mutation.while.borrowed]
        list.add(s.trim());
      }
    }
  }

  void doWhile(Deque<Integer> deque) {
    Iterator<Integer> it = deque.iterator();
    do {
      int x = it.next();
      if (x == 0) {
        deque.addFirst(-1);
        break;
      }
      if (x < 0) {
        // :: error: [mutation.while.borrowed]
        deque.addLast(x);
      }
    } while (it.hasNext());
  }

  // A flag that stops the loop never reaches it.hasNext() again at run time, but liveness
  // follows the control flow, not the flag's value (as in Rust): `it` is still live at the
  // loop head. Use break instead.
  void flagStopsLoop(List<String> list) {
    Iterator<String> it = list.iterator();
    boolean done = false;
    while (!done && it.hasNext()) {
      String s = it.next();
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
        done = true;
      }
    }
  }

  // Map keys with an explicit iterator and a break.
  void mapKeysRemoveThenBreak(Map<String, Integer> map) {
    Iterator<String> keys = map.keySet().iterator();
    while (keys.hasNext()) {
      String k = keys.next();
      if (map.get(k) < 0) {
        map.remove(k);
        break;
      }
    }
  }
}
