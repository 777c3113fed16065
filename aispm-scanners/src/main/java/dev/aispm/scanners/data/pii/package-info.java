/**
 * Personal data detectors (e-mail, phone, payment card, US SSN, IBAN). Each applies the format's
 * own validity rules (Luhn, SSA area rules, ISO 7064 mod-97) because digit runs are everywhere in
 * training data and only valid numbers are worth a finding.
 */
package dev.aispm.scanners.data.pii;
