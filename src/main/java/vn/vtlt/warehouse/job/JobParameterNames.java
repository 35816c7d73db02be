package vn.vtlt.warehouse.job;

import org.springframework.batch.core.scope.context.ChunkContext;

/** The import job's parameters. A run's id is its job instance id, kept across restarts. */
final class JobParameterNames {

    static final String REGISTRY = "registry";
    static final String INBOX = "inbox";
    static final String POLICY = "policy";
    static final String REQUESTED_AT = "requestedAt";

    private JobParameterNames() {
    }

    static long runId(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
    }

    static String parameter(ChunkContext context, String name) {
        return (String) context.getStepContext().getJobParameters().get(name);
    }
}
