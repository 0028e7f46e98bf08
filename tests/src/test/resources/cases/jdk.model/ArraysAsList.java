import dev.ownership.annotations.*;
import java.util.*;

// Arrays.asList(a) given an array is a view of it (SPEC §6): the list borrows the array while it
// lives. An array's size never changes, so nothing done to it while the view is iterated throws;
// the view's own changes are changes of a list like any other.
class ArraysAsList {
  static final class Buf {}

  static void takeAll(Buf @Owned [] all) {}

  // An owned array moved while its view is still used: Rust's E0505.
  void moveWhileViewed(Buf @Owned [] all) {
    List<Buf> view = Arrays.asList(all);
    // :: error: [move.while.borrowed]
    takeAll(all);
    view.size();
  }

  // The view's set while it is iterated, as for any list (SPEC §6 lists set).
  void setThroughTheViewInALoop(String[] words) {
    List<String> view = Arrays.asList(words);
    for (String w : view) {
      // :: error: [mutation.while.borrowed]
      view.set(0, w);
    }
  }

  // Silent: the array moved after the view's last use.
  void moveAfterLastUse(Buf @Owned [] all) {
    List<Buf> view = Arrays.asList(all);
    view.size();
    takeAll(all);
  }

  // Silent: writing an element of the array while the view is iterated changes no structure.
  void elementWrites(String[] words) {
    int i = 0;
    for (String w : Arrays.asList(words)) {
      words[i++] = w.trim();
    }
  }

  // Silent: given elements, the view borrows none of them; they may change while it lives.
  void elementsGiven(StringBuilder a, StringBuilder b, List<String> l) {
    List<StringBuilder> both = Arrays.asList(a, b);
    a.append('x');
    List<List<String>> lists = Arrays.asList(l);
    l.add("y");
    System.out.println(both.size() + lists.size());
  }

  // Silent: the view is iterated while another list is changed; a view returned is ordinary
  // Java (no borrow.escapes); iterating it while a copy changes.
  List<String> asView(String[] words) {
    return Arrays.asList(words);
  }

  void copyOfTheView(String[] words) {
    List<String> copy = new ArrayList<>(Arrays.asList(words));
    for (String w : Arrays.asList(words)) {
      copy.remove(w);
    }
  }
}
