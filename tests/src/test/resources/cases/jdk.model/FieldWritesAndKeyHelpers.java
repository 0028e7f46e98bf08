import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Shapes from real libraries (MyBatis's ResultMap builder, Spoon's import scanner) that change
// no structure of what a loop walks: a field of the object holding the iterated list written in
// the loop, and a helper that puts a value under the loop's own key.
class FieldWritesAndKeyHelpers {
  static final class Result {
    List<String> mappings = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    boolean nested;
  }

  private Result result = new Result();
  private final Map<String, Boolean> used = new HashMap<>();

  void fieldOfTheHolderWritten() {
    for (String m : result.mappings) {
      result.nested = result.nested || m.isEmpty();
      result.columns.add(m);
    }
  }

  private void markUsed(String name) {
    used.put(name, true);
  }

  void helperPutsUnderTheLoopKey() {
    for (String name : used.keySet()) {
      if (name.startsWith("java.")) {
        markUsed(name);
      }
    }
  }

  // Reported: the helper's key is another one, or the loop's list itself changes.

  void helperPutsUnderAnotherKey() {
    for (String name : used.keySet()) {
      // :: error: [mutation.while.borrowed]
      markUsed(name + "$");
    }
  }

  void listOfTheHolderChanged() {
    for (String m : result.mappings) {
      // :: error: [mutation.while.borrowed]
      result.mappings.add(m);
    }
  }
}
