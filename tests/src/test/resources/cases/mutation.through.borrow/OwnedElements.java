import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.List;

// An element looked at in a collection reached through a @Borrowed path is itself only
// borrowed: it cannot be changed through that borrow, as in Rust `&Vec<T>` gives `&T`.
class OwnedElements {
  static final class Buf {
    int pos;

    void write(@Mut Buf this, int b) {
      pos++;
    }

    int remaining(@Borrowed Buf this) {
      return 0;
    }
  }

  void changeAnElementOfABorrowedList(@Borrowed List<@Owned Buf> list) {
    // :: error: [mutation.through.borrow]
    list.get(0).write(1);
  }

  void changeTheLoopVariableOfABorrowedList(@Borrowed List<@Owned Buf> list) {
    for (Buf b : list) {
      // :: error: [mutation.through.borrow]
      b.write(1);
    }
  }

  // Silent: reading through the borrow, and changing through a mutable or owned list.

  int readAnElementOfABorrowedList(@Borrowed List<@Owned Buf> list) {
    int n = 0;
    for (Buf b : list) {
      n += b.remaining();
    }
    return n + list.get(0).remaining();
  }

  void changeAnElementOfAMutList(@Mut List<@Owned Buf> list) {
    list.get(0).write(1);
  }

  void changeAnElementOfAnOwnedList(@Owned List<@Owned Buf> list) {
    for (Buf b : list) {
      b.write(1);
    }
  }
}
