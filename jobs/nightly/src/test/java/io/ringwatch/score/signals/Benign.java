package io.ringwatch.score.signals;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test shows these signals (ids) silent on the benign look-alike their catalogue entry names. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Benign {
  String[] value();
}
