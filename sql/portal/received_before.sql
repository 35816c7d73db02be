-- The files the import has received from an agency's source with given bytes (contract section 2: the import never
-- receives the same SHA-256 twice from one source), the first first; a workbook of several datasets appears once
-- per dataset sheet (QH-776_2016.xlsx [nhan-su]). ? = agency code, ? = SHA-256.
select
    file_name,
    received_at
from audit_received_file
where source_agency = ?
  and sha256 = ?
order by received_at, file_id
