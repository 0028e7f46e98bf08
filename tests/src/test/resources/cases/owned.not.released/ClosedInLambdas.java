import dev.ownership.annotations.Owned;
import java.io.Closeable;
import java.util.function.Consumer;
import java.util.function.Supplier;

// A closure that closes a captured owner takes over its release (SPEC §11, hand-offs): the
// owner is released when the closure runs, as a Rust `move || drop(r)` closure owns `r`.
class ClosedInLambdas {
  static final class Res implements Closeable {
    void write(int b) {}

    @Override
    public void close() {}
  }

  static @Owned Res open() {
    return new Res();
  }

  void closerLambda() {
    @Owned Res r = open();
    Runnable closer = () -> r.close();
    closer.run();
  }

  void closerMethodReference() {
    @Owned Res r = open();
    Runnable closer = r::close;
    closer.run();
  }

  void consumerThatTakesIt() {
    @Owned Res r = open();
    Consumer<@Owned Res> closer = x -> x.close();
    closer.accept(r);
  }

  // Reported: a closure that only uses the owner does not release it; a supplier's result is an
  // owner; a consumer of unannotated elements takes nothing.

  void closureThatOnlyWrites() {
    // :: error: [owned.not.released]
    @Owned Res r = open();
    Runnable w = () -> r.write(1);
    w.run();
  }

  void suppliedAndDropped(Supplier<@Owned Res> make) {
    // :: error: [owned.not.released]
    Res r = make.get();
    r.write(1);
  }

  void unannotatedConsumer(Consumer<Res> sink) {
    // :: error: [owned.not.released]
    @Owned Res r = open();
    sink.accept(r);
  }
}
