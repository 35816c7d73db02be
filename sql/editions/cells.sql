-- An edition's breakdown cells, table by table, row by row (parameter: edition).
select table_id, row_no, column_no, kind, number, text_vi, text_en
from review_edition_cell
where edition = ?
order by table_id, row_no, column_no;
