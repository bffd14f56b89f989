/** The {@code civcred} command line: one entry point, one class per subcommand. */
package org.civcred.cli;
