/** The dashboard: a small loopback HTTP server, one page and a JSON API over the gold tables, read without Spark. */
package org.civcred.dashboard;
