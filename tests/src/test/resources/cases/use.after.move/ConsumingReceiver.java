import dev.ownership.annotations.Owned;

class ConsumingReceiver {
  static final class Buf {
    void write(int b) {}
  }

  static final class Conn {
    @Owned Buf out;

    void send(int x) {}

    int id() {
      return 7;
    }

    void close(@Owned Conn this) {}

    void closeWith(@Owned Conn this, int code) {}

    Conn reopen(@Owned Conn this) {
      return new Conn();
    }

    void shutdown(@Owned Conn this) {
      // Inside a consuming method `this` is owned: it may be moved ...
      this.send(0);
      finish(this);
      // ... and is then moved like any other owner.
      // :: error: [use.after.move]
      this.send(1);
    }

    void drain(@Owned Conn this) {
      // A partial move out of an owned `this`.
      take(this.out);
      // :: error: [use.after.move]
      this.out.write(1);
    }

    void drainUnqualified(@Owned Conn this) {
      take(out);
      // :: error: [use.after.move]
      out.write(1);
    }

    void drainAndRefill(@Owned Conn this) {
      take(this.out);
      this.out = new Buf();
      this.out.write(1);
      finish(this);
    }
  }

  static void take(@Owned Buf b) {}

  static void finish(@Owned Conn c) {}

  void sendAfterClose(@Owned Conn c) {
    c.send(1);
    c.close();
    // :: error: [use.after.move]
    c.send(2);
  }

  void closeTwice(@Owned Conn c) {
    c.close();
    // :: error: [use.after.move]
    c.close();
  }

  void closeOnlyOnce(@Owned Conn c, boolean flag) {
    if (flag) {
      c.send(1);
    }
    c.close();
  }

  void passedAfterClose(@Owned Conn c) {
    c.close();
    // :: error: [use.after.move]
    finish(c);
  }

  void legacyLocalIsMovedByAConsumingCall() {
    Conn c = new Conn();
    c.close();
    // :: error: [use.after.move]
    c.send(2);
  }

  void reassignedAfterClose(@Owned Conn c) {
    c.close();
    c = new Conn();
    c.send(2);
    c.close();
  }

  void chainedConsumingCalls(@Owned Conn c) {
    Conn d = c.reopen();
    d.send(1);
    // :: error: [use.after.move]
    c.send(1);
  }

  void receiverIsEvaluatedBeforeTheArguments(@Owned Conn c) {
    // The receiver is moved when it is evaluated, before `c.id()` runs.
    // :: error: [use.after.move]
    c.closeWith(c.id());
  }

  void argumentComputedFirst(@Owned Conn c) {
    int code = c.id();
    c.closeWith(code);
  }
}
