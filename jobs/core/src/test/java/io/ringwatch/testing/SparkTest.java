package io.ringwatch.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that uses the shared local Spark session ({@link SharedSpark}): the second tier, run by
 * failsafe after the unit tests (surefire), which must not start Spark.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("spark")
public @interface SparkTest {}
