package org.civcred.model;

/** One HTTP header line, kept in wire order (repeated names allowed). */
public record Header(String name, String value) {
}
