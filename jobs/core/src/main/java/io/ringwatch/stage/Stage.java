package io.ringwatch.stage;

/**
 * One stage of the nightly flow: constructed with its settings (and the Spark session, reference
 * data or key it needs), it takes a record of typed frames and returns one. A stage reads and
 * writes no file; what it hands on is checked against the producing stage's schemas
 * ({@link io.ringwatch.frames.FrameSchema}), so a stage can be written and tested alone.
 *
 * @param <I> the frames the stage reads
 * @param <O> the frames it produces
 */
@FunctionalInterface
public interface Stage<I, O> {
  O run(I input);
}
