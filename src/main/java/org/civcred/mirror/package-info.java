/** The offline mirror: a generated, realistic snapshot of the sites, served on loopback. */
package org.civcred.mirror;
