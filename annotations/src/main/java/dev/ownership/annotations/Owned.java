package dev.ownership.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated value has exactly one owner. Passing it to an {@code @Owned} parameter, storing it
 * in an {@code @Owned} field or local, or returning it from an {@code @Owned} method moves it: the
 * path it was read from may not be used again until it is assigned a new value. On a receiver
 * ({@code void close(@Owned Conn this)}) the method consumes the object. On a class declaration,
 * every use of the class is owned by default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.LOCAL_VARIABLE})
public @interface Owned {}
