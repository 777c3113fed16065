/**
 * Jupyter notebooks: code, markdown and outputs, reported by cell, because a notebook's outputs
 * keep what a cell printed (often a token) long after the code that printed it was cleaned.
 */
package dev.aispm.scanners.data.notebook;
