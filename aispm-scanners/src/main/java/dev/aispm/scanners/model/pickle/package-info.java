/**
 * Static analysis of Python pickle streams (protocols 0 to 5), the format behind PyTorch
 * checkpoints, joblib/scikit-learn models and NumPy object arrays. Loading a pickle runs any
 * callable it names, so the scanner replays the opcodes on a symbolic stack and judges every
 * callable the stream could import or call.
 */
package dev.aispm.scanners.model.pickle;
