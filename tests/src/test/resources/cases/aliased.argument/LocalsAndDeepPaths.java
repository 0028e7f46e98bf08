import dev.ownership.annotations.*;

// Aliasing is decided on paths: locals and parameters of every mode, `this` (also implicit),
// and field paths, where deeper paths count as their two-level prefix.
class LocalsAndDeepPaths {
  static final class Buf {
    int x;
    @Owned Buf f;
    @Owned Buf g;

    void copyFrom(@Mut Buf this, @Borrowed Buf src) {
      x = src.x;
    }

    void implicitReceiver(@Mut Buf this) {
      // :: error: [aliased.argument]
      copyFrom(this);
      // :: error: [aliased.argument]
      copyFrom(this.f);
      this.f.copyFrom(this.g);
    }
  }

  static void copy(@Mut Buf dst, @Borrowed Buf src) {}

  static @Owned Buf make() {
    return new Buf();
  }

  void ownedLocal() {
    @Owned Buf o = make();
    @Owned Buf p = make();
    // :: error: [aliased.argument]
    copy(o, o);
    copy(o, p);
  }

  void mutLocal(@Owned Buf a) {
    @Mut Buf m = a.f;
    // :: error: [aliased.argument]
    copy(m, m);
    m.copyFrom(a.g);
  }

  void unannotatedLocalTakingOverAnOwner(@Owned Buf a, @Owned Buf b) {
    Buf r = a;
    // :: error: [aliased.argument]
    r.copyFrom(r);
    r.copyFrom(b);
  }

  void deeperPaths(@Owned Buf a) {
    // :: error: [aliased.argument]
    copy(a.f.f, a.f);
    // :: error: [aliased.argument]
    copy(a, a.f.g);
    copy(a.f.f, a.g);
    copy(a.g.f, a.f.g);
  }

  void distinctOwnersDoNotAlias(@Owned Buf a, @Owned Buf b) {
    copy(a, b);
    copy(b.f, a.f);
    a.copyFrom(b);
    b.copyFrom(a.g);
    a.copyFrom(make());
  }
}
