import dev.ownership.annotations.*;

// Not reported: a method with an @Owned receiver consumes the object, so moving a field out of
// it leaves nothing behind; a field of a local owner is a partial move (Rust allows it); an
// unannotated receiver is legacy. The same moves under a @Mut receiver are reported.
class OwnersAndLegacy {
  static final class Buf {
    int x;
  }

  static void take(@Owned Buf b) {}

  static final class Holder {
    @Owned Buf buf;
    @Owned Buf spare;

    void consume(@Owned Holder this) {
      take(this.buf);
    }

    @Owned Buf into(@Owned Holder this) {
      return buf;
    }

    void consumeBoth(@Owned Holder this) {
      take(buf);
      take(spare);
    }

    void legacyReceiver() {
      take(this.buf);
    }

    void mutReceiver(@Mut Holder this) {
      // :: error: [field.moved.at.exit]
      take(this.buf);
    }

    @Owned Buf mutReceiverReturnsTheField(@Mut Holder this) {
      // :: error: [field.moved.at.exit]
      return buf;
    }

    void mutReceiverMovesBothPutsBackOne(@Mut Holder this) {
      take(buf);
      // :: error: [field.moved.at.exit]
      take(spare);
      buf = new Buf();
    }

    void borrowedReceiver(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(this.buf);
    }
  }

  static void partialMoveOfALocalOwner() {
    @Owned Holder h = new Holder();
    h.buf = new Buf();
    take(h.buf);
  }

  static void partialMoveOfAnUnannotatedLocalOwner(@Owned Holder o) {
    Holder h = o;
    take(h.buf);
  }

  static @Owned Buf partialMoveOfAnOwnedParameter(@Owned Holder h) {
    return h.buf;
  }

  static void fieldOfAMutParameterNextToALocalOwner(@Mut Holder m) {
    @Owned Holder local = new Holder();
    take(local.buf);
    // :: error: [field.moved.at.exit]
    take(m.buf);
  }

  static void swapInsteadOfAMove(@Mut Holder m, @Owned Buf fresh) {
    @Owned Buf old = m.buf;
    m.buf = fresh;
    take(old);
  }
}
