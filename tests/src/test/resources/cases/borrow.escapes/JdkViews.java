import dev.ownership.annotations.*;
import java.util.*;

// SPEC §6: the JDK model's own views and iterators never produce borrow.escapes. Returning
// map.keySet() from a getter or keeping an iterator in a field is ordinary Java; the view simply
// ends its loan. An annotated borrow of a collection is still a borrow, and escapes like any.
class JdkViews {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> items = new ArrayList<>();
  private Iterator<String> cursor;
  private Collection<Integer> values;
  private List<String> lastList;
  private Map<String, Integer> lastMap;

  Set<String> keys() {
    return index.keySet();
  }

  Iterator<String> iterator() {
    return items.iterator();
  }

  void iteratorInAField() {
    cursor = items.iterator();
  }

  void viewOfAParameterInAField(Map<String, Integer> map) {
    values = map.values();
    map.put("k", 1);
  }

  static Set<String> keysOfALegacyParameter(Map<String, Integer> map) {
    return map.keySet();
  }

  static Set<String> keysOfABorrowedParameter(@Borrowed Map<String, Integer> map) {
    return map.keySet();
  }

  void iteratorOfABorrowedParameterInAField(@Borrowed List<String> list) {
    cursor = list.iterator();
  }

  static List<String> subListOfAMutParameter(@Mut List<String> list) {
    return list.subList(0, 1);
  }

  Iterator<String> viewThroughALocal() {
    Iterator<String> it = items.iterator();
    it.hasNext();
    return it;
  }

  // The borrowed collection itself, not a view of it: reported like any borrow.
  static List<String> borrowedListReturned(@Borrowed List<String> list) {
    // :: error: [borrow.escapes]
    return list;
  }

  void borrowedMapStoredInAField(@Borrowed Map<String, Integer> map) {
    // :: error: [borrow.escapes]
    lastMap = map;
  }

  void mutListStoredInAField(@Mut List<String> list) {
    // :: error: [borrow.escapes]
    lastList = list;
  }

  void legacyListStoredInAField(List<String> list) {
    lastList = list;
  }

  static @Borrowed List<String> borrowedListAsABorrow(@Borrowed List<String> list) {
    return list;
  }
}
