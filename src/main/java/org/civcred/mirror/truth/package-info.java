/** Assembles the mirror's ground truth from what the generator rendered; internal to the mirror. */
package org.civcred.mirror.truth;
