package io.ringwatch.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Runs failsafe's two tiers in one JVM, the Spark tests ({@link SparkTest}) before the whole-night
 * ones ({@link EndToEnd}): one JVM and one Spark session per module instead of one per tier, and
 * the nights start on a JIT the Spark tests have warmed. Within a tier the order stays failsafe's.
 * Set as junit.jupiter.testclass.order.default in the parent POM.
 */
public final class TierOrder implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: classes of one tier keep the order they came in.
    context.getClassDescriptors().sort(Comparator.comparingInt(TierOrder::tier));
  }

  static int tier(ClassDescriptor c) {
    return c.isAnnotated(EndToEnd.class) ? 1 : 0;
  }
}
