-- Functions every later file relies on.

-- The comparison key of a coded value (contract section 3): case-, diacritic-, space- and
-- tone-placement-insensitive. 'Đ' has no decomposition, so it is mapped by hand before accents are stripped.
-- 'Văn thư - Lưu trữ', 'văn thư-lưu trữ' and 'VAN THU LUU TRU' all give 'vanthuluutru'; 'hoà' = 'hòa'.
create or replace macro fold_key(x) as
    regexp_replace(lower(strip_accents(replace(replace(x, 'Đ', 'D'), 'đ', 'd'))), '[^a-z0-9]', '', 'g');
