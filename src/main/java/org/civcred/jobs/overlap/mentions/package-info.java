/** cross_mentions: pages of one family that name the other family's programme, from a versioned phrase list. */
package org.civcred.jobs.overlap.mentions;
