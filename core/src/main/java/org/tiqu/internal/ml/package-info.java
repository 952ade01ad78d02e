/**
 * A small, fast, generic linear sequence labeler: averaged structured perceptron training, first-order Viterbi
 * (or greedy) decoding, 16-bit quantized weights in a cache-friendly table, and a compact binary model format.
 *
 * <h2>How to use it</h2>
 * <ol>
 *   <li>Pick label names (e.g. {@code B M E S}, or {@code O B-PER I-PER ...}) and feature templates. Each template
 *       gets a fixed id 1..255; build keys with {@link org.tiqu.internal.ml.Features#key} (chars pack exactly,
 *       strings are hashed).</li>
 *   <li>For each sequence fill a {@link org.tiqu.internal.ml.FeatureBuffer}: {@code add(key)} for every feature of
 *       position 0, {@code endPosition()}, then position 1, ...</li>
 *   <li>Training (offline): {@link org.tiqu.internal.ml.PerceptronTrainer#add} every sequence with its gold label
 *       ids, {@code train(epochs, seed, log)}, {@code build(minCount, minWeight)} gives a
 *       {@link org.tiqu.internal.ml.LinearModel}; {@code model.write(new DataOutputStream(new GZIPOutputStream(..)))}.</li>
 *   <li>Run time: {@code LinearModel.read(BytesInput.gunzip(getResourceAsStream(..)))} (a
 *       {@link org.tiqu.internal.ml.BytesInput}: several times faster to load than a {@code DataInputStream} over
 *       a gzip stream, which pays a synchronized call per byte),
 *       optionally {@code withAllowedTransitions((prev, next) -> ...)} for hard label constraints, then
 *       {@code model.viterbi(buffer, labelIds)}. A model is immutable and thread-safe; buffers are per call.</li>
 * </ol>
 * Feature extraction must be identical at training and run time; keep it in one class used by both.
 */
package org.tiqu.internal.ml;
