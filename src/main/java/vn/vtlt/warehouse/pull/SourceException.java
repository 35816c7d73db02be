package vn.vtlt.warehouse.pull;

import vn.vtlt.warehouse.problem.Fault;

/** A source, or one file of it, could not be read; the run records it and goes on with the others. */
public class SourceException extends Exception {

    private final Fault fault;

    public SourceException(Fault fault, String detail) {
        super(detail);
        this.fault = fault;
    }

    public SourceException(Fault fault, String detail, Throwable cause) {
        super(detail, cause);
        this.fault = fault;
    }

    public Fault fault() {
        return fault;
    }
}
