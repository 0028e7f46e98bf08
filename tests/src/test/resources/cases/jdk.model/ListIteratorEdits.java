import java.util.*;

// ListIterator.set/add/remove change the list through the iterator: the idiom. A change
// through the list itself while the list iterator is still used is a bug.
class ListIteratorEdits {
  void setThroughIterator(List<String> list) {
    ListIterator<String> li = list.listIterator();
    while (li.hasNext()) {
      li.set(li.next().toUpperCase());
    }
  }

  void addThroughIterator(List<Integer> list) {
    for (ListIterator<Integer> li = list.listIterator(); li.hasNext(); ) {
      int x = li.next();
      if (x % 2 == 0) {
        li.add(x + 1);
      } else if (x < 0) {
        li.remove();
      }
    }
  }

  void backwardsWithIterator(List<String> list) {
    ListIterator<String> li = list.listIterator(list.size());
    while (li.hasPrevious()) {
      String s = li.previous();
      if (s.isBlank()) {
        li.remove();
      } else {
        li.set(s.strip());
      }
    }
  }

  void addThroughListWhileIterating(List<String> list) {
    ListIterator<String> li = list.listIterator();
    while (li.hasNext()) {
      String s = li.next();
      if (s.endsWith("!")) {
        // :: error: [mutation.while.borrowed]
        list.add(s.substring(0, s.length() - 1));
      }
    }
  }

  void insertAtIndexWhileIterating(List<String> list) {
    ListIterator<String> li = list.listIterator(1);
    while (li.hasNext()) {
      String s = li.next();
      // :: error: [mutation.while.borrowed]
      list.add(li.previousIndex(), s);
    }
  }

  void sortWhileIterating(List<String> list) {
    ListIterator<String> li = list.listIterator();
    li.next();
    // :: error: [mutation.while.borrowed]
    list.sort(null);
    li.set("first");
  }

  // The list iterator is dead before the list is changed.
  void listIteratorDone(List<String> list) {
    ListIterator<String> li = list.listIterator();
    int nonEmpty = 0;
    while (li.hasNext()) {
      if (!li.next().isEmpty()) {
        nonEmpty++;
      }
    }
    list.add(0, "count=" + nonEmpty);
  }
}
