/** The bad-input corpus and the check that every item in it is quarantined, nulled or refused with its reason. */
package org.civcred.badinput;
