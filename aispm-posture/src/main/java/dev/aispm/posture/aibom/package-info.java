/** The AI bill of materials: the AI assets of the graph as a CycloneDX document. */
package dev.aispm.posture.aibom;
