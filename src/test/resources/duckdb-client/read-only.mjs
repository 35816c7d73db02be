// Opens a warehouse file read-only with DuckDB's Node client (another DuckDB, another language than the job's),
// prints the version, the staffing view as JSON, and whether a write was refused.
import { DuckDBInstance } from '@duckdb/node-api';

const instance = await DuckDBInstance.create(process.argv[2], { access_mode: 'READ_ONLY' });
const connection = await instance.connect();
const version = (await connection.runAndReadAll('select version() as v')).getRowObjectsJson()[0].v;
const staffing = (await connection.runAndReadAll('select * from v_staffing_summary order by snapshot_year')).getRowObjectsJson();
let write = 'accepted';
try {
  await connection.run('delete from audit_run');
} catch (e) {
  write = 'refused';
}
console.log(JSON.stringify({ version, staffing, write }));
