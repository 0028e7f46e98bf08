import dev.ownership.annotations.Owned;

/**
 * Fields of `this`, and of other objects, are paths: moving `this.buf` and then reading it is a
 * use after move inside an ordinary method. Static fields are never tracked.
 */
class ThisFields {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void inspect(ThisFields t) {}

  static Buf shared = new Buf();

  Buf buf = new Buf();
  Buf other = new Buf();

  void moveThenReadThroughThis() {
    take(this.buf);
    // :: error: [use.after.move]
    this.buf.write(1);
  }

  void moveThenReadWithImplicitThis() {
    take(buf);
    // :: error: [use.after.move]
    buf.write(1);
  }

  void moveImplicitReadExplicit() {
    take(buf);
    // :: error: [use.after.move]
    take(this.buf);
  }

  void moveThenReassignTheField() {
    take(this.buf);
    this.buf = new Buf();
    this.buf.write(1);
    take(buf);
    buf = new Buf();
  }

  void anotherFieldIsADifferentPath() {
    take(this.buf);
    this.other.write(1);
    take(other);
  }

  void maybeMovedField(boolean c) {
    if (c) {
      take(this.buf);
    }
    // :: error: [use.after.move]
    this.buf.write(1);
  }

  void fieldMovedInALoop(int n) {
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      take(this.buf);
    }
  }

  void describe() {}

  void thisWithAMovedFieldMayNotBeReadAsAWhole() {
    take(this.buf);
    // :: error: [use.after.move]
    this.describe();
  }

  void implicitThisWithAMovedFieldMayNotBeReadAsAWhole() {
    take(buf);
    // :: error: [use.after.move]
    describe();
  }

  void thisAsAWholeAfterTheFieldIsPutBack() {
    take(buf);
    buf = new Buf();
    describe();
    this.describe();
  }

  void staticFieldsAreNotTracked() {
    take(shared);
    shared.write(1);
    take(ThisFields.shared);
  }

  void fieldOfAParameter(ThisFields t) {
    take(t.buf);
    t.other.write(1);
    // :: error: [use.after.move]
    t.buf.write(1);
  }

  void wholeObjectWithAMovedFieldMayNotBeRead(ThisFields t) {
    take(t.buf);
    // :: error: [use.after.move]
    inspect(t);
  }

  void wholeObjectAfterTheFieldIsPutBack(ThisFields t) {
    take(t.buf);
    t.buf = new Buf();
    inspect(t);
  }

  void fieldWriteThroughAMovedPath(@Owned ThisFields t) {
    takeWhole(t);
    // :: error: [use.after.move]
    t.buf = new Buf();
  }

  static void takeWhole(@Owned ThisFields t) {}
}
