import dev.ownership.annotations.*;
import java.util.ArrayList;
import java.util.List;

// Mutable loans of `this`, of fields of `this`, and of JDK-model values exclude other reads
// of the borrowed path while they are live.
class ThisAndJdkTypes {
  static final class Buf {
    int x;
    @Owned Buf f;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }

    void readThisWhileAFieldIsMutablyBorrowed(@Mut Buf this) {
      @Mut Buf m = this.f;
      // :: error: [use.while.mutably.borrowed]
      this.read();
      m.write(1);
    }

    void readImplicitThisWhileAFieldIsMutablyBorrowed(@Mut Buf this) {
      @Mut Buf m = f;
      // :: error: [use.while.mutably.borrowed]
      read();
      m.write(1);
    }

    void readTheFieldWhileThisIsMutablyBorrowed(@Mut Buf this) {
      @Mut Buf self = this;
      // :: error: [use.while.mutably.borrowed]
      int v = f.x;
      self.write(v);
    }

    void readOtherPartsOfThis(@Mut Buf this) {
      @Mut Buf m = this.f;
      int v = this.x + x;
      m.write(v);
      this.read();
    }
  }

  void readAListWhileMutablyBorrowed(@Owned List<String> list) {
    @Mut List<String> m = list;
    // :: error: [use.while.mutably.borrowed]
    int n = list.size();
    m.add("x" + n);
  }

  void readAListAfterTheMutLoan(@Owned List<String> list) {
    @Mut List<String> m = list;
    m.add("x");
    int n = list.size();
  }

  void readABuilderWhileMutablyBorrowed() {
    @Owned StringBuilder sb = new StringBuilder();
    @Mut StringBuilder m = sb;
    // :: error: [use.while.mutably.borrowed]
    String s = sb.toString();
    m.append(s);
    String t = sb.toString();
  }

  void legacyListReadWhileIterating() {
    List<String> list = new ArrayList<>();
    for (String s : list) {
      int n = list.size() + list.indexOf(s);
    }
  }
}
