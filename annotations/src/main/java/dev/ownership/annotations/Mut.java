package dev.ownership.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exclusive read/write access for as long as the borrow lives: while it does, nothing else may
 * read or write the borrowed object. On a receiver, the method mutates its object. On a return
 * type, the result is a mutable borrow of the receiver and of every borrowed parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.LOCAL_VARIABLE})
public @interface Mut {}
