import java.util.ArrayList;
import java.util.List;

// A path given a new value no longer has the loans of its old one (the old loan ends with the
// old value): a list reassigned to a view of itself and then changed changes the view.
class ReassignedToAView {
  void reassignedToItsTail(List<String> pairs) {
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).isEmpty()) {
        pairs = pairs.subList(i + 1, pairs.size());
        pairs.clear();
      }
    }
  }

  void reassignedToACopyWhileAViewOfTheOldListLives(List<String> pairs) {
    List<String> rest = pairs.subList(1, pairs.size());
    pairs = new ArrayList<>(rest);
    pairs.clear();
    rest.size();
  }
}
