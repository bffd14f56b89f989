/** Chinese text handling in pure Java: charsets now, normalisation later. */
package org.civcred.text;
