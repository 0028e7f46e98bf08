import dev.ownership.annotations.Owned;

class FieldPaths {
  static final class Buf {
    @Owned Buf f;
    @Owned Buf g;

    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  void readTheMovedField(@Owned Buf x) {
    take(x.f);
    // :: error: [use.after.move]
    x.f.write(1);
  }

  void readASiblingField(@Owned Buf x) {
    take(x.f);
    x.g.write(1);
    take(x.g);
  }

  void readTheWholeAfterAPartialMove(@Owned Buf x) {
    take(x.f);
    // :: error: [use.after.move]
    take(x);
  }

  void callOnTheWholeAfterAPartialMove(@Owned Buf x) {
    take(x.f);
    // :: error: [use.after.move]
    x.write(1);
  }

  void passTheWholeToLegacyAfterAPartialMove(@Owned Buf x) {
    take(x.f);
    // :: error: [use.after.move]
    look(x);
  }

  void refillTheField(@Owned Buf x) {
    take(x.f);
    x.f = new Buf();
    x.f.write(1);
    take(x);
  }

  void writeAFieldOfAMovedOwner(@Owned Buf x) {
    take(x);
    // :: error: [use.after.move]
    x.f = new Buf();
  }

  void readAFieldOfAMovedOwner(@Owned Buf x) {
    take(x);
    // :: error: [use.after.move]
    x.g.write(1);
  }

  void fieldsOfALocalOwner() {
    @Owned Buf x = new Buf();
    take(x.g);
    x.f.write(1);
    // :: error: [use.after.move]
    x.g.write(2);
  }

  void deeperPathsCountAsTheirTwoLevelPrefix(@Owned Buf x) {
    take(x.f.g);
    x.g.write(0);
    // :: error: [use.after.move]
    x.f.write(1);
  }

  void movedFieldOnOneBranch(@Owned Buf x, boolean flag) {
    if (flag) {
      take(x.f);
    }
    x.g.write(0);
    // :: error: [use.after.move]
    x.f.write(1);
  }

  void moveTheFieldOfEachOfTwoOwners(@Owned Buf x, @Owned Buf y) {
    take(x.f);
    take(y.f);
    x.g.write(1);
    y.g.write(1);
    // :: error: [use.after.move]
    take(y.f);
  }
}
