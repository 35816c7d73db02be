package vn.vtlt.warehouse.config;

/**
 * A mistake of the person at the keyboard or in the configuration they wrote (a missing file, a bad value, a missing
 * key): the command line shows its message as one line saying what to do, never a stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
