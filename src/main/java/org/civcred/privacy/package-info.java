/**
 * Personal data in civcred's outputs: a scanner that proves no table holds a whole identity number
 * or mobile number, and the pseudonyms that replace black-listed private persons in published exports.
 * Masking itself happens where page content becomes data ({@link org.civcred.text.IdNumbers#redact}).
 */
package org.civcred.privacy;
