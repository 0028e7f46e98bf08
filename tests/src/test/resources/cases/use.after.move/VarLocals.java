import dev.ownership.annotations.*;

// A team that writes `var` can still declare an owner, a borrow or a mutable borrow: on a
// local the annotations are also declaration annotations.
class VarLocals {
  static final class Buf {
    int size() {
      return 0;
    }

    void grow(@Mut Buf this) {}
  }

  static @Owned Buf make() {
    return new Buf();
  }

  static void send(@Owned Buf b) {}

  void ownedVar() {
    @Owned var b = make();
    send(b);
    // :: error: [use.after.move]
    b.size();
  }

  void ownedVarFromLegacyCode() {
    @Owned var b = new Buf();
    send(b);
    // :: error: [use.after.move]
    send(b);
  }

  void borrowedVar(@Owned Buf owner) {
    @Borrowed var view = owner;
    // :: error: [mutation.through.borrow]
    view.grow();
    send(owner);
  }

  void qualifiedTypeName() {
    @Owned VarLocals.Buf b = make();
    send(b);
    // :: error: [use.after.move]
    b.size();
  }

  void fine() {
    @Owned var b = make();
    b.size();
    send(b);
  }
}
