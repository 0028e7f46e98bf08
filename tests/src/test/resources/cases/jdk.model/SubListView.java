import java.util.*;

// subList is a view: a structural change of the backing list makes every later use of the
// sublist throw ConcurrentModificationException.
class SubListView {
  void addThenUseSubList(List<String> list) {
    List<String> head = list.subList(0, 2);
    // :: error: [mutation.while.borrowed]
    list.add("tail");
    System.out.println(head.get(0));
  }

  void removeThenIterateSubList(List<Integer> list) {
    List<Integer> page = list.subList(10, 20);
    // :: error: [mutation.while.borrowed]
    list.remove(0);
    for (Integer x : page) {
      System.out.println(x);
    }
  }

  void iterateSubListAndAddToList(List<String> list) {
    for (String s : list.subList(1, list.size())) {
      // :: error: [mutation.while.borrowed]
      list.add(s);
    }
  }

  // Clearing a range through the view: the idiom for removing a range.
  void clearRange(List<String> list, int from, int to) {
    list.subList(from, to).clear();
    list.add("after");
  }

  void sortAndEditThroughSubList(List<Integer> list) {
    List<Integer> tail = list.subList(1, list.size());
    Collections.sort(tail);
    tail.add(0);
    tail.remove(Integer.valueOf(7));
    list.add(-1);
  }

  // The sublist is no longer used when the list changes.
  void subListDeadBeforeModification(List<String> list) {
    List<String> head = list.subList(0, 2);
    String joined = String.join(",", head);
    list.add(joined);
  }

  // A copy of the range is not a view.
  void copyOfRange(List<String> list) {
    List<String> head = new ArrayList<>(list.subList(0, 2));
    list.clear();
    list.addAll(head);
  }

  // Paging: each sublist ends before the next modification.
  void drainInPages(List<String> queue, List<List<String>> batches) {
    while (!queue.isEmpty()) {
      List<String> page = queue.subList(0, Math.min(10, queue.size()));
      batches.add(new ArrayList<>(page));
      page.clear();
    }
  }

  // A sublist of a sublist borrows the same list.
  void nestedSubList(List<String> list) {
    List<String> mid = list.subList(1, 5);
    List<String> inner = mid.subList(1, 2);
    // :: error: [mutation.while.borrowed]
    list.remove(0);
    inner.size();
  }
}
