import java.util.*;

// The model's views and iterators never produce borrow.escapes: returning a view, keeping
// an iterator in a field or handing a view to other code is ordinary Java. A view that
// escapes simply ends its loan.
class EscapingViews {
  private final List<String> items = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private Iterator<String> cursor;
  private Collection<Integer> lastValues;

  Set<String> keys() {
    return index.keySet();
  }

  Iterator<String> iterator() {
    return items.iterator();
  }

  List<String> firstTwo() {
    return items.subList(0, 2);
  }

  void iteratorInField(List<String> list) {
    cursor = list.iterator();
    list.add("x");
    cursor.hasNext();
  }

  void iteratorInThisField() {
    this.cursor = items.iterator();
    items.add("x");
    this.cursor.next();
  }

  void viewInField(Map<String, Integer> map) {
    lastValues = map.values();
    map.put("k", 1);
    lastValues.size();
  }

  // A view handed to an unannotated method ends its loan when the call returns.
  void viewPassedOn(Map<String, Integer> map, List<Collection<String>> sink) {
    sink.add(map.keySet());
    map.clear();
    printAll(map.values().iterator());
    map.put("a", 1);
  }

  static void printAll(Iterator<?> it) {
    while (it.hasNext()) {
      System.out.println(it.next());
    }
  }

  // Still a view when used locally: the same shapes stay reported.
  void localUseStillReported() {
    Iterator<String> it = items.iterator();
    // :: error: [mutation.while.borrowed]
    items.add("y");
    it.next();
  }
}
