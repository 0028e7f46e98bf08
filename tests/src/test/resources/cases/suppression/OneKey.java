import dev.ownership.annotations.*;
import java.nio.ByteBuffer;

// @SuppressWarnings("ownership:KEY") silences that key only: another key in the same method is
// still reported (SPEC §1).
class OneKey {
  static void send(@Owned ByteBuffer data) {}

  @SuppressWarnings("ownership:use.after.move")
  void onlyUseAfterMove(@Borrowed ByteBuffer b) {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    buf.flip();
    // :: error: [move.out.of.borrow]
    send(b);
  }

  @SuppressWarnings({"ownership:move.out.of.borrow", "ownership:use.after.move"})
  void twoKeys(@Borrowed ByteBuffer b) {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    buf.flip();
    send(b);
  }

  // A key of another rule silences nothing here.
  @SuppressWarnings("ownership:mutation.while.borrowed")
  void otherKey() {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    // :: error: [use.after.move]
    buf.flip();
  }
}
