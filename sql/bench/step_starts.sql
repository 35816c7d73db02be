-- When each step of the latest import run started (Spring Batch's job repository, H2): the boundaries of the
-- phases that bench prints.
select STEP_NAME, START_TIME
from BATCH_STEP_EXECUTION
where JOB_EXECUTION_ID = (select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION)
