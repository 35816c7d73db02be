-- Freezes an edition's summary figures as review_figures gives them now (parameters: edition, from year, to year).
insert into review_edition_figure (edition, figure, sort, unit, label_vi, label_en, value)
select ?, f.figure, r.sort, f.unit, f.label_vi, f.label_en, coalesce(f.value, 0)
from review_figures(cast(? as integer), cast(? as integer)) as f
join ref_review_figure as r using (figure);
