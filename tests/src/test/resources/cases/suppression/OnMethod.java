import dev.ownership.annotations.*;
import java.nio.ByteBuffer;

// @SuppressWarnings("ownership") on a method silences every ownership key in its body and its
// signature, lambdas included (SPEC §1). The same mistakes in a method without it are reported.
class OnMethod {
  static void send(@Owned ByteBuffer data) {}

  @SuppressWarnings("ownership")
  void silenced(@Borrowed ByteBuffer b, @Owned int count) {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    buf.flip();
    send(b);
    Runnable r = () -> send(b);
    r.run();
  }

  // :: error: [ownership.annotation.invalid]
  void reported(@Borrowed ByteBuffer b, @Owned int count) {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    // :: error: [use.after.move]
    buf.flip();
    // :: error: [move.out.of.borrow]
    send(b);
    // :: error: [move.out.of.borrow]
    Runnable r = () -> send(b);
    r.run();
  }

  // Another checker's key does not silence ownership.
  @SuppressWarnings("nullness")
  void otherChecker() {
    ByteBuffer buf = ByteBuffer.allocate(8);
    send(buf);
    // :: error: [use.after.move]
    buf.flip();
  }
}
