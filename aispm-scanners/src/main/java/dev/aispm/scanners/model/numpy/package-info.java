/**
 * NumPy {@code .npy} arrays (and, through the zip unwrapper, {@code .npz}). Plain arrays are
 * inert, but an object array's data is a pickle that {@code np.load(allow_pickle=True)} runs.
 */
package dev.aispm.scanners.model.numpy;
