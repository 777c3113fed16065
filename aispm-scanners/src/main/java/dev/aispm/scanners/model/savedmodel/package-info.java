/**
 * TensorFlow SavedModel graphs ({@code saved_model.pb}). Graph ops run inside TensorFlow, but some
 * read or write arbitrary files or call back into Python, and those run when the model serves.
 */
package dev.aispm.scanners.model.savedmodel;
