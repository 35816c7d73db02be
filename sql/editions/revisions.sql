-- Each figure of an edition: published, current, difference, in the report's order (parameter: edition).
select r.figure, f.unit, f.label_vi, f.label_en, r.published_value, r.current_value, r.difference
from v_review_revisions as r
join review_edition_figure as f using (edition, figure)
where r.edition = ?
order by f.sort;
