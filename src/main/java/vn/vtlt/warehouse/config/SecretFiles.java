package vn.vtlt.warehouse.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold secrets (the person-ID key, HTTP source tokens) must be readable by their owner only, as
 * {@code chmod 600} leaves them; a file others can read is refused, so that a secret is never quietly exposed.
 */
public final class SecretFiles {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private SecretFiles() {
    }

    public static void requireOwnerOnly(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.retainAll(OTHERS);
            if (!permissions.isEmpty()) {
                throw new UserError("The secret file " + file + " is readable by others (" + permissions
                        + "); make it readable by its owner only: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the operator's own access control applies
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
    }
}
