import java.util.List;

class Override {
  void drain(List<String> names) {
    for (String n : names) {
      if (n.isEmpty()) {
        names.clear();
      }
    }
  }
}
