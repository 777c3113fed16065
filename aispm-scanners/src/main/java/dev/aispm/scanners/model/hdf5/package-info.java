/**
 * Legacy Keras HDF5 models ({@code .h5}) and SavedModel {@code keras_metadata.pb}: both embed the
 * Keras model config as JSON, where Lambda layers and module references live.
 */
package dev.aispm.scanners.model.hdf5;
