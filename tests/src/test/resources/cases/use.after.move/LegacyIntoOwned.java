import dev.ownership.annotations.Owned;

// SPEC §7: annotating an API is enough to check its callers, annotated or not.
class LegacyIntoOwned {
  static final class Buf {
    Buf next;

    void write(int b) {}
  }

  static final class Sink {
    @Owned Buf held;

    void send(@Owned Buf b) {}
  }

  static Buf SHARED = new Buf();

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  static Buf legacyFactory() {
    return new Buf();
  }

  void legacyLocalPassedToAnOwnedParameter() {
    Buf b = new Buf();
    b.write(0);
    take(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void legacyParameterPassedToAnOwnedParameter(Buf b) {
    take(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void legacyLocalSentThroughAnInstanceMethod(Sink s) {
    Buf b = legacyFactory();
    s.send(b);
    // :: error: [use.after.move]
    s.send(b);
  }

  void legacyLocalIntoAnOwnedLocal() {
    Buf a = new Buf();
    @Owned Buf b = a;
    b.write(0);
    // :: error: [use.after.move]
    a.write(1);
  }

  void legacyLocalIntoAnOwnedField(Sink s) {
    Buf a = new Buf();
    s.held = a;
    // :: error: [use.after.move]
    look(a);
  }

  void legacyFieldPathPassedToAnOwnedParameter(Buf l) {
    take(l.next);
    // :: error: [use.after.move]
    l.next.write(1);
  }

  void legacyAliasesAreNotTracked() {
    Buf a = new Buf();
    Buf alias = a;
    take(a);
    alias.write(1);
  }

  void legacyUsesWithoutAMove(Buf b) {
    Buf c = legacyFactory();
    look(b);
    look(c);
    b.write(1);
    c.write(1);
  }

  void staticFieldsAreNeverTracked() {
    take(SHARED);
    SHARED.write(1);
    take(SHARED);
  }

  void movedLegacyLocalReassigned() {
    Buf b = new Buf();
    take(b);
    b = new Buf();
    b.write(1);
  }
}
