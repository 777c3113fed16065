/**
 * Keras model configurations ({@code config.json} in {@code .keras} archives, and the JSON that
 * legacy HDF5 and SavedModel files embed). Lambda layers carry Python bytecode, and any config
 * object can name a module that Keras imports at load time.
 */
package dev.aispm.scanners.model.keras;
