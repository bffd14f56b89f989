/** Site profiles and extractors shared by the crawler (links) and the jobs (records). No I/O. */
package org.civcred.site;
