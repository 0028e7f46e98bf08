import java.util.*;

// EnumMap and EnumSet iterators are weakly consistent and never throw
// ConcurrentModificationException: they are not modelled, and a path whose static type or
// initializer is one of them is left alone.
class EnumCollections {
  enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

  void enumMapKeySet(EnumMap<Day, Integer> hours) {
    for (Day d : hours.keySet()) {
      if (hours.get(d) == 0) {
        hours.remove(d);
      }
      hours.put(Day.SUN, 0);
    }
    hours.forEach((d, h) -> hours.remove(d));
  }

  void enumMapEntries(EnumMap<Day, String> names) {
    for (Map.Entry<Day, String> e : names.entrySet()) {
      names.put(e.getKey(), e.getValue().toUpperCase());
    }
    for (String v : names.values()) {
      names.clear();
    }
  }

  void mapTypedLocalWithEnumMapInitializer() {
    Map<Day, Integer> m = new EnumMap<>(Day.class);
    m.put(Day.MON, 1);
    for (Day d : m.keySet()) {
      m.remove(d);
    }
  }

  void enumSetLoop(EnumSet<Day> days) {
    for (Day d : days) {
      days.remove(d);
      days.add(Day.MON);
    }
    days.forEach(days::remove);
  }

  void setTypedLocalWithEnumSetInitializer() {
    Set<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
    for (Day d : weekend) {
      weekend.add(Day.FRI);
    }
    Set<Day> none = EnumSet.noneOf(Day.class);
    Iterator<Day> it = none.iterator();
    none.add(Day.MON);
    it.hasNext();
  }

  // A HashMap keyed by an enum is an ordinary fail-fast map.
  void hashMapKeyedByEnum(Map<Day, Integer> hours) {
    for (Day d : hours.keySet()) {
      // :: error: [mutation.while.borrowed]
      hours.remove(d);
    }
  }
}
