import dev.ownership.annotations.*;

// The receiver is a position too: a @Mut receiver and an overlapping @Borrowed or @Mut argument
// alias (Rust: `a.copy_from(&a)`). The receiver comes first, so the argument is reported.
class Receivers {
  static final class Buf {
    int x;
    @Owned Buf f;
    @Owned Buf g;

    int read(@Borrowed Buf this) {
      return x;
    }

    void copyFrom(@Mut Buf this, @Borrowed Buf src) {
      x = src.x;
    }

    void pourInto(@Borrowed Buf this, @Mut Buf dst) {
      dst.x = x;
    }

    void swapWith(@Mut Buf this, @Mut Buf other) {}

    int compareTo(@Borrowed Buf this, @Borrowed Buf other) {
      return x - other.x;
    }

    void absorb(@Mut Buf this, Buf legacy) {}

    void selfCopy(@Mut Buf this) {
      // :: error: [aliased.argument]
      this.copyFrom(this);
      // :: error: [aliased.argument]
      this.copyFrom(this.f);
      this.f.copyFrom(this.g);
      copy(this.g, this.f);
    }

    void selfCompare(@Borrowed Buf this) {
      int c = this.compareTo(this) + compareTo(this.f);
    }
  }

  static void copy(@Mut Buf dst, @Borrowed Buf src) {}

  void mutReceiverBorrowedArgument(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    a.copyFrom(a);
    a.copyFrom(b);
  }

  void borrowedReceiverMutArgument(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    a.pourInto(a);
    a.pourInto(b);
  }

  void mutReceiverMutArgument(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    a.swapWith(a);
    a.swapWith(b);
  }

  void receiverAndFieldPaths(@Owned Buf a) {
    // :: error: [aliased.argument]
    a.f.copyFrom(a);
    // :: error: [aliased.argument]
    a.copyFrom(a.f);
    a.f.copyFrom(a.g);
    a.g.pourInto(a.f);
  }

  void borrowedReceiverBorrowedArgument(@Owned Buf a) {
    int c = a.compareTo(a) + a.f.compareTo(a) + a.compareTo(a.f);
  }

  void legacyArgumentIsNotABorrow(@Owned Buf a) {
    a.absorb(a);
  }
}
