import java.util.*;

// An explicit Iterator borrows the collection until its last use. Removing through the
// iterator is the idiom; removing through the collection while the iterator is still used
// throws ConcurrentModificationException at the next it.next().
class ExplicitIterator {
  void removeThroughList(List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      String s = it.next();
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        list.remove(s);
      }
    }
  }

  void removeThroughIterator(List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      if (it.next().isEmpty()) {
        it.remove();
      }
    }
  }

  void forLoopIterator(Collection<Integer> numbers) {
    for (Iterator<Integer> it = numbers.iterator(); it.hasNext(); ) {
      Integer n = it.next();
      if (n < 0) {
        it.remove();
      } else if (n == 0) {
        // :: error: [mutation.while.borrowed]
        numbers.add(1);
      }
    }
  }

  // The iterator is not used after the modification: its loan is over (non-lexical).
  void iteratorDeadBeforeModification(List<String> list) {
    Iterator<String> it = list.iterator();
    String first = it.hasNext() ? it.next() : null;
    list.add("after " + first);
  }

  // The iterator is used once more after the modification: that next() would throw.
  void iteratorUsedAfterModification(List<String> list) {
    Iterator<String> it = list.iterator();
    String first = it.next();
    // :: error: [mutation.while.borrowed]
    list.add("after " + first);
    it.next();
  }

  // Reassigning the iterator local ends its old loan.
  void iteratorReassigned(List<String> list) {
    Iterator<String> it = list.iterator();
    it.next();
    it = Collections.emptyIterator();
    list.clear();
    it.hasNext();
  }

  // A fresh iterator after the modification is fine.
  void freshIteratorAfterModification(List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      it.next();
    }
    list.add("x");
    it = list.iterator();
    while (it.hasNext()) {
      it.next();
    }
  }

  // forEachRemaining runs its action while the iterator is in use.
  void forEachRemainingAddsToList(List<String> list) {
    Iterator<String> it = list.iterator();
    it.next();
    // :: error: [mutation.while.borrowed]
    it.forEachRemaining(s -> list.add(s));
  }

  void forEachRemainingAddsElsewhere(List<String> list, List<String> out) {
    Iterator<String> it = list.iterator();
    it.forEachRemaining(s -> out.add(s));
    list.clear();
  }
}
