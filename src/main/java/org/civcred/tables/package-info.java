/** Delta tables: schemas from JSON resources, creation with properties and constraints, idempotent writes. */
package org.civcred.tables;
