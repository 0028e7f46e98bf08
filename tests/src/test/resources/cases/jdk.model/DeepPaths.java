import java.util.*;

// The JDK model keeps paths one level deeper than the other rules: two collections of one
// object are apart, as two collection fields of `this` are.
class DeepPaths {
  static class Doc {
    final List<Object> pages = new ArrayList<>();
    final List<Object> objects = new ArrayList<>();
  }

  private final Doc doc = new Doc();

  // Silent: the loop walks one collection of `doc`, the change is to another.
  void otherCollectionOfTheSameObject() {
    for (Object p : doc.pages) {
      doc.objects.remove(p);
    }
  }

  void otherCollectionThroughAHelper() {
    for (Object p : doc.pages) {
      dropObject(p);
    }
  }

  private void dropObject(Object p) {
    doc.objects.remove(p);
  }

  void otherCollectionOfAParameter(DeepPaths other) {
    for (Object p : other.doc.pages) {
      other.doc.objects.add(p);
    }
  }

  // Reported: the change is to the collection the loop walks.
  void sameCollection() {
    for (Object p : doc.pages) {
      // :: error: [mutation.while.borrowed]
      doc.pages.remove(p);
    }
  }

  void sameCollectionThroughAHelper() {
    for (Object p : doc.pages) {
      // :: error: [mutation.while.borrowed]
      dropPage(p);
    }
  }

  private void dropPage(Object p) {
    doc.pages.remove(p);
  }
}
