-- An edition's summary figures, in the report's order (parameter: edition).
select figure, unit, label_vi, label_en, value
from review_edition_figure
where edition = ?
order by sort;
