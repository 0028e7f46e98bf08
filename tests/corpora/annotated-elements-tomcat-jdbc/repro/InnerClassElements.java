import dev.ownership.annotations.*;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// tomcat-jdbc StatementCache: its cached statements are instances of an inner (non-static) class,
// StatementCache.CachedStatement, and ConcurrentHashMap<CacheKey, @Owned CachedStatement> was
// annotated; the checker reported nothing there. @Owned on the type of an inner class is ignored
// in every position: type argument, parameter, return.
// Reported: only lines 25 and 33 (the static nested class).
// Expected (a false negative, not a false positive): use.after.move at line 24 and
// move.out.of.borrow at lines 28 and 29, exactly as for the static nested class at lines 25 and 33.
class InnerClassElements {
  protected class Inner {
    void close() { }
  }

  static class Nested {
    void close() { }
  }

  void take(@Owned Inner s) { }
  void takeNested(@Owned Nested s) { }

  void param(@Owned Inner a) { take(a); a.close(); }
  void paramNested(@Owned Nested a) { takeNested(a); a.close(); }

  void closeAll(ConcurrentHashMap<String, @Owned Inner> cache) {
    for (Map.Entry<String, @Owned Inner> e : cache.entrySet()) { take(e.getValue()); }
    take(cache.get("k"));
  }

  void closeAllNested(ConcurrentHashMap<String, @Owned Nested> cache) {
    takeNested(cache.get("k"));
  }
}
