import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

// A frame handed to another thread through a queue that owns its elements belongs to that
// thread: changing it afterwards is the data race Rust rules out by moving into the channel.
class OwnedHandOff {
  @Owned
  static final class Frame {
    private long stamp;

    void stamp(@Mut Frame this, long t) {
      stamp = t;
    }
  }

  static void write(@Owned Frame f) {}

  private final BlockingQueue<@Owned Frame> outbox = new LinkedBlockingQueue<>();

  void startWriter() {
    Thread writer =
        new Thread(
            () -> {
              try {
                while (true) {
                  write(outbox.take());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    writer.start();
  }

  void sendThenStamp(@Owned Frame frame) throws InterruptedException {
    outbox.put(frame);
    // :: error: [use.after.move]
    frame.stamp(System.nanoTime());
  }

  void sendTwice(@Owned Frame frame) throws InterruptedException {
    outbox.put(frame);
    // :: error: [use.after.move]
    outbox.put(frame);
  }

  // Silent: stamped before it is sent, or a new frame each time.

  void stampThenSend(@Owned Frame frame) throws InterruptedException {
    frame.stamp(System.nanoTime());
    outbox.put(frame);
  }

  void sendFresh() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      Frame f = new Frame();
      f.stamp(i);
      outbox.put(f);
    }
  }
}
