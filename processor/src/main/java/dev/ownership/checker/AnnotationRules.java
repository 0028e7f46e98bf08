package dev.ownership.checker;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * {@code ownership.annotation.invalid} (SPEC §4, Rust's E0106 and syntax errors): an ownership
 * annotation where it means nothing. Reported at the annotation, naming it, where it stands and
 * what to write instead (SPEC §9).
 */
final class AnnotationRules {

  /** An ownership annotation as written, and the type it applies to. */
  private record Written(
      AnnotationTree tree, Mode mode, Tree target, boolean topLevel, int arrayDims) {}

  private final Reporter reporter;
  private final OwnershipAnnotations annotations;

  AnnotationRules(Reporter reporter, OwnershipAnnotations annotations) {
    this.reporter = reporter;
    this.annotations = annotations;
  }

  /** A class may be {@code @Owned}, never {@code @Borrowed} or {@code @Mut}: it cannot be a borrow. */
  void checkClass(ClassTree tree) {
    for (AnnotationTree a : tree.getModifiers().getAnnotations()) {
      Mode m = modeOf(a);
      if (m.isBorrow()) {
        invalid(a, Keys.INVALID_BORROW_CLASS, m.display(), tree.getSimpleName());
      }
    }
  }

  /** Fields, locals and parameters: primitives, duplicates, and borrows stored in fields. */
  void checkVariable(VariableTree tree, boolean field) {
    List<Written> written = written(tree.getModifiers(), tree.getType());
    checkTypes(written);
    if (field) {
      for (Written w : written) {
        if (w.topLevel() && w.mode().isBorrow() && !(w.target() instanceof PrimitiveTypeTree)) {
          invalid(w.tree(), Keys.INVALID_BORROW_FIELD, w.mode().display(), tree.getName());
        }
      }
    }
  }

  /**
   * A method's return type and receiver; a borrowed return needs something to borrow from: the
   * receiver, unless the method is static or consumes it, or a borrowed parameter.
   */
  void checkMethod(MethodTree tree, ExecutableElement method) {
    if (tree.getReturnType() == null) {
      return; // a constructor
    }
    List<Written> written = written(tree.getModifiers(), tree.getReturnType());
    checkTypes(written);
    OwnershipAnnotations.Signature sig = annotations.declared(method);
    boolean receiverLends =
        !method.getModifiers().contains(Modifier.STATIC) && sig.receiver() != Mode.OWNED;
    boolean parameterLends = false;
    for (Mode m : sig.params()) {
      parameterLends |= m.isBorrow();
    }
    if (receiverLends || parameterLends) {
      return;
    }
    for (Written w : written) {
      if (w.topLevel() && w.mode().isBorrow()) {
        invalid(
            w.tree(),
            method.getModifiers().contains(Modifier.STATIC)
                ? Keys.INVALID_BORROW_RETURN_STATIC
                : Keys.INVALID_BORROW_RETURN_CONSUMING,
            w.mode().display(),
            tree.getName());
      }
    }
  }

  /**
   * A type written in an expression: a cast, an {@code instanceof}, an array creation, a method's
   * type arguments. Only primitives and duplicates can be wrong there.
   */
  void checkType(Tree type) {
    if (type != null) {
      checkTypes(written(null, type));
    }
  }

  private void checkTypes(List<Written> written) {
    if (written.isEmpty()) {
      return; // the usual case: nothing to allocate
    }
    Map<Tree, Mode> seen = new IdentityHashMap<>();
    for (Written w : written) {
      if (w.target() instanceof PrimitiveTypeTree) {
        if (w.arrayDims() > 0) {
          invalid(w.tree(), Keys.INVALID_PRIMITIVE_ARRAY, w.mode().display(), w.target(),
              w.target() + " " + w.mode().display() + " []" + "[]".repeat(w.arrayDims() - 1));
        } else {
          invalid(w.tree(), Keys.INVALID_PRIMITIVE, w.mode().display(), w.target());
        }
        continue;
      }
      Mode before = seen.putIfAbsent(w.target(), w.mode());
      if (before != null) {
        invalid(w.tree(), Keys.INVALID_TWO, w.mode().display(), before.display());
      }
    }
  }

  /**
   * The ownership annotations of a declaration, each with the type it applies to. One written
   * among the modifiers applies to the element type of an array ({@code @Owned byte[]} annotates
   * {@code byte}), one written inside the type to the type it precedes.
   */
  private static List<Written> written(ModifiersTree modifiers, Tree type) {
    List<Written> result = new ArrayList<>();
    Tree element = type;
    int dims = 0;
    while (true) {
      if (element instanceof ArrayTypeTree) {
        element = ((ArrayTypeTree) element).getType();
        dims++;
      } else if (element instanceof AnnotatedTypeTree
          && ((AnnotatedTypeTree) element).getUnderlyingType() instanceof ArrayTypeTree) {
        element = ((AnnotatedTypeTree) element).getUnderlyingType();
      } else {
        break;
      }
    }
    Tree elementTarget =
        element instanceof AnnotatedTypeTree
            ? ((AnnotatedTypeTree) element).getUnderlyingType()
            : element;
    for (AnnotationTree a : modifiers == null ? List.<AnnotationTree>of() : modifiers.getAnnotations()) {
      Mode m = modeOf(a);
      if (m != Mode.NONE) {
        result.add(
            new Written(a, m, elementTarget, elementTarget == stripAnnotated(type), dims));
      }
    }
    inside(type, true, 0, result);
    return result;
  }

  /**
   * The annotations written inside a type, also in its type arguments and wildcard bounds
   * ({@code List<@Owned int[]>}), each with the number of array levels above it.
   */
  private static void inside(Tree t, boolean top, int dims, List<Written> result) {
    if (t instanceof AnnotatedTypeTree) {
      AnnotatedTypeTree at = (AnnotatedTypeTree) t;
      Tree under = at.getUnderlyingType();
      for (AnnotationTree a : at.getAnnotations()) {
        Mode m = modeOf(a);
        if (m != Mode.NONE) {
          result.add(new Written(a, m, under, top, under instanceof PrimitiveTypeTree ? dims : 0));
        }
      }
      inside(under, false, dims, result);
    } else if (t instanceof ArrayTypeTree) {
      inside(((ArrayTypeTree) t).getType(), false, dims + 1, result);
    } else if (t instanceof ParameterizedTypeTree) {
      for (Tree arg : ((ParameterizedTypeTree) t).getTypeArguments()) {
        inside(arg, false, 0, result);
      }
    } else if (t instanceof WildcardTree) {
      inside(((WildcardTree) t).getBound(), false, 0, result);
    }
  }

  private static Tree stripAnnotated(Tree type) {
    return type instanceof AnnotatedTypeTree
        ? ((AnnotatedTypeTree) type).getUnderlyingType()
        : type;
  }

  private static Mode modeOf(AnnotationTree a) {
    // Most annotations are not ours: tell by the simple name as written before resolving anything.
    Tree written = a.getAnnotationType();
    Name simple =
        written instanceof MemberSelectTree
            ? ((MemberSelectTree) written).getIdentifier()
            : written instanceof IdentifierTree ? ((IdentifierTree) written).getName() : null;
    if (simple == null
        || !(simple.contentEquals("Owned")
            || simple.contentEquals("Borrowed")
            || simple.contentEquals("Mut"))) {
      return Mode.NONE;
    }
    TypeElement type =
        (TypeElement) TreeUtils.annotationFromAnnotationTree(a).getAnnotationType().asElement();
    return OwnershipAnnotations.modeOfName(type.getQualifiedName());
  }

  private void invalid(AnnotationTree at, String whyKey, Object... args) {
    reporter.error(
        at, Keys.ANNOTATION_INVALID, List.of(), reporter.text(whyKey, args));
  }
}
