import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Owned;

// A borrowed result may not be a local the method owns, on any branch of a `?:` or a `switch`
// expression (rustc's E0515, "returns a value referencing data owned by the current function").
class LocalsThroughConditionals {
  static final class Buf {}

  @Borrowed Buf conditional(boolean c, @Borrowed Buf a) {
    @Owned Buf local = new Buf();
    // :: error: [borrow.escapes]
    return c ? a : local;
  }

  @Borrowed Buf switchExpression(int k, @Borrowed Buf a) {
    @Owned Buf local = new Buf();
    return switch (k) {
      case 1 -> a;
      // :: error: [borrow.escapes]
      default -> local;
    };
  }

  // Silent: every branch is borrowed from a parameter.

  @Borrowed Buf bothBorrowed(boolean c, @Borrowed Buf a, @Borrowed Buf b) {
    return c ? a : b;
  }

  @Borrowed Buf switchOverParameters(int k, @Borrowed Buf a, @Borrowed Buf b) {
    return switch (k) {
      case 1 -> a;
      default -> b;
    };
  }
}
