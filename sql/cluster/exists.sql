-- Whether this job repository ever served a cluster (a worker or a cluster import created the workers' table).
select to_regclass('vtlt_worker') is not null;
