import dev.ownership.annotations.Owned;

class OwnedLocals {
  static final class Buf {
    void write(int b) {}
  }

  static @Owned Buf makeOwned() {
    return new Buf();
  }

  static Buf makeLegacy() {
    return new Buf();
  }

  static void take(@Owned Buf b) {}

  void ownedLocalTakesItsInitializer() {
    @Owned Buf b1 = new Buf();
    @Owned Buf b2 = b1;
    // :: error: [use.after.move]
    b1.write(1);
    b2.write(2);
  }

  void ownedLocalAssignedLater() {
    @Owned Buf b1 = new Buf();
    @Owned Buf b2;
    b2 = b1;
    // :: error: [use.after.move]
    b1.write(1);
    b2.write(2);
  }

  void ownedLocalFromOwnedParameter(@Owned Buf p) {
    @Owned Buf mine = p;
    mine.write(1);
    // :: error: [use.after.move]
    p.write(2);
  }

  void unannotatedLocalFromOwnedReturnIsAnOwner() {
    Buf a = makeOwned();
    Buf b = a;
    // :: error: [use.after.move]
    a.write(1);
    b.write(2);
  }

  void unannotatedLocalFromOwnedParameterIsAnOwner(@Owned Buf p) {
    Buf q = p;
    q.write(1);
    // :: error: [use.after.move]
    take(p);
  }

  void ownershipTravelsDownAChain() {
    Buf a = makeOwned();
    Buf b = a;
    Buf c = b;
    c.write(0);
    // :: error: [use.after.move]
    b.write(1);
  }

  void theNewOwnerCanBeMovedInTurn() {
    Buf a = makeOwned();
    Buf b = a;
    take(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void unannotatedLocalFromNewIsLegacy() {
    Buf a = new Buf();
    Buf b = a;
    a.write(1);
    b.write(2);
  }

  void unannotatedLocalFromLegacyReturnIsLegacy() {
    Buf a = makeLegacy();
    Buf b = a;
    Buf c = a;
    a.write(1);
    b.write(2);
    c.write(3);
  }

  void unannotatedLocalFromLegacyParameterIsLegacy(Buf p) {
    Buf q = p;
    p.write(1);
    q.write(2);
  }

  void ownedLocalReassignedAfterItsMove() {
    @Owned Buf b = makeOwned();
    take(b);
    b = makeOwned();
    b.write(1);
    take(b);
  }

  void movedIntoALocalOnOneBranch(boolean flag) {
    Buf a = makeOwned();
    if (flag) {
      Buf b = a;
      b.write(0);
    }
    // :: error: [use.after.move]
    a.write(1);
  }
}
