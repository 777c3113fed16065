/**
 * Finds credentials and personal data in what models learn from: training sets, evaluation sets
 * and notebooks. Models repeat what they were trained on, so a key in a JSONL file is a key that
 * may come back out of a completion.
 *
 * <p>{@code secrets} and {@code pii} hold the detectors, {@code noise} the decoys they must ignore,
 * {@code inspect} the per-object bookkeeping that turns raw hits into safe findings, and one
 * package per leaf format ({@code text}, {@code csv}, {@code json}, {@code parquet},
 * {@code notebook}) feeds them decoded text. A secret's clear value never leaves the detector
 * call that saw it: findings carry only a SHA-256 fingerprint and a four-character preview.
 */
package dev.aispm.scanners.data;
