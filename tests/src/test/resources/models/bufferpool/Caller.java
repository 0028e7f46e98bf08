import com.example.bufpool.Buffer;
import com.example.bufpool.BufferPool;
import com.example.bufpool.Exchange;
import java.nio.ByteBuffer;

class Caller {
  private final BufferPool pool = new BufferPool(64);

  void fill() {
    Buffer b = pool.acquire();
    b.put((byte) 1);
    pool.release(b);
  }

  void afterRelease() {
    Buffer b = pool.acquire();
    pool.release(b);
    // :: error: [use.after.move]
    b.put((byte) 2);
  }

  void twice() {
    Buffer b = pool.acquire();
    pool.release(b);
    // :: error: [use.after.move]
    pool.release(b);
  }

  int size() {
    Buffer b = pool.acquire();
    int n = pool.capacity(b) + b.remaining();
    pool.release(b);
    return n;
  }

  void handOff(Exchange exchange, ByteBuffer filled) throws InterruptedException {
    exchange.outbox().put(filled);
    // :: error: [use.after.move]
    filled.flip();
  }

  void peekOnly(Exchange exchange) {
    ByteBuffer next = exchange.outbox().peek();
    if (next != null) {
      next.remaining();
    }
  }
}
