/** Text generation for the mirror: pools, regions, filler people, story and news writers; internal to the mirror. */
package org.civcred.mirror.content;
