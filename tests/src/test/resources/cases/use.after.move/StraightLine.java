import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;

class StraightLine {
  static void send(@Owned ByteBuffer data) {}

  void useAfterSend() {
    ByteBuffer buf = ByteBuffer.allocate(16);
    send(buf);
    // :: error: [use.after.move]
    buf.flip();
    // Reported once: the path counts as usable again after the first report.
    buf.clear();
  }

  void sendTwice() {
    ByteBuffer buf = ByteBuffer.allocate(16);
    send(buf);
    // :: error: [use.after.move]
    send(buf);
  }

  void reassignedAfterMove() {
    ByteBuffer buf = ByteBuffer.allocate(16);
    send(buf);
    buf = ByteBuffer.allocate(8);
    buf.flip();
    send(buf);
  }

  void argumentOrder() {
    ByteBuffer buf = ByteBuffer.allocate(16);
    // put does not borrow its receiver: `buf` is read where it is evaluated, before the
    // argument moves it.
    buf.put(consume(buf));
    // :: error: [use.after.move]
    buf.flip();
  }

  static byte consume(@Owned ByteBuffer b) {
    return 0;
  }
}
