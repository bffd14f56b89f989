/** Chinese text in pure Java: charset detection and the normalisers for names, dates, regions, categories, organisations and identity numbers. */
package org.civcred.text;
