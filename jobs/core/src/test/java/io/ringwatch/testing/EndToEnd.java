package io.ringwatch.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs whole nights (a generated company through {@code nightly}, or the published
 * nights of {@link PublishedNights}): the last tier, run by failsafe after the Spark tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
public @interface EndToEnd {}
