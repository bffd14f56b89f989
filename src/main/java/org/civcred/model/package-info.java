/** Value types shared by the crawler, the storage layer and the jobs. */
package org.civcred.model;
