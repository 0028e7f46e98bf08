import dev.ownership.annotations.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

// The JDK model's mutators (List.add, Map.put, StringBuilder.append, ...) count as @Mut
// methods: calling one through an annotated @Borrowed path is mutation.through.borrow.
class JdkMutators {
  static final class Holder {
    @Owned List<String> sent = new ArrayList<>();
    @Owned StringBuilder text = new StringBuilder();

    void log(@Borrowed Holder this, String m) {
      // :: error: [mutation.through.borrow]
      this.sent.add(m);
    }

    void logImplicitly(@Borrowed Holder this, String m) {
      // :: error: [mutation.through.borrow]
      sent.clear();
    }

    void describe(@Borrowed Holder this, String m) {
      // :: error: [mutation.through.borrow]
      text.append(m);
    }

    int count(@Borrowed Holder this) {
      int n = 0;
      for (String s : sent) {
        n += s.length();
      }
      return n + sent.size() + text.length() + (sent.contains("x") ? 1 : 0);
    }

    void record(@Mut Holder this, String m) {
      this.sent.add(m);
      sent.remove(m);
      text.append(m).append('.');
    }
  }

  // An @Owned class owns its JDK-model fields by default.
  @Owned
  static final class Mailbox {
    List<String> sent = new ArrayList<>();

    void log(@Borrowed Mailbox this, String m) {
      // :: error: [mutation.through.borrow]
      this.sent.add(m);
    }

    void record(@Mut Mailbox this, String m) {
      this.sent.add(m);
    }
  }

  void borrowedCollectionParameter(@Borrowed List<String> names, @Borrowed Map<String, Integer> ages) {
    // :: error: [mutation.through.borrow]
    names.add("x");
    // :: error: [mutation.through.borrow]
    ages.put("x", 1);
    int n = names.size() + ages.getOrDefault("x", 0);
  }

  void mutCollectionParameter(@Mut List<String> names, @Mut Map<String, Integer> ages) {
    names.add("x");
    ages.put("x", 1);
  }

  void borrowedBuilderParameter(@Borrowed StringBuilder sb, @Mut StringBuilder out) {
    // :: error: [mutation.through.borrow]
    sb.append("x");
    out.append(sb.toString());
  }
}
