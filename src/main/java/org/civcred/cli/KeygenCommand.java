package org.civcred.cli;

import java.util.concurrent.Callable;
import org.civcred.jobs.extract.IdHashKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Makes the secret key a data directory's identity-number hashes and pseudonyms are computed with,
 * once, on purpose: runs never make one by themselves (see {@link IdHashKey}).
 */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Create the key for hashing identity numbers at <data>/state/id-hash.key (32 random bytes,"
            + " owner-only); refuses to replace an existing one. Keep it with the data and back it up with it.",
            "Example: bin/civcred keygen --data /srv/civcred"})
final class KeygenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        IdHashKey.generate(common.data);
        System.out.println("created " + IdHashKey.standardFile(common.data)
                + " (keep it with the data and out of any repository; every run on this data uses it)");
        return 0;
    }
}
