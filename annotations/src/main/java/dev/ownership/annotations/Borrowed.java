package dev.ownership.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shared, read-only access for as long as the borrow lives: nothing may be mutated through the
 * annotated path, and it may not be stored, returned, or moved. On a receiver, the method is a
 * read-only method. On a return type, the result borrows from the receiver and from every
 * borrowed parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.LOCAL_VARIABLE})
public @interface Borrowed {}
