package bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any annotation processor, for configuration E of benchmark.sh: it does nothing.
 *
 * <p>It supports {@code "*"}, as the ownership checker does (the Checker Framework's {@code
 * SourceChecker} claims every annotation type), so javac calls it in every round, on every root
 * element, with the same annotation discovery it does for the checker; and it claims nothing
 * ({@code process} returns false), so no other processor loses its annotations. The script
 * compiles this file itself and finds it through {@code META-INF/services}, as javac finds the
 * checker.
 */
public final class EmptyProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
