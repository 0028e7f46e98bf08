import java.util.*;

// Vector, Stack and Hashtable are java.util implementations of List and Map: their
// iterators and views are fail-fast like any other. Their old Enumerations are not views.
class LegacyJavaUtil {
  void vectorLoop(Vector<String> v) {
    for (String s : v) {
      if (s.isEmpty()) {
        // :: error: [mutation.while.borrowed]
        v.removeElement(s);
      }
    }
  }

  void vectorAddInLoop(Vector<String> v) {
    for (String s : v) {
      // :: error: [mutation.while.borrowed]
      v.add(s);
    }
  }

  void stackLoop(Stack<Integer> stack) {
    for (Integer x : stack) {
      if (x == 0) {
        // :: error: [mutation.while.borrowed]
        stack.push(1);
      }
    }
  }

  void hashtableKeySet(Hashtable<String, Integer> table) {
    for (String k : table.keySet()) {
      // :: error: [mutation.while.borrowed]
      table.remove(k);
    }
  }

  void propertiesEntries(Properties props) {
    for (Map.Entry<Object, Object> e : props.entrySet()) {
      // :: error: [mutation.while.borrowed]
      props.put(e.getKey().toString().trim(), e.getValue());
    }
  }

  // Enumeration (elements(), keys()) is not a live view in the model.
  void vectorEnumeration(Vector<String> v) {
    Enumeration<String> en = v.elements();
    while (en.hasMoreElements()) {
      String s = en.nextElement();
      v.size();
    }
    v.add("end");
  }

  // The safe forms.
  void safeForms(Vector<String> v, Hashtable<String, Integer> table) {
    v.removeIf(String::isEmpty);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, v.get(i).trim());
    }
    table.keySet().removeIf(k -> table.get(k) == 0);
    for (String k : new ArrayList<>(table.keySet())) {
      table.put(k.toUpperCase(), table.remove(k));
    }
  }
}
