import com.example.bufpool.Buffer;
import com.example.bufpool.BufferPool;

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
}
