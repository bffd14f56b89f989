/** Raw storage: WARC 1.1 files on any Hadoop file system, their index and crash recovery. */
package org.civcred.storage;
