package vn.vtlt.warehouse.problem;

/** A fault that rejects a whole file (contract section 5), with what was found, never a name or an ID. */
public class FileFault extends Exception {

    private final Fault fault;

    public FileFault(Fault fault, String detail) {
        super(detail);
        this.fault = fault;
    }

    public Fault fault() {
        return fault;
    }

    public String detail() {
        return getMessage();
    }
}
