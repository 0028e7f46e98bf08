import dev.ownership.annotations.Owned;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

// A functional interface whose type argument is @Owned takes what it is given, as Rust's
// FnOnce(T) does: `Consumer<@Owned Buf>.accept(b)` moves `b`. Predicates only look.
class FunctionalTypeArguments {
  static final class Buf {
    void write(int b) {}
  }

  void consumerTakes(Consumer<@Owned Buf> sink, @Owned Buf b) {
    sink.accept(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void biConsumerTakesTheOwnedOne(BiConsumer<String, @Owned Buf> sink, @Owned Buf b) {
    sink.accept("k", b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void functionTakes(Function<@Owned Buf, String> f, @Owned Buf b) {
    String s = f.apply(b);
    // :: error: [use.after.move]
    b.write(s.length());
  }

  // Silent: looking, and unannotated type arguments.

  void predicateLooks(Predicate<@Owned Buf> p, @Owned Buf b) {
    if (p.test(b)) {
      b.write(1);
    }
  }

  void unannotatedConsumer(Consumer<Buf> sink, Buf b) {
    sink.accept(b);
    b.write(1);
  }
}
