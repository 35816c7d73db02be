-- One cell of an edition's breakdown tables (parameters: edition, table, row, column, kind, number, text_vi, text_en).
insert into review_edition_cell (edition, table_id, row_no, column_no, kind, number, text_vi, text_en)
values (?, ?, ?, ?, ?, ?, ?, ?);
