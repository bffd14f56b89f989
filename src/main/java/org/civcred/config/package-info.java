/** Settings: defaults resource, then conf/ file, then -D overrides, validated once. */
package org.civcred.config;
