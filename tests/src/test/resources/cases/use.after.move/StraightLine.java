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
    // The receiver is read when the call is made: after the argument moved it.
    // :: error: [use.after.move]
    buf.put(consume(buf));
  }

  static byte consume(@Owned ByteBuffer b) {
    return 0;
  }
}
