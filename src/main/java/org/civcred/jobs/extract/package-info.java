/** Turning archived pages into documents and list entries with the site profiles, inside Spark. */
package org.civcred.jobs.extract;
