import dev.ownership.annotations.Owned;
import java.util.List;

// An annotation on the type of a non-static member class is written on the innermost part of
// `Outer.Inner`: it counts as the type's own, in parameters, results and type arguments.
class InnerClassTypes {
  class Statement {
    void run() {}
  }

  void take(@Owned Statement s) {}

  @Owned Statement open() {
    return new Statement();
  }

  void ownedParameter(@Owned Statement s) {
    take(s);
    // :: error: [use.after.move]
    s.run();
  }

  void ownedResult() {
    Statement s = open();
    take(s);
    // :: error: [use.after.move]
    s.run();
  }

  void ownedElements(List<@Owned Statement> cache, @Owned Statement s) {
    cache.add(s);
    // :: error: [use.after.move]
    s.run();
  }

  void unannotated(Statement s) {
    s.run();
    s.run();
  }
}
