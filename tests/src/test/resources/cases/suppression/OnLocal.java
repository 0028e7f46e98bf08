import dev.ownership.annotations.*;
import java.nio.ByteBuffer;

// @SuppressWarnings("ownership") on a local variable declaration silences what its initializer
// does wrong, and nothing after it.
class OnLocal {
  static void send(@Owned ByteBuffer data) {}

  void local() {
    ByteBuffer first = ByteBuffer.allocate(8);
    send(first);
    @SuppressWarnings("ownership")
    int silenced = first.remaining();

    ByteBuffer second = ByteBuffer.allocate(8);
    send(second);
    // :: error: [use.after.move]
    int reported = second.remaining();
  }

  void oneKeyOnALocal(@Borrowed ByteBuffer b) {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    @SuppressWarnings("ownership:use.after.move")
    int silenced = buf.remaining();
    // :: error: [move.out.of.borrow]
    send(b);
  }
}
