package org.civcred.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, or says "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"civcred " + (v == null ? "development build" : v)};
    }
}
