import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.ArrayList;
import java.util.List;

// Correct code that must stay silent: shapes found in real libraries and in the upstream tests
// of rustc's borrow checker, where an over-eager rule would report.
class ExactnessSilent {
  static final class Buf {
    int n;

    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static @Owned Buf fresh() {
    return new Buf();
  }

  static final class Holder {
    @Owned Buf f = new Buf();
    Buf legacy = new Buf();

    // A field moved out and put back under a @Mut receiver.
    void refill(@Mut Holder this) {
      take(f);
      f = fresh();
    }

    // ... called on `this` from another member.
    void twice(@Mut Holder this) {
      this.refill();
      refill();
      f.write(1);
    }

    // A deep read through a @Borrowed receiver of an unannotated field.
    int deepRead(@Borrowed Holder this) {
      return legacy.n + this.legacy.n;
    }
  }

  int deepReadThroughAParameter(@Borrowed Holder h) {
    return h.legacy.n;
  }

  // A loan in a loop whose holder is given a new value before its next use.
  void holderReassignedInTheLoop(@Owned Buf a, @Owned Buf b) {
    @Borrowed Buf view = a;
    for (int i = 0; i < 3; i++) {
      view.write(i);
      view = b;
    }
    take(a);
    take(b);
  }

  // A path given a view of itself: the old loan ends with the old value.
  void pathReassignedToAViewOfItself(List<String> pairs) {
    int i = 0;
    for (String p : pairs) {
      if (p.isEmpty()) {
        break;
      }
      i++;
    }
    pairs = pairs.subList(i, pairs.size());
    pairs.clear();
  }

  void copyThenChange(List<String> names) {
    for (String n : new ArrayList<>(names)) {
      names.remove(n);
    }
  }
}
